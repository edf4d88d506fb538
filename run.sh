#!/usr/bin/env bash
# Sets up the virtual environment (if needed) and starts the app on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ] || ! cmp -s requirements.txt .venv/.installed 2>/dev/null; then
  "$PY" -m venv .venv
  .venv/bin/pip install --disable-pip-version-check -q -r requirements.txt
  cp requirements.txt .venv/.installed
fi
exec .venv/bin/python -m streamlit run app.py "$@"
