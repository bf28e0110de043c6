#!/usr/bin/env bash
# Set up (first run only) and analyse the bundled sample reports; writes HTML reports to ./reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/newsprism demo "$@"
