#!/usr/bin/env bash
# Where printvaultd's resident memory goes: VmHWM, RssFile (library and binary pages) and
# RssAnon (its heap and stacks) of an idle daemon, then after one 300 MB Print-Job through the
# socket is held, and the mappings holding most of it, summed per file. For the peak RSS goal of
# bench/capture-print.sh (docs/capture.md, Benchmark).
#
#   bash bench/daemon-memory.sh            # needs about 0.7 GB free in /tmp
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
bench_daemon_env
"$build/tests/pv-mkpdf" "$work/300mb.pdf" 100 3000000

memory() { awk '/VmHWM|VmRSS|RssAnon|RssFile|Threads/ { printf "%s %s %s  ", $1, $2, $3 }' "/proc/$1/status"; echo; }
by_file() { # pid: resident kB per mapped file (anonymous mappings as [anon]), largest first
  awk '/^[0-9a-f]+-[0-9a-f]+ / { name = ($6 == "") ? "[anon]" : $6 } /^Rss:/ { rss[name] += $2 }
       END { for (n in rss) printf "%8d kB  %s\n", rss[n], n }' "/proc/$1/smaps" | sort -rn | head -"${2:-25}"
}

sock="$XDG_RUNTIME_DIR/printvault/ipp.sock"
uri="ipp://$(printf %s "$sock" | sed 's#/#%2F#g')/ipp/print"
"$build/spooler/printvaultd" 2>"$work/daemon.log" & pid=$!
until [ -S "$sock" ] && "$build/spooler/printvault-cli" status >/dev/null 2>&1; do sleep 0.05; done
sleep 1
echo "== idle";  memory "$pid"; by_file "$pid"
ipptool -tv -d user=bench -d title=bench -d filetype=application/pdf -f "$work/300mb.pdf" "$uri" \
  "$repo/tests/integration/ipp/print.test" >/dev/null
until "$build/spooler/printvault-cli" jobs list | grep -q bench; do sleep 0.1; done
echo "== after a 300 MB Print-Job, held"; memory "$pid"; by_file "$pid" 10
kill "$pid"; wait "$pid" || true
