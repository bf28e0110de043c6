#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite: ruff, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
.venv/bin/ruff check newsprism tests benchmarks
.venv/bin/ruff format --check newsprism tests benchmarks
# The whole suite runs on up to four worker processes (NEWSPRISM_TEST_WORKERS overrides; 1 = one
# process); "worksteal" keeps each file's tests together until a worker runs out of work. Arguments
# (one file, -k …) run in one process, as pytest alone would.
if [ $# -eq 0 ]; then
  cores=$(nproc 2>/dev/null || echo 1)
  workers=${NEWSPRISM_TEST_WORKERS:-$((cores < 4 ? cores : 4))}
  if [ "$workers" -gt 1 ]; then
    exec .venv/bin/python -m pytest -n "$workers" --dist worksteal
  fi
fi
exec .venv/bin/python -m pytest "$@"
