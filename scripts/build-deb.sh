#!/usr/bin/env bash
# Builds printvault_<version>_amd64.deb: a Release build for /usr, packed by CPack's DEB
# generator (installer/CPackDeb.cmake). Prints the package's path on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${PRINTVAULT_DEB_BUILD_DIR:-build-deb}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRINTVAULT_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/printvault_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/printvault_*_*.deb
