#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain talks
# to a real Secret Service. Everything lives in a temporary HOME and is gone afterwards.
set -eu
tmp=$(mktemp -d)
mkdir -p "$tmp/home" && mkdir -m 700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
unset XDG_DATA_HOME XDG_CONFIG_HOME
rc=0
dbus-run-session -- sh -c '
  printf pw | gnome-keyring-daemon --unlock --components=secrets >"$HOME/keyring.log" 2>&1 ||
    { echo "with-keyring: gnome-keyring-daemon did not start" >&2; cat "$HOME/keyring.log" >&2; exit 1; }
  exec "$@"' sh "$@" || rc=$?
rm -rf "$tmp"
exit $rc
