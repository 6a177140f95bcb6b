#!/usr/bin/env bash
# Build the macOS app: dist/Exile Case Tracker.app and dist/ExileCaseTracker-VERSION-macos-ARCH.dmg.
#
# Needs: macOS 12+, Python 3.12+ from python.org or Homebrew (the bundle runs on the architecture
# of that Python: build on Apple silicon for arm64, on Intel for x86_64), and hdiutil (built in).
# From the repository root:
#     python3.12 -m venv .venv && . .venv/bin/activate && pip install . pyinstaller
#     packaging/build_macos.sh
# Signing and notarisation (needed so Gatekeeper opens it without a warning) are optional:
#     CODESIGN_IDENTITY="Developer ID Application: ..." NOTARY_PROFILE=profile-name packaging/build_macos.sh
# where the profile was stored with `xcrun notarytool store-credentials`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

version="$(python -c 'import importlib.metadata as m; print(m.version("casetracker"))')"
arch="$(uname -m)"
app="dist/Exile Case Tracker.app"
dmg="dist/ExileCaseTracker-${version}-macos-${arch}.dmg"

python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/casetracker.spec

QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/casetracker" self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

# The disk image: the app and a link to /Applications to drag it onto.
stage="build/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Exile Case Tracker" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi

echo "Built $app ($(du -sh "$app" | cut -f1)) and $dmg ($(du -sh "$dmg" | cut -f1))"
