#!/usr/bin/env bash
# Builds the Debian package from a build folder (default build-test/), installs
# it, starts both programs from the installed paths, checks the desktop
# integration files, and removes the package again.
set -euo pipefail
MCSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$MCSTUDIO_ROOT/scripts/common.sh"
mcstudio_install_missing dpkg-dev
BUILD_DIR="$(cd "${1:-$MCSTUDIO_ROOT/build-test}" && pwd)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

rm -f "$BUILD_DIR"/mcstudio_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD_DIR"/mcstudio_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q mcstudio >/dev/null' EXIT

QT_QPA_PLATFORM=offscreen /usr/bin/mcstudio --version
/usr/bin/mcstudio-cli --version
for file in /usr/share/applications/nl.mcstudio.MicrocredentialStudio.desktop \
            /usr/share/metainfo/nl.mcstudio.MicrocredentialStudio.metainfo.xml \
            /usr/share/mime/packages/nl.mcstudio.MicrocredentialStudio.xml \
            /usr/share/icons/hicolor/scalable/apps/nl.mcstudio.MicrocredentialStudio.svg \
            /usr/share/icons/hicolor/256x256/apps/nl.mcstudio.MicrocredentialStudio.png \
            /usr/share/doc/mcstudio/DejaVu-LICENSE.txt \
            /usr/share/doc/mcstudio/mcstudio-guide-nl.pdf \
            /usr/share/doc/mcstudio/mcstudio-guide-en.pdf; do
  [ -f "$file" ] || { echo "missing after install: $file" >&2; exit 1; }
done
# The installed command line works on a real catalogue.
work="$(mktemp -d)"
/usr/bin/mcstudio-cli init "$work/c.mcdb" --example >/dev/null
/usr/bin/mcstudio-cli export "$work/c.mcdb" --all --format pdf --output "$work/pdf" >/dev/null
# The installed program carries its document font: the PDF embeds it.
if command -v pdffonts >/dev/null; then
  pdffonts "$work"/pdf/*.pdf | grep -q "DejaVuSans .*yes" || { echo "the installed program's PDF has no embedded font" >&2; exit 1; }
fi
rm -rf "$work"
echo "package: installs, starts and works"
