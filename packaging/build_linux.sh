#!/usr/bin/env bash
# Build the Linux bundle: dist/casetracker/ (one folder) and dist/ExileCaseTracker-VERSION-linux-ARCH.tar.gz,
# which holds the folder, a .desktop file, the icon and an install script for the user's menu.
# Optional: APPIMAGE=1 also makes an AppImage when appimagetool is on the PATH.
#
# Run it from any folder, in a virtual environment where the project and PyInstaller are installed:
#     pip install . pyinstaller && packaging/build_linux.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

version="$(python -c 'import importlib.metadata as m; print(m.version("casetracker"))')"
arch="$(uname -m)"
name="ExileCaseTracker-${version}-linux-${arch}"

python -m PyInstaller --noconfirm --clean --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
    --distpath dist --workpath build/pyinstaller packaging/casetracker.spec

# The tarball: ExileCaseTracker-VERSION/ with the bundle in app/, the icon, the .desktop file.
stage="build/stage/${name}"
rm -rf build/stage
mkdir -p "$stage"
cp -a dist/casetracker "$stage/app"
cp resources/icons/casetracker.png "$stage/casetracker.png"
cp packaging/linux/casetracker.desktop "$stage/casetracker.desktop"
cp packaging/linux/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh"
tar -C build/stage -czf "dist/${name}.tar.gz" "$name"

if [ "${APPIMAGE:-0}" = "1" ]; then
    if ! command -v appimagetool >/dev/null; then
        echo "APPIMAGE=1 but appimagetool is not on the PATH; skipping the AppImage." >&2
    else
        appdir="build/stage/ExileCaseTracker.AppDir"
        rm -rf "$appdir"
        mkdir -p "$appdir/usr"
        cp -a dist/casetracker "$appdir/usr/bin"
        cp resources/icons/casetracker.png "$appdir/casetracker.png"
        sed 's|^Exec=.*|Exec=casetracker %F|' packaging/linux/casetracker.desktop > "$appdir/casetracker.desktop"
        printf '#!/bin/sh\nhere="$(dirname "$(readlink -f "$0")")"\nexec "$here/usr/bin/casetracker" "$@"\n' \
            > "$appdir/AppRun"
        chmod +x "$appdir/AppRun"
        ARCH="$arch" appimagetool "$appdir" "dist/${name}.AppImage"
    fi
fi

echo "Built dist/casetracker/ ($(du -sh dist/casetracker | cut -f1)) and dist/${name}.tar.gz ($(du -sh "dist/${name}.tar.gz" | cut -f1))"
