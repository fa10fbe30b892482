#!/usr/bin/env bash
# Packaging checks: wheel into a fresh environment, smoke starts, PyInstaller bundle,
# desktop file and AppStream metainfo validation. Run by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ATTUNE_VENV:-.venv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== wheel =="
"$VENV/bin/python" -m pip wheel -q --no-deps -w "$work/dist" .
wheel="$(ls "$work"/dist/attune_journal-*.whl)"
"$VENV/bin/python" - "$wheel" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
needed = ["attune_journal/resources/feelings.json", "attune_journal/resources/prompts.json",
          "attune_journal/resources/icons/attune-journal.svg", "attune_journal/resources/styles/app.qss",
          "attune_journal/resources/i18n/attune_en.qm", "attune_journal/resources/i18n/attune_de.qm",
          "attune_journal/resources/i18n/attune_en.ts"]
missing = [n for n in needed if n not in names]
sys.exit(f"wheel lacks {missing}" if missing else 0)
PY

echo "== fresh environment from the wheel =="
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel"
(cd "$work" && "$work/venv/bin/attune-journal" --version)
(cd "$work" && QT_QPA_PLATFORM=offscreen "$work/venv/bin/attune-journal" --smoke)
(cd "$work" && "$work/venv/bin/attune-journal" --data-dir "$work/data" note "packaging check" >/dev/null)
(cd "$work" && "$work/venv/bin/attune-journal" --data-dir "$work/data" check >/dev/null)
# The translations come with the wheel: the weekly review in German writes 5,0.
(cd "$work" && "$work/venv/bin/attune-journal" --data-dir "$work/data" note "in German" --activation 5 >/dev/null)
(cd "$work" && LANGUAGE=de "$work/venv/bin/attune-journal" --data-dir "$work/data" week | grep -q "5,0")

echo "== desktop file and metainfo =="
desktop-file-validate packaging/linux/org.attunejournal.AttuneJournal.desktop
appstreamcli validate --no-net packaging/linux/org.attunejournal.AttuneJournal.metainfo.xml

echo "== PyInstaller one-folder bundle =="
bash packaging/build.sh "$VENV/bin/python"
