#!/usr/bin/env bash
# Installs every Debian package PrintVault needs to build, run, test and benchmark.
# Safe to run twice: apt-get skips what is already there.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format git
  # libraries
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qtkeychain-qt6-dev
  libpoppler-qt6-dev libpoppler-private-dev libssl-dev libcups2-dev ghostscript libhttp-parser-dev libqpdf-dev
  # the converter worker's system-call filter
  libseccomp-dev
  # the tray app: Qt Widgets, Qt Quick and its controls, dialogs and test module, translations, Xvfb
  qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-window
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qttest xvfb
  # runtime peers used by the tests: a real secret service in a private D-Bus session
  dbus dbus-bin gnome-keyring libsecret-tools
  # a real CUPS and IPP tools: cupsd and lp for end-to-end tests, ipptool and ippeveprinter
  cups cups-client cups-ipp-utils
  # DNS-SD: avahi-daemon (the tests run a private one, mDNS on loopback) and .local names;
  # iproute2 sets the loopback's MULTICAST flag for it
  avahi-daemon libnss-mdns iproute2
  # the .deb: CPack's dpkg-shlibdeps, lintian, and for tst_package systemd's socket activation
  # tool (systemd-socket-activate) and unit checker (systemd-analyze)
  dpkg-dev file lintian systemd
  # test and benchmark helpers
  poppler-utils qpdf fonts-dejavu-core time procps openssl util-linux bc curl
  # a Japanese font, so the window's ja screenshots show glyphs, not boxes
  fonts-ipafont-gothic
  # the MFP API: its fuzz target (clang with libFuzzer), schema checks, load and the nginx peer
  clang libclang-rt-14-dev python3-jsonschema python3-yaml wrk nginx-light
  # the TLS scanner tst_testssl runs against the MFP API
  testssl.sh
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# The real OpenID provider of tst_signin: oidc-provider, pinned by tests/oidc/package-lock.json
# (Node 20 is on the machines; the test runs the same `npm ci` if this step was skipped).
oidc_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/oidc"
if [ ! -f "$oidc_dir/node_modules/oidc-provider/package.json" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm ci in tests/oidc"
    (cd "$oidc_dir" && npm ci --no-audit --no-fund --silent)
  else
    echo "install-deps: npm is missing; tst_signin needs Node 20 and npm" >&2
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
