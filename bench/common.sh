# Shared helpers for the benchmarks: a Release build, and a daemon in a throw-away home
# inside a private D-Bus session with gnome-keyring. Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build-bench"

# PV_BENCH_NO_BUILD=1: build-bench is already built (under /tmp/pv-build.lock, as
# BUILDING.md asks), so the benchmark does not build while it holds the test lock.
bench_build() {
  [ -n "${PV_BENCH_NO_BUILD:-}" ] && return 0
  bash "$repo/scripts/install-deps.sh" >/dev/null
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRINTVAULT_BUILD_TESTS=ON >/dev/null
  cmake --build "$build" >/dev/null
}

# Re-runs the calling script (once built) inside a private D-Bus session with an unlocked
# gnome-keyring and a throw-away HOME, then exits with its status. In the inner run it returns
# at once, with $PV_BENCH_INNER naming the work folder.
bench_in_keyring_session() { # script
  [ -n "${PV_BENCH_INNER:-}" ] && return 0
  bench_build
  local work
  work=$(mktemp -d /tmp/pv-bench.XXXXXX)
  mkdir -p "$work/home" && mkdir -m 700 "$work/run"
  local rc=0
  HOME="$work/home" XDG_RUNTIME_DIR="$work/run" PV_BENCH_INNER="$work" \
    dbus-run-session -- bash -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec bash "$0"' "$1" || rc=$?
  rm -rf "$work"
  exit $rc
}

# Seconds since the epoch with nanoseconds, for timing one command.
now() { date +%s.%N; }

# Peak resident set size (VmHWM) of a process, in MB: shared library pages included.
peak_rss_mb() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# Resets a process's peak RSS to its RSS now (Linux clear_refs 5), so a later peak_rss_mb is
# that of what came after, not of its start or of earlier work.
clear_peak_rss() { echo 5 >"/proc/$1/clear_refs"; }

# Polls the printvault-worker processes below $1 every 20 ms until sent SIGTERM, then writes
# to $2 the sum over them of each one's last-seen peak RSS (VmHWM) in MB, and how many there
# were. Workers live a second or so, so this is a lower bound by at most 20 ms of growth each.
#   worker_rss_poll PID FILE & poller=$!; ...; kill $poller; wait $poller; read -r mb n <FILE
worker_rss_poll() { # parent-pid out-file
  local parent=$1 out=$2 p v
  declare -A hwm=()
  trap 'local sum=0; for p in "${!hwm[@]}"; do sum=$((sum + hwm[$p])); done
        printf "%.1f %d\n" "$(echo "$sum / 1024" | bc -l)" "${#hwm[@]}" >"$out"; exit 0' TERM
  while :; do
    for p in $(pgrep -P "$parent" -x printvault-work 2>/dev/null); do
      v=$(awk '/VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null) || true
      [ -n "$v" ] && hwm[$p]=$v
    done
    sleep 0.02
  done
}

# Private (anonymous) resident memory of a process now, in MB: what it allocated itself.
anon_rss_mb() { awk '/RssAnon/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# The daemon's folders and policy inside the work folder. The policy turns the virtual printer
# and the MFP API off; a script appends what it needs (INI text, sections allowed).
bench_daemon_env() { # [extra policy text]
  export XDG_DATA_HOME="$PV_BENCH_INNER/data" XDG_CONFIG_HOME="$PV_BENCH_INNER/config"
  export PRINTVAULT_POLICY="$PV_BENCH_INNER/policy.ini"
  local mfp='[mfp]\nport=0\n'
  case "${1:-}" in *'[mfp]'*) mfp= ;; esac # a section once: the script's own
  printf "[vault]\nmin_free_mb=0\n[capture]\nmax_job_mb=1024\nipp_port=0\n$mfp%b" "${1:-}" >"$PRINTVAULT_POLICY"
}

# ippeveprinter wants a D-Bus system bus, even with no DNS-SD: a private one, stopped on exit.
bench_system_bus() {
  cat >"$PV_BENCH_INNER/system-bus.conf" <<CONF
<busconfig><type>system</type><listen>unix:path=$PV_BENCH_INNER/system_bus_socket</listen><auth>EXTERNAL</auth>
<policy context="default"><allow user="*"/><allow own="*"/><allow send_destination="*"/><allow receive_sender="*"/></policy></busconfig>
CONF
  bench_bus_pid=$(dbus-daemon --config-file="$PV_BENCH_INNER/system-bus.conf" --fork --print-pid)
  export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$PV_BENCH_INNER/system_bus_socket"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# `printvault-cli submit` of a file; prints the new job's ID.
# Tried again for up to 10 s: a daemon that has just started answers status before the
# keychain has unlocked its vault.
bench_submit() { # file
  local id
  for _ in $(seq 100); do
    id=$("$build/spooler/printvault-cli" --json submit "$1" 2>/dev/null |
      python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' 2>/dev/null) || true
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
  return 1
}
