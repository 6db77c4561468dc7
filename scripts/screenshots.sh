#!/usr/bin/env bash
# Renders docs/screenshots/ under a virtual X server: the main window, every
# wizard page, the editor, the checklist review and the print preview, in Dutch
# (docs/screenshots/, for the Dutch guide) and in English (docs/screenshots/en/,
# for the English guide), each with a manifest of what it rendered. Needs a test build (./scripts/test.sh makes
# build-test/) and the xvfb package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MCSTUDIO_TEST_BUILD_DIR:-$ROOT/build-test}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/tests/mcstudio-screenshots" "$ROOT/docs/screenshots" nl
mkdir -p "$ROOT/docs/screenshots/en"
xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/tests/mcstudio-screenshots" "$ROOT/docs/screenshots/en" en
echo "Wrote $(grep -c . "$ROOT/docs/screenshots/manifest.txt") screenshots to docs/screenshots/ and $(grep -c . "$ROOT/docs/screenshots/en/manifest.txt") to docs/screenshots/en/"
