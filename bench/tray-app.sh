#!/usr/bin/env bash
# The tray app against its peer, an empty Qt Quick Controls window (bench/peers/quick-window),
# both in a real X server (Xvfb) in the same run:
#   - start to first frame on screen (median of 5, page cache warm),
#   - resident memory once idle, with 100 jobs held (ours) and with nothing (the peer),
#   - wakeups per second while idle: context switches of every thread over 20 s.
# The goals (issue 6): under 0.8 s, under 80 MB, and no periodic timers while idle.
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_in_keyring_session "$0"

work=$PV_BENCH_INNER
bench_daemon_env
cmake -S "$repo/bench/peers/quick-window" -B "$build/peer-quick-window" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build/peer-quick-window" >/dev/null
peer="$build/peer-quick-window/quick-window"
app="$build/app/printvault"

display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
"$build/spooler/printvaultd" 2>"$work/daemon.log" &
daemon=$!
trap 'kill $xvfb $daemon 2>/dev/null; wait 2>/dev/null' EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb
# status succeeds once the vault is open (the keychain answers first).
for _ in $(seq 600); do "$build/spooler/printvault-cli" status >/dev/null 2>&1 && break; sleep 0.1; done

"$build/tests/pv-mkpdf" "$work/one.pdf" 1 >/dev/null
for i in $(seq 100); do
  "$build/spooler/printvault-cli" submit "$work/one.pdf" --title "Held job $i" >/dev/null
done
echo "held jobs: $("$build/spooler/printvault-cli" --json jobs list | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["jobs"]))')"

# Starts a program, waits for its first-frame line; prints "PID MS".
start_and_time() { # log program [args]
  local log=$1; shift
  local t0 pid
  t0=$(date +%s%3N)
  PRINTVAULT_STARTUP_PROBE=1 "$@" 2>"$log" &
  pid=$!
  for _ in $(seq 300); do grep -q "first frame at" "$log" && break; sleep 0.02; done
  local t1
  t1=$(sed -n 's/.*first frame at \([0-9]*\).*/\1/p' "$log" | head -n1)
  echo "$pid $((t1 - t0))"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Context switches of all of a process's threads, now.
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ { s += $2 } END { print s }'; }

measure() { # name program [args]
  local name=$1; shift
  local times=() pid ms
  for _ in 1 2 3 4 5; do
    read -r pid ms < <(start_and_time "$work/$name.log" "$@")
    times+=("$ms")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local start
  start=$(printf '%s\n' "${times[@]}" | median)
  read -r pid ms < <(start_and_time "$work/$name.log" "$@")
  sleep 5 # loaded, thumbnails decoded, settled
  local rss anon before after
  rss=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' /proc/$pid/status)
  anon=$(anon_rss_mb "$pid")
  before=$(switches "$pid")
  sleep 20
  after=$(switches "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-36s %10s %10s %10s %14s\n' "$name" "$start" "$rss" "$anon" \
    "$(echo "scale=2; ($after - $before) / 20" | bc)"
}

printf '%-36s %10s %10s %10s %14s\n' "program" "start ms" "RSS MB" "anon MB" "wakeups/s"
# The tray app draws with Qt Quick's software renderer unless QT_QUICK_BACKEND says otherwise;
# the peer, a plain Qt Quick app, takes the OpenGL path (here Mesa's llvmpipe: Xvfb has no GPU).
# Each is measured both ways.
measure "printvault (100 jobs held)" "$app" --no-start-daemon
QT_QUICK_BACKEND=rhi measure "printvault (100 jobs held), GL" "$app" --no-start-daemon
measure "peer: empty Qt Quick window, GL" "$peer"
QT_QUICK_BACKEND=software measure "peer: empty Qt Quick window, soft" "$peer"
