#!/usr/bin/env bash
# One-year benchmark smoke: every measurement of bench/run.py must run (numbers are not
# judged; CI machines are noisy). --strict fails if a measurement crashed or is missing;
# the jrnl comparison is skipped with a printed reason when jrnl cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ATTUNE_VENV:-.venv}"
PYTHON="$VENV/bin/python"
[ -x "$PYTHON" ] || PYTHON="${PYTHON_FOR_BENCH:-python3}"
QT_QPA_PLATFORM=offscreen timeout 300 "$PYTHON" -m bench.run --years 1 --runs 1 --quick --no-write --strict
