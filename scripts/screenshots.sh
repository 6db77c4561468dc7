#!/usr/bin/env bash
# Renders the screenshots in docs/screenshots/ under a virtual X server.
# Needs a build in build/ (./scripts/run.sh makes one) and the xvfb package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$ROOT/docs/screenshots"

catalogue="$WORK/catalogue.mcdb"
"$ROOT/build/app/mcstudio-cli" init "$catalogue" --example >/dev/null
"$ROOT/build/app/mcstudio-cli" import "$catalogue" "$ROOT/tests/fixtures/full.mcdesign" >/dev/null
for lang in nl en; do
  xvfb-run -a -s "-screen 0 1280x720x24" \
    "$ROOT/build/app/mcstudio" --lang "$lang" --screenshot "$ROOT/docs/screenshots/main-window-$lang.png" "$catalogue"
done
echo "Wrote docs/screenshots/main-window-{nl,en}.png"
