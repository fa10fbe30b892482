#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into packaging/dist/attune-journal and
# smoke-start it offscreen. Usage: packaging/build.sh [PYTHON]  (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
"$PY" -m pip install -q "pyinstaller>=6.5"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/attune-journal.spec
# Desktop integration files travel with the bundle.
cp packaging/linux/org.attunejournal.AttuneJournal.desktop packaging/dist/attune-journal/
cp packaging/linux/org.attunejournal.AttuneJournal.metainfo.xml packaging/dist/attune-journal/
cp -r packaging/linux/icons packaging/dist/attune-journal/
QT_QPA_PLATFORM=offscreen packaging/dist/attune-journal/attune-journal --version
QT_QPA_PLATFORM=offscreen packaging/dist/attune-journal/attune-journal --smoke
# The bundle speaks German from its own translation files (QtCore only, no window), and
# carries Qt's German for the standard buttons.
test -f packaging/dist/attune-journal/_internal/attune_journal/resources/i18n/attune_de.qm
test -f packaging/dist/attune-journal/_internal/PySide6/Qt/translations/qtbase_de.qm
check_dir="$(mktemp -d)"
packaging/dist/attune-journal/attune-journal --data-dir "$check_dir" note "bundle check" --activation 5 >/dev/null
LANGUAGE=de packaging/dist/attune-journal/attune-journal --data-dir "$check_dir" week | grep -q "5,0"
rm -rf "$check_dir"
echo "bundle: packaging/dist/attune-journal ($(du -sh packaging/dist/attune-journal | cut -f1))"
