#!/usr/bin/env bash
# Benchmark: time until a submitted PDF is durable in the vault, for 1-page, 16 MB and 300 MB
# documents, next to `openssl speed -evp aes-256-gcm` and an fsync'd dd of the same bytes
# measured in the same run, and the daemon's peak RSS for each size (fresh daemon per size).
# "durable" is the wall time of `printvault-cli submit --no-wait` until the daemon acknowledges
# the document stored: upload, encryption, fsync of the sealed document, its ticket and the
# folder (the virtual printer's intake). "held" is the wall time of a plain `printvault-cli
# submit`, which waits until a converter worker has checked and measured the document with
# Poppler (per-page colour by rendering) and the job is committed.
#
#   bash bench/vault-submit.sh            # needs about 1.5 GB free in /tmp
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
# The vault path alone: the virtual printer (bench/capture-print.sh) is off here.
bench_daemon_env
cli="$build/spooler/printvault-cli"

"$build/tests/pv-mkpdf" "$work/1page.pdf" 1
"$build/tests/pv-mkpdf" "$work/16mb.pdf" 8 2000000
"$build/tests/pv-mkpdf" "$work/300mb.pdf" 100 3000000

echo "== peers, same run"
openssl speed -evp aes-256-gcm -seconds 2 2>/dev/null | awk '/^AES-256-GCM|^aes-256-gcm/ { printf "openssl speed aes-256-gcm (16 KiB blocks): %.0f MB/s\n", $(NF-1) / 1000 }'

printf "%-8s %12s %10s %11s %8s %11s %9s %10s %10s\n" doc bytes "durable s" "vault MB/s" "held s" "dd fsync s" "dd MB/s" "peak RSS" "anon RSS"
jobs_held() { "$cli" --json jobs list | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["jobs"]))'; }
for doc in 1page 16mb 300mb; do
  f="$work/$doc.pdf"
  bytes=$(stat -c %s "$f")
  "$build/spooler/printvaultd" 2>"$work/daemon-$doc.log" &
  pid=$!
  until "$cli" status >/dev/null 2>&1; do sleep 0.05; done
  bench_submit "$f" >/dev/null # warm: the vault unlocked, the first worker started
  runs=5; [ "$doc" = 300mb ] && runs=2
  best=999999; best_held=999999
  for _ in $(seq $runs); do
    n=$(jobs_held)
    t0=$(now); "$cli" submit --no-wait "$f" >/dev/null; t1=$(now)
    best=$(echo "$t1 - $t0" | bc -l | awk -v b="$best" '{ print ($1 < b) ? $1 : b }')
    # Held in the background before the next run, so runs do not overlap.
    for _ in $(seq 1200); do [ "$(jobs_held)" -gt "$n" ] && break; sleep 0.1; done
    t0=$(now); "$cli" submit "$f" >/dev/null; t1=$(now)
    best_held=$(echo "$t1 - $t0" | bc -l | awk -v b="$best_held" '{ print ($1 < b) ? $1 : b }')
  done
  rss=$(peak_rss_mb "$pid"); anon=$(anon_rss_mb "$pid")
  kill "$pid"; wait "$pid" || true
  rm -rf "$XDG_DATA_HOME"
  sync
  t0=$(now); dd if="$f" of="$work/dd.out" bs=1M conv=fsync status=none; t1=$(now)
  dd_s=$(echo "$t1 - $t0" | bc -l); rm -f "$work/dd.out"
  printf "%-8s %12d %10.3f %11.1f %8.3f %11.3f %9.1f %7s MB %7s MB\n" "$doc" "$bytes" "$best" \
    "$(echo "$bytes / 1048576 / $best" | bc -l)" "$best_held" "$dd_s" "$(echo "$bytes / 1048576 / $dd_s" | bc -l)" "$rss" "$anon"
done
