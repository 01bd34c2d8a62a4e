#!/usr/bin/env bash
# Benchmark: IPP Print-Job of 1-page, 16 MB and 300 MB PDFs to the PrintVault virtual printer
# and to ippeveprinter (cups-ipp-utils, "-c /bin/true" so it does no processing), in the same
# run: time from the request to the job's completed state, the ratio, and each server's peak
# RSS (a fresh server per document).
#
#   bash bench/capture-print.sh            # needs about 1.5 GB free in /tmp
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
ipp="$repo/tests/integration/ipp"
bench_daemon_env
bench_system_bus
trap 'kill $bench_bus_pid 2>/dev/null || true' EXIT

"$build/tests/pv-mkpdf" "$work/1page.pdf" 1
"$build/tests/pv-mkpdf" "$work/16mb.pdf" 8 2000000
"$build/tests/pv-mkpdf" "$work/300mb.pdf" 100 3000000


# Seconds from Print-Job to a terminal job state.
print_and_wait() { # uri file
  local t0 id state
  t0=$(now)
  id=$(ipptool -tv -d user=bench -d title=bench -d filetype=application/pdf -f "$2" "$1" "$ipp/print.test" |
    awk '/job-id \(integer\)/ { print $NF; exit }')
  while :; do
    state=$(ipptool -tv -d job="$id" -d user=bench "$1" "$ipp/job-state.test" | awk '/job-state \(enum\)/ { print $NF; exit }')
    case "$state" in completed|aborted|canceled) break ;; esac
    sleep 0.01
  done
  [ "$state" = completed ] || { echo "job ended $state" >&2; return 1; }
  echo "$(now) - $t0" | bc -l
}

# Fastest of N print_and_wait runs against the server on a port, once it is up.
best_of() { # runs port file
  wait_port "$2"; sleep 1.1 # past PAPPL's first second (printer-up-time 0)
  local best=999999 s
  for _ in $(seq "$1"); do
    s=$(print_and_wait "ipp://localhost:$2/ipp/print" "$3")
    best=$(awk -v a="$s" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
  done
  echo "$best"
}

wait_port() { for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

printf "%-7s %10s %14s %10s %7s %14s %10s\n" doc bytes "PrintVault s" "peak RSS" ratio "ippeveprinter s" "peak RSS"
for doc in 1page 16mb 300mb; do
  f="$work/$doc.pdf"
  runs=5; [ "$doc" = 300mb ] && runs=2

  port=$(free_port)
  "$build/spooler/printvaultd" --ipp-port "$port" 2>"$work/pv-$doc.log" & pv=$!
  best_pv=$(best_of "$runs" "$port" "$f"); rss_pv=$(peak_rss_mb "$pv")
  kill "$pv"; wait "$pv" || true; rm -rf "$XDG_DATA_HOME"

  port=$(free_port)
  mkdir -p "$work/eve"
  ippeveprinter -n localhost -p "$port" -c /bin/true -d "$work/eve" -f application/pdf -r off Bench 2>"$work/eve-$doc.log" & eve=$!
  best_eve=$(best_of "$runs" "$port" "$f"); rss_eve=$(peak_rss_mb "$eve")
  kill "$eve"; wait "$eve" || true; rm -rf "$work/eve"

  printf "%-7s %10d %14.3f %7s MB %7.2f %14.3f %7s MB\n" "$doc" "$(stat -c %s "$f")" "$best_pv" "$rss_pv" \
    "$(echo "$best_pv / $best_eve" | bc -l)" "$best_eve" "$rss_eve"
done
