#!/usr/bin/env bash
# Make a virtual environment, install the project with its test extras, run lint, types,
# import contracts, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ATTUNE_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"
"$VENV/bin/ruff" check attune_journal tests bench
"$VENV/bin/ruff" format --check attune_journal tests bench
"$VENV/bin/mypy"
# The layers and the absence of import circles, as declared in pyproject.toml.
"$VENV/bin/lint-imports"
# pytest's own closing line ("N passed ...") is the last thing this prints; it exits
# non-zero when a test fails or when no test was collected.
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest
