#!/usr/bin/env bash
# Exports N microcredentials to PDF in one `mcstudio-cli export --all` run, and
# compares it with LibreOffice converting the same N documents (exported by us
# as ODT) in one `soffice --headless --convert-to pdf` run. Whole process
# against whole process, wall-clock time.
#
# Usage: bench/export_vs_libreoffice.sh [--count N] [--no-libreoffice] CLI MAKE_CATALOGUE
# Needs libreoffice-writer-nogui for the comparison (Debian package).
set -euo pipefail
count=100
libreoffice=1
while [[ $# -gt 2 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --no-libreoffice) libreoffice=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
cli="$1"
make_catalogue="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$work}"

"$make_catalogue" "$work/bench.mcdb" "$count"

milliseconds() { echo $(( $(date +%s%N) / 1000000 )); }

start=$(milliseconds)
"$cli" export "$work/bench.mcdb" --all --format pdf --output "$work/pdf" >/dev/null
ours=$(( $(milliseconds) - start ))
made=$(find "$work/pdf" -name '*.pdf' | wc -l)
[[ "$made" -eq "$count" ]] || { echo "expected $count PDFs, got $made" >&2; exit 1; }
echo "mcstudio-cli export --all --format pdf ($count documents): ${ours} ms"

if [[ "$libreoffice" -eq 1 ]]; then
  "$cli" export "$work/bench.mcdb" --all --format odt --output "$work/odt" >/dev/null
  start=$(milliseconds)
  soffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to pdf --outdir "$work/lo" "$work"/odt/*.odt >/dev/null 2>&1
  theirs=$(( $(milliseconds) - start ))
  converted=$(find "$work/lo" -name '*.pdf' | wc -l)
  [[ "$converted" -eq "$count" ]] || { echo "LibreOffice converted $converted of $count" >&2; exit 1; }
  echo "soffice --headless --convert-to pdf ($count ODT documents): ${theirs} ms"
  awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "mcstudio is %.1f times faster\n", a / (b > 0 ? b : 1) }'
fi
