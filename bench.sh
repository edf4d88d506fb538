#!/usr/bin/env bash
# Sets up the virtual environment (if needed) and runs the benchmark; arguments go to it
# (e.g. --quick, --only sessions). First paint needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ] || ! cmp -s requirements-dev.txt .venv/.installed-dev 2>/dev/null; then
  "${PYTHON:-python3}" -m venv .venv
  .venv/bin/pip install --disable-pip-version-check -q -r requirements-dev.txt
  cp requirements-dev.txt .venv/.installed-dev
  cp requirements.txt .venv/.installed
fi
exec .venv/bin/python -m bench "$@"
