# Shared helpers for the benchmarks: a Release build, and a daemon in a throw-away home
# inside a private D-Bus session with gnome-keyring. Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build-bench"

bench_build() {
  bash "$repo/scripts/install-deps.sh" >/dev/null
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRINTVAULT_BUILD_TESTS=ON >/dev/null
  cmake --build "$build" >/dev/null
}

# Seconds since the epoch with nanoseconds, for timing one command.
now() { date +%s.%N; }

# Peak resident set size (VmHWM) of a process, in MB: shared library pages included.
peak_rss_mb() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# Private (anonymous) resident memory of a process now, in MB: what it allocated itself.
anon_rss_mb() { awk '/RssAnon/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
