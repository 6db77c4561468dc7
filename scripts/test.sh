#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test, and
# fuzzes the importers for a bounded time (scripts/fuzz.sh).
set -euo pipefail
MCSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$MCSTUDIO_ROOT/scripts/common.sh"

# PostgreSQL: the store, CLI and workflow tests also run against a real server.
mcstudio_install_missing postgresql
BUILD_DIR="${MCSTUDIO_TEST_BUILD_DIR:-$MCSTUDIO_ROOT/build-test}"
mcstudio_build "$BUILD_DIR" -DMCSTUDIO_WERROR=ON -DMCSTUDIO_BUILD_TESTS=ON -DMCSTUDIO_BUILD_BENCH=ON
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
export QT_QPA_PLATFORM=offscreen
(cd "$BUILD_DIR" && "$MCSTUDIO_ROOT/scripts/with-postgres.sh" ctest --output-on-failure --timeout 300) \
  | tee "$BUILD_DIR/ctest.log"
tests=$(sed -n 's/.*tests passed, 0 tests failed out of \([0-9]*\).*/\1/p' "$BUILD_DIR/ctest.log")
# The Debian package: built, installed, started from the installed paths, removed.
"$MCSTUDIO_ROOT/scripts/package.sh" "$BUILD_DIR"
# The importers under libFuzzer with AddressSanitizer and UBSan, for a bounded time.
"$MCSTUDIO_ROOT/scripts/fuzz.sh" | tee "$BUILD_DIR/fuzz.log"
fuzzed=$(grep -c ': no crash, leak or sanitizer report$' "$BUILD_DIR/fuzz.log")
echo "tests: $((tests + fuzzed + 1)) passed, 0 failed"
