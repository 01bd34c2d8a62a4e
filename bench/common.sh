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

# Polls printvaultd ($1) and the printvault-worker processes below it, with their children (the
# Ghostscripts a render worker starts), every 20 ms until sent SIGTERM, then writes to $2, in
# MB: the sum over them of each one's last-seen peak RSS (VmHWM), how many there were, and the
# peak of all of them together, sampled at once: the daemon's RSS plus each other process's RSS
# without its pages of files the daemon or a process counted before it in the sample maps too
# (Qt Core, OpenSSL, libc, libgs...: the same page-cache pages, already counted). The first
# figure counts those shared libraries once per process; the last counts each file once, with
# the pages of it resident in the first process that maps it (a page only a later one touched
# is left out: a lower bound by at most that). Workers live a second or so, so these are lower
# bounds by at most 20 ms of growth each.
#   worker_rss_poll PID FILE & poller=$!; ...; kill $poller; wait $poller; read -r mb n all <FILE
worker_rss_poll() { # parent-pid out-file
  local parent=$1 out=$2 p v now_kb together=0 shared seen workers
  declare -A hwm=()
  shared=$(mktemp)
  seen=$(mktemp)
  awk '$6 ~ /^\// { print $6 }' "/proc/$parent/maps" | sort -u >"$shared"
  trap 'local sum=0; for p in "${!hwm[@]}"; do sum=$((sum + hwm[$p])); done; rm -f "$shared" "$seen"
        printf "%.1f %d %.1f\n" "$(echo "$sum / 1024" | bc -l)" "${#hwm[@]}" "$(echo "$together / 1024" | bc -l)" >"$out"; exit 0' TERM
  while :; do
    now_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$parent/status" 2>/dev/null) || now_kb=0
    cp "$shared" "$seen"
    workers=$(pgrep -P "$parent" -x printvault-work 2>/dev/null) || true
    # The workers, and their Ghostscripts (release/raster_renderer).
    for p in $workers $(for w in $workers; do pgrep -P "$w"; done 2>/dev/null); do
      v=$(awk '/VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null) || true
      [ -n "$v" ] || continue
      hwm[$p]=$v
      # Its RSS, mapping by mapping, leaving out the files the daemon or a process counted
      # before it in this sample maps as well (two Ghostscripts share libgs's pages).
      v=$(awk 'NR == FNR { shared[$0] = 1; next }
               /^[0-9a-f]+-[0-9a-f]+ / { file = $6 }
               /^Rss:/ && !(file in shared) { kb += $2 }
               END { print kb + 0 }' "$seen" "/proc/$p/smaps" 2>/dev/null) || v=0
      awk '$6 ~ /^\// { print $6 }' "/proc/$p/maps" >>"$seen" 2>/dev/null || true
      now_kb=$((now_kb + v))
    done
    [ "$now_kb" -gt "$together" ] && together=$now_kb
    sleep 0.02
  done
}

# cups-files.conf for a private cupsd whose every folder is under DIR; extra lines appended.
bench_cups_files_conf() { # dir [extra line...]
  local dir=$1
  shift
  {
    printf '%s\n' "ServerRoot $dir" "RequestRoot $dir/spool" "ServerBin /usr/lib/cups" \
      "DataDir /usr/share/cups" "StateDir $dir/state" "CacheDir $dir/cache" \
      "ErrorLog $dir/log/error_log" "AccessLog $dir/log/access_log" "PageLog $dir/log/page_log" \
      "SystemGroup root" "User lp" "Group lp" "$@"
  } >"$dir/cups-files.conf"
}

# A private cupsd in $PV_BENCH_INNER/cups, as tests/integration/PrivateCupsd does it; sets
# $cupsd (its PID) and CUPS_SERVER. Needs root (it runs filters as "lp").
bench_cupsd() {
  local cups="$PV_BENCH_INNER/cups" port
  mkdir -p "$cups"/{spool,log,state,cache}
  chmod 755 "$PV_BENCH_INNER" "$cups"
  port=$(free_port)
  cat >"$cups/cupsd.conf" <<CONF
Listen 127.0.0.1:$port
Listen $cups/cups.sock
LogLevel warn
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
  bench_cups_files_conf "$cups"
  cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" &
  cupsd=$!
  export CUPS_SERVER="$cups/cups.sock"
  for _ in $(seq 200); do [ -S "$CUPS_SERVER" ] && break; sleep 0.05; done
}

# An IPP Everywhere queue of the private cupsd for an IPP printer.
# Tried for up to 10 s while the printer starts; each lpadmin asks the printer for its
# attributes, so a printer CUPS cannot make a queue for is not tried a hundred times.
bench_cups_queue() { # name uri
  local until=$((SECONDS + 10))
  while [ $SECONDS -lt $until ]; do
    lpadmin -p "$1" -E -v "$2" -m everywhere 2>/dev/null && return 0
    sleep 0.1 # the printer is still starting
  done
  return 1
}

# lp to a queue, then waits until CUPS lists the job as completed (not merely "no longer
# pending": a failed lpstat would end that wait early), noting the memory of cupsd and all it
# started (unless cups_sample_rss=0: a timed run without the extra ps in its loop). Sets $cups_s
# (seconds), $peak (KB) and $cups_job; fails when lp took no job or CUPS ended it otherwise
# than completed.
cups_print() { # queue file [lp options...]
  local queue=$1 file=$2 t0 t1 job kb pending
  shift 2
  t0=$(now)
  job=$(lp -d "$queue" "$@" "$file" | sed -n 's/.*request id is \([^ ]*\).*/\1/p')
  peak=0
  [ -n "$job" ] || return 1
  for _ in $(seq 6000); do
    lpstat -W completed -o "$queue" 2>/dev/null | grep -qw "$job" && break
    # Neither pending nor completed (lpstat answering): aborted or canceled.
    if pending=$(lpstat -W not-completed -o "$queue" 2>/dev/null) && ! grep -qw "$job" <<<"$pending"; then
      lpstat -W completed -o "$queue" 2>/dev/null | grep -qw "$job" && break
      return 1
    fi
    if [ "${cups_sample_rss:-1}" = 1 ]; then
      kb=$(ps -o rss= --ppid "$cupsd" -p "$cupsd" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
      [ "$kb" -gt "$peak" ] && peak=$kb
    fi
    sleep 0.02
  done
  t1=$(now)
  cups_s=$(echo "$t1 - $t0" | bc -l)
  cups_job=$job
}

# Runs a peer command under GNU time and prints its row: name, seconds, pages/s ($pages) and
# peak RSS; its seconds go to $peer_s.
peer() { # name command...
  local name=$1 t0 t1 rss
  shift
  t0=$(now)
  /usr/bin/time -f %M -o "$PV_BENCH_INNER/time.out" "$@" >/dev/null 2>&1
  t1=$(now)
  rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$PV_BENCH_INNER/time.out")
  peer_s=$(echo "$t1 - $t0" | bc -l)
  printf "%-46s %8.2f %8.2f %9s MB\n" "$name" "$peer_s" "$(echo "$pages / $peer_s" | bc -l)" "$rss"
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
