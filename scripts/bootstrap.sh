#!/usr/bin/env bash
# A working PrintVault on this machine: installs the dependencies, builds the Debian package and
# installs it with apt (sudo where needed), which adds the "PrintVault" printer, enables the
# daemon's systemd user units for every user and starts the tray at login. Then it starts them
# in this session, where there is one.
#   --local: build and install into ~/.local (or $PREFIX) without root, as before the package.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --local ]; then
  exec bash scripts/bootstrap-local.sh
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

bash scripts/install-deps.sh
deb=$(bash scripts/build-deb.sh | tail -n 1)
echo "Built $deb"
# apt-get wants a path with a slash for a local file.
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$deb"

# A cupsd that was not running when the package was installed: start it, then add the queue.
if ! LC_ALL=C lpstat -h /run/cups/cups.sock -r 2>/dev/null | grep -q 'scheduler is running'; then
  echo "cupsd is not running: start it (sudo systemctl start cups), then run: sudo dpkg-reconfigure printvault" >&2
fi
lpstat -h /run/cups/cups.sock -v 2>/dev/null | grep printvault:/ || true

# This session: its user manager loads the new units now rather than at the next login.
if [ "$(id -u)" -ne 0 ] && [ -n "${XDG_RUNTIME_DIR:-}" ] && systemctl --user show-environment >/dev/null 2>&1; then
  systemctl --user daemon-reload
  systemctl --user start printvaultd.socket printvaultd.service
  printvault-cli status || true
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && ! pgrep -u "$(id -u)" -x printvault >/dev/null; then
    nohup printvault --minimized >/dev/null 2>&1 &
    echo "Started the PrintVault tray app."
  fi
else
  echo "Installed. Each user gets the daemon, the tray and the printer at their next login."
fi
