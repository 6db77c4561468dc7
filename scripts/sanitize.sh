#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (g++)
# and runs the whole test suite on it. Leak reports are off: Qt's font and
# plugin caches live until exit and would drown real findings (the fuzz
# targets do check for leaks in our importers).
set -euo pipefail
MCSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$MCSTUDIO_ROOT/scripts/common.sh"
mcstudio_install_missing postgresql
BUILD_DIR="$MCSTUDIO_ROOT/build-asan"
cmake -S "$MCSTUDIO_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMCSTUDIO_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD_DIR"
"$MCSTUDIO_ROOT/scripts/with-postgres.sh" ctest --output-on-failure --timeout 600 -E "bench_"
