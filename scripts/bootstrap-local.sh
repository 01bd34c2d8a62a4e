#!/usr/bin/env bash
# bootstrap.sh --local: installs the dependencies, builds PrintVault (Release), installs it under
# ~/.local (no root, no package) and starts
# printvaultd in this session if it is not already running, then the tray app on a desktop.
# The CUPS queue then needs: sudo printvault-cli install-printer
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRINTVAULT_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX="${PREFIX:-$HOME/.local}" >/dev/null
cmake --build build -j "$(nproc)"
cmake --install build >/dev/null
bindir="${PREFIX:-$HOME/.local}/bin"
echo "Installed printvaultd, printvault-cli and printvault in $bindir"

if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  echo "XDG_RUNTIME_DIR is not set (no login session), so printvaultd was not started." >&2
  echo "Log in to a desktop session, or export XDG_RUNTIME_DIR to a private 0700 folder, then run: $bindir/printvaultd" >&2
  exit 1
fi
logdir="${XDG_STATE_HOME:-$HOME/.local/state}/printvault"
mkdir -p "$logdir" && chmod 700 "$logdir"
if "$bindir/printvault-cli" status >/dev/null 2>&1; then
  echo "printvaultd is already running:"
else
  nohup "$bindir/printvaultd" >>"$logdir/printvaultd.log" 2>&1 &
  for _ in $(seq 100); do
    "$bindir/printvault-cli" status >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "Started printvaultd (log: $logdir/printvaultd.log):"
fi
"$bindir/printvault-cli" status

# The tray app, where there is a desktop to show it on (it finds the running daemon).
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  if pgrep -u "$(id -u)" -x printvault >/dev/null; then
    echo "The PrintVault tray app is already running."
  else
    nohup "$bindir/printvault" --minimized >>"$logdir/printvault.log" 2>&1 &
    echo "Started the PrintVault tray app (log: $logdir/printvault.log)."
  fi
else
  echo "No desktop session here: start the tray app with $bindir/printvault from one."
fi
