# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Debian 12 / Ubuntu 22.04+ with apt. Other systems: see README.md.

# The Debian packages the project needs to build, run and test.
MCSTUDIO_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n xvfb xauth
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev fonts-dejavu-core
  python3 python3-jsonschema poppler-utils qpdf
)

mcstudio_install_missing() {
  local missing=()
  for package in "${MCSTUDIO_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# mcstudio_build BUILD_DIR [extra cmake arguments...]
mcstudio_build() {
  local build_dir="$1"
  shift
  cmake -S "$MCSTUDIO_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}
