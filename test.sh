#!/usr/bin/env bash
# Sets up the virtual environment (if needed) and runs the whole test suite.
# Browser tests run when Debian's chromium is at /usr/bin/chromium (REQUIRE_BROWSER=1 makes
# its absence a failure instead of a skip). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ] || ! cmp -s requirements-dev.txt .venv/.installed-dev 2>/dev/null \
   || ! cmp -s requirements.txt .venv/.installed 2>/dev/null; then
  "$PY" -m venv .venv
  .venv/bin/pip install --disable-pip-version-check -q -r requirements-dev.txt
  cp requirements-dev.txt .venv/.installed-dev
  cp requirements.txt .venv/.installed
fi
exec .venv/bin/python -m pytest "$@"
