#!/usr/bin/env bash
# Builds the importers with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer
# (clang from Debian) and fuzzes them for a bounded time, starting from the
# project's own example files. Any crash, leak or sanitizer report fails.
# MCSTUDIO_FUZZ_SECONDS sets the time per target (default 20).
set -euo pipefail
MCSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$MCSTUDIO_ROOT/scripts/common.sh"

mcstudio_install_missing clang libclang-rt-14-dev
BUILD_DIR="$MCSTUDIO_ROOT/build-fuzz"
CC=clang CXX=clang++ cmake -S "$MCSTUDIO_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMCSTUDIO_FUZZ=ON -DMCSTUDIO_BUILD_TESTS=OFF -DMCSTUDIO_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"

corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cp "$MCSTUDIO_ROOT"/resources/examples/*.mcdesign "$MCSTUDIO_ROOT"/tests/fixtures/*.mcdesign \
   "$MCSTUDIO_ROOT"/tests/fixtures/interchange/*.json "$MCSTUDIO_ROOT"/tests/fixtures/edc/*.json* \
   "$MCSTUDIO_ROOT"/tests/fixtures/educredentials/*.json "$corpus/"
printf 'nl;en;domein;bloom\nDe deelnemer meet de druk;The participant measures;vaardigheden;toepassen\n' > "$corpus/outcomes.csv"
# Document blocks for fuzz_document: a kind byte, then text; blocks separated by 0x1F.
printf '\000Titel \303\251\342\202\254\037\001Kop\037\006Nr|Tekst\n1|Een rij\n2|Nog een\037\005Veld\nTweede veld\037\010Rol|Naam\nExamencommissie|' > "$corpus/blocks.txt"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$BUILD_DIR/findings"
for target in fuzz_mcdesign fuzz_interchange fuzz_csv fuzz_import fuzz_document; do
  work="$(mktemp -d)"
  cp "$corpus"/* "$work/"
  log="$BUILD_DIR/$target.log"
  if ! "$BUILD_DIR/tests/fuzz/$target" -max_total_time="${MCSTUDIO_FUZZ_SECONDS:-20}" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/findings/$target-" "$work" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "$target: a finding; the input is in $BUILD_DIR/findings/" >&2
    exit 1
  fi
  grep -E "^(Done|stat::number_of_executed_units)" "$log" || true
  rm -rf "$work"
  echo "$target: no crash, leak or sanitizer report"
done
