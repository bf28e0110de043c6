#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite: ruff, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
.venv/bin/ruff check newsprism tests benchmarks
.venv/bin/ruff format --check newsprism tests benchmarks
exec .venv/bin/python -m pytest "$@"
