#!/usr/bin/env bash
# Make a virtual environment, install the project with its test extras, run lint, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ATTUNE_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"
"$VENV/bin/ruff" check attune_journal tests bench
"$VENV/bin/ruff" format --check attune_journal tests bench
"$VENV/bin/mypy"
# The JUnit report feeds the one-line summary .ci/run prints at the very end.
mkdir -p .ci/out
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -p no:cacheprovider --junitxml=.ci/out/junit.xml
