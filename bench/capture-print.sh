#!/usr/bin/env bash
# Benchmark: IPP Print-Job of 1-page, 16 MB and 300 MB PDFs to the PrintVault virtual printer
# (through its user-only socket) and to ippeveprinter (cups-ipp-utils, "-c /bin/true" so it
# does no processing), in the same run: time to the Print-Job response (for PrintVault: the
# document encrypted and fsynced), time to the job's completed state (held in the vault), the
# ratios, and each server's peak RSS (a fresh server per document); then 20 concurrent 16 MB
# Print-Jobs to each: total time and busy answers; then the worker's cost per job: 1-page
# Print-Jobs per second, one after another to held, with the converter worker's seccomp filter
# on (the default) and off (capture/worker_seccomp=false), beside ippeveprinter's.
#
#   bash bench/capture-print.sh            # needs about 1.5 GB free in /tmp
#   PV_BENCH_SERIAL_ONLY=1 bash bench/capture-print.sh   # only the 1-page jobs/s part
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


# "ack held": seconds from Print-Job to its response (the document acknowledged, durable for
# PrintVault), and to the job's completed state (held in the vault, for PrintVault).
print_and_wait() { # uri file
  local t0 t1 id state
  t0=$(now)
  id=$(ipptool -tv -d user=bench -d title=bench -d filetype=application/pdf -f "$2" "$1" "$ipp/print.test" |
    awk '/job-id \(integer\)/ { print $NF; exit }')
  t1=$(now)
  while :; do
    state=$(ipptool -tv -d job="$id" -d user=bench "$1" "$ipp/job-state.test" | awk '/job-state \(enum\)/ { print $NF; exit }')
    case "$state" in completed|aborted|canceled) break ;; esac
    sleep 0.01
  done
  [ "$state" = completed ] || { echo "job ended $state" >&2; return 1; }
  echo "$(echo "$t1 - $t0" | bc -l) $(echo "$(now) - $t0" | bc -l)"
}

# Fastest of N runs (by time to held), as "ack held".
best_of() { # runs uri file
  local best="999999 999999" s
  for _ in $(seq "$1"); do
    s=$(print_and_wait "$2" "$3")
    best=$(awk -v a="$s" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); print (x[2] < y[2]) ? a : b }')
  done
  echo "$best"
}

# 20 concurrent Print-Jobs of one file: total seconds until every response, and busy answers.
twenty() { # uri file
  local t0 busy=0 i
  t0=$(now)
  for i in $(seq 20); do
    ipptool -tv -d user=bench -d title="c$i" -d filetype=application/pdf -f "$2" "$1" "$ipp/print.test" >"$work/c$i.out" 2>&1 &
  done
  wait
  busy=$(cat "$work"/c*.out | grep -c "server-error-busy" || true)
  echo "$(echo "$(now) - $t0" | bc -l) $busy"
}

wait_port() { for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }
wait_socket() { for _ in $(seq 400); do [ -S "$1" ] && return 0; sleep 0.05; done; return 1; }

sock="$XDG_RUNTIME_DIR/printvault/ipp.sock"
pv_uri="ipp://$(printf %s "$sock" | sed 's#/#%2F#g')/ipp/print"
start_pv() { "$build/spooler/printvaultd" 2>"$work/pv-$1.log" & pv=$!; wait_socket "$sock"; }
start_eve() {
  eve_port=$(free_port); mkdir -p "$work/eve"
  ippeveprinter -n localhost -p "$eve_port" -c /bin/true -d "$work/eve" -f application/pdf -r off Bench 2>"$work/eve-$1.log" & eve=$!
  wait_port "$eve_port"; sleep 1.1 # ippeveprinter reports printer-up-time 0 in its first second
}

if [ -z "${PV_BENCH_SERIAL_ONLY:-}" ]; then
printf "%-7s %10s %9s %9s %9s %6s %6s %9s %9s %9s\n" doc bytes "PV ack s" "PV held s" "PV RSS" "ack x" "held x" "eve ack s" "eve done" "eve RSS"
for doc in 1page 16mb 300mb; do
  f="$work/$doc.pdf"
  runs=5; [ "$doc" = 300mb ] && runs=2
  start_pv "$doc"
  read -r ack_pv held_pv < <(best_of "$runs" "$pv_uri" "$f"); rss_pv=$(peak_rss_mb "$pv")
  kill "$pv"; wait "$pv" || true; rm -rf "$XDG_DATA_HOME"
  start_eve "$doc"
  read -r ack_eve held_eve < <(best_of "$runs" "ipp://localhost:$eve_port/ipp/print" "$f"); rss_eve=$(peak_rss_mb "$eve")
  kill "$eve"; wait "$eve" || true; rm -rf "$work/eve"
  printf "%-7s %10d %9.3f %9.3f %6s MB %6.2f %6.2f %9.3f %9.3f %6s MB\n" "$doc" "$(stat -c %s "$f")" "$ack_pv" "$held_pv" \
    "$rss_pv" "$(echo "$ack_pv / $ack_eve" | bc -l)" "$(echo "$held_pv / $held_eve" | bc -l)" "$ack_eve" "$held_eve" "$rss_eve"
done

echo
printf "%-22s %9s %6s %9s\n" "20 x 16 MB at once" "total s" busy "peak RSS"
start_pv twenty
read -r total busy < <(twenty "$pv_uri" "$work/16mb.pdf"); rss=$(peak_rss_mb "$pv")
printf "%-22s %9.3f %6d %6s MB\n" PrintVault "$total" "$busy" "$rss"
kill "$pv"; wait "$pv" || true; rm -rf "$XDG_DATA_HOME"
start_eve twenty
read -r total busy < <(twenty "ipp://localhost:$eve_port/ipp/print" "$work/16mb.pdf"); rss=$(peak_rss_mb "$eve")
printf "%-22s %9.3f %6d %6s MB\n" ippeveprinter "$total" "$busy" "$rss"
kill "$eve"; wait "$eve" || true
fi

# The worker's cost: 30 1-page jobs one after another, each to completed (held), in jobs/s.
# Every job runs in a printvault-worker either way; "off" drops only its seccomp filter.
serial() { # uri
  local t0 i
  t0=$(now)
  for i in $(seq 30); do print_and_wait "$1" "$work/1page.pdf" >/dev/null; done
  echo "30 / ($(now) - $t0)" | bc -l
}
echo
printf "%-44s %9s\n" "1-page Print-Jobs one after another" "jobs/s"
for seccomp in true false; do
  sed -i "/^worker_seccomp=/d; s/^\[capture\]$/[capture]\nworker_seccomp=$seccomp/" "$PRINTVAULT_POLICY"
  start_pv "serial-$seccomp"
  print_and_wait "$pv_uri" "$work/1page.pdf" >/dev/null # warm: fonts, the first worker's start
  printf "%-44s %9.2f\n" "PrintVault, worker seccomp $seccomp" "$(serial "$pv_uri")"
  kill "$pv"; wait "$pv" || true; rm -rf "$XDG_DATA_HOME"
done
start_eve serial
printf "%-44s %9.2f\n" "ippeveprinter (no processing)" "$(serial "ipp://localhost:$eve_port/ipp/print")"
kill "$eve"; wait "$eve" || true
