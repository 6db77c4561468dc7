#!/usr/bin/env bash
# Renders docs/screenshots/ under a virtual X server: the main window, every
# wizard page, the editor, the checklist review and the print preview, in Dutch,
# plus the main window in English. Needs a test build (./scripts/test.sh makes
# build-test/) and the xvfb package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MCSTUDIO_TEST_BUILD_DIR:-$ROOT/build-test}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/tests/mcstudio-screenshots" "$ROOT/docs/screenshots" nl
xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/tests/mcstudio-screenshots" "$WORK/en" en
cp "$WORK/en/main-window.png" "$ROOT/docs/screenshots/main-window-en.png"
echo "Wrote $(ls "$ROOT/docs/screenshots" | wc -l) screenshots to docs/screenshots/"
