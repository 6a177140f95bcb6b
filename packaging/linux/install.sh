#!/bin/sh
# Put Exile Case Tracker in this user's application menu (no root needed). Run it from the
# unpacked folder; move the folder first if it should live elsewhere, as the menu entry points here.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$HOME/.local/bin"
cp "$here/casetracker.png" "$data/icons/hicolor/256x256/apps/casetracker.png"
sed "s|^Exec=.*|Exec=\"$here/app/casetracker\"|" "$here/casetracker.desktop" > "$data/applications/casetracker.desktop"
ln -sf "$here/app/casetracker" "$HOME/.local/bin/casetracker"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Exile Case Tracker is in your application menu; 'casetracker' runs it from a terminal."
