# Shared helpers for the benchmarks: a Release build, and a daemon in a throw-away home
# inside a private D-Bus session with gnome-keyring. Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build-bench"

bench_build() {
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
# Private (anonymous) resident memory of a process now, in MB: what it allocated itself.
anon_rss_mb() { awk '/RssAnon/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
