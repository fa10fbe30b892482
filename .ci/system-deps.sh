#!/usr/bin/env bash
# Install the Debian 12 packages Qt needs headless, only those that are missing.
set -euo pipefail
packages=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  desktop-file-utils appstream
  # The sync test runs two Syncthing instances on loopback (tests/unit/test_syncthing.py).
  syncthing
  # The screen-reader test reads the running app over a private session bus and the real
  # AT-SPI bus, with the system Python's pyatspi (tests/gui/test_accessible_atspi.py).
  dbus at-spi2-core python3-pyatspi
  # The reminder while the app is closed is tested against a private bus of its own
  # (tests/unit/test_reminder_service_dbus.py): the dbus-daemon program itself.
  dbus-daemon
)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# python3 may come from elsewhere (pyenv); only ask apt for it when no python3 exists.
if command -v python3 >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null; then
  filtered=()
  for pkg in "${missing[@]}"; do
    case "$pkg" in python3|python3-venv|python3-pip) ;; *) filtered+=("$pkg") ;; esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "all present"
fi
