#!/usr/bin/env bash
# Installs what is missing, builds, and starts Microcredential Studio on its own
# catalogue (created with one complete example on first start).
# Extra arguments go to the program, e.g. ./scripts/run.sh --lang nl
set -euo pipefail
MCSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$MCSTUDIO_ROOT/scripts/common.sh"

mcstudio_install_missing
mcstudio_build "$MCSTUDIO_ROOT/build" -DMCSTUDIO_BUILD_TESTS=OFF -DMCSTUDIO_BUILD_BENCH=OFF
exec "$MCSTUDIO_ROOT/build/app/mcstudio" "$@"
