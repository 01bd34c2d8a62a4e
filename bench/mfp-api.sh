#!/usr/bin/env bash
# Benchmark: the MFP pull API against nginx serving the same bytes as static files over TLS, in
# the same run, both on loopback with `wrk -t2 -c50`:
#   - the job list of 50 jobs (JSON), reporting req/s and p99 latency;
#   - the download of a 16 MB document, reporting MB/s.
# Both servers use a P-256 certificate and TLS 1.3. printvaultd serves from one event-loop
# thread, so nginx runs one worker too (worker_processes 1); the figures for two workers are
# printed as well. Goal: at least 0.5x nginx, and p99 under 20 ms for the list.
#
#   bash bench/mfp-api.sh [SECONDS]    # default 10 s per run
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
secs=${1:-10}
port=$(free_port)
nginx_port=$(free_port)
bench_daemon_env "[mfp]\nport=$port\nlisten_address=127.0.0.1\n"
cli="$build/spooler/printvault-cli"

"$build/spooler/printvaultd" 2>"$work/daemon.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true' EXIT
until "$cli" status >/dev/null 2>&1; do sleep 0.05; done
until "$cli" cert show >/dev/null 2>&1; do sleep 0.05; done

# 49 small jobs and one of 16 MB, all the user's.
"$build/tests/pv-mkpdf" "$work/small.pdf" 2
"$build/tests/pv-mkpdf" "$work/16mb.pdf" 8 2000000
for _ in $(seq 49); do "$cli" submit "$work/small.pdf" >/dev/null; done
big=$(bench_submit "$work/16mb.pdf")
echo 2580 | "$cli" pin set >/dev/null
code=$("$cli" --json devices pair | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
api="https://127.0.0.1:$port/api/v1"
device=$(curl -sk -X POST -d "{\"code\":\"$code\"}" "$api/devices/pair" | python3 -c 'import json,sys; print(json.load(sys.stdin)["device_token"])')
session=$(curl -sk -X POST -H "Authorization: Bearer $device" -d "{\"user\":\"$(id -un)\",\"pin\":\"2580\"}" "$api/sessions" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["session_token"])')
auth="Authorization: Bearer $session"
devh="X-Device-Token: $device" # a session token is only good with the device it was issued to

# The same bytes for nginx: the list as the API answers it, and the document.
mkdir -p "$work/www/api/v1/jobs/$big"
curl -sk -H "$auth" -H "$devh" "$api/jobs" >"$work/www/api/v1/jobs/index.json"
[ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["jobs"]))' "$work/www/api/v1/jobs/index.json")" = 50 ]
curl -sk -H "$auth" -H "$devh" "$api/jobs/$big/document" >"$work/www/api/v1/jobs/$big/document"
cmp "$work/16mb.pdf" "$work/www/api/v1/jobs/$big/document"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/nginx.key" \
  -out "$work/nginx.pem" -subj /CN=localhost -days 1 2>/dev/null
chmod -R a+rX "$work"

run_nginx() { # workers
  cat >"$work/nginx.conf" <<CONF
worker_processes $1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
user $(id -un);
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type application/octet-stream;
  types { application/json json; }
  server {
    listen 127.0.0.1:$nginx_port ssl;
    ssl_certificate $work/nginx.pem;
    ssl_certificate_key $work/nginx.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    root $work/www;
    location = /api/v1/jobs { default_type application/json; alias $work/www/api/v1/jobs/index.json; }
  }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work" 2>/dev/null
  sleep 0.3
}
stop_nginx() { kill "$(cat "$work/nginx.pid")"; sleep 0.3; }

# wrk's output to "req/s p99_ms MB/s".
measure() { # url
  wrk -t2 -c50 -d"${secs}s" --latency -H "$auth" -H "$devh" "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /Transfer\/sec/ { v = $2; mb = v + 0; if (v ~ /GB/) mb *= 1024; else if (v ~ /KB/) mb /= 1024; else if (v ~ /[0-9]B$/) mb /= 1048576 }
    / 99%/ { v = $2; ms = v + 0; if (v ~ /us/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms/) ms *= 1000; p99 = ms }
    /Non-2xx|Socket errors/ { bad = bad " " $0 }
    END { printf "%.0f %.2f %.1f%s\n", rps, p99, mb, bad }'
}

printf "%-32s %10s %10s %10s\n" run "req/s" "p99 ms" "MB/s"
row() { read -r rps p99 mb rest <<<"$2"; printf "%-32s %10s %10s %10s %s\n" "$1" "$rps" "$p99" "$mb" "$rest"; }
[ -n "${PV_PERF:-}" ] && { perf record -g -o "$PV_PERF" -p "$pid" 2>/dev/null & perf_pid=$!; }
pv_list=$(measure "$api/jobs"); row "printvaultd list (50 jobs)" "$pv_list"
[ -n "${PV_PERF:-}" ] && { kill -INT $perf_pid; wait $perf_pid || true; }
pv_doc=$(measure "$api/jobs/$big/document"); row "printvaultd 16 MB download" "$pv_doc"
run_nginx 1
ng_list=$(measure "https://127.0.0.1:$nginx_port/api/v1/jobs"); row "nginx 1 worker list" "$ng_list"
ng_doc=$(measure "https://127.0.0.1:$nginx_port/api/v1/jobs/$big/document"); row "nginx 1 worker 16 MB download" "$ng_doc"
stop_nginx
run_nginx 2
row "nginx 2 workers list" "$(measure "https://127.0.0.1:$nginx_port/api/v1/jobs")"
row "nginx 2 workers 16 MB download" "$(measure "https://127.0.0.1:$nginx_port/api/v1/jobs/$big/document")"
stop_nginx
echo "ratio list req/s vs nginx (1 worker):     $(echo "${pv_list%% *} / ${ng_list%% *}" | bc -l | cut -c1-5)"
echo "ratio download MB/s vs nginx (1 worker):  $(echo "$(echo "$pv_doc" | cut -d' ' -f3) / $(echo "$ng_doc" | cut -d' ' -f3)" | bc -l | cut -c1-5)"
echo "printvaultd peak RSS: $(peak_rss_mb "$pid") MB"
