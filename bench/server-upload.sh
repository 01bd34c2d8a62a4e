#!/usr/bin/env bash
# Server spooling upload against `lp`, in the same run (issue 16): PDFs of 16 MB and 300 MB go to
# the same hold queue of a private cupsd (docs/server-setup.md: TLS with its own certificate,
# Basic authentication through PAM for a local account the script makes, the authenticated
# hold policy) two ways:
#   - PrintVault: the job is captured while the daemon has no password (it waits with
#     server-login-needed, untimed), then `printvault-cli server login`; timed until the daemon
#     logs that the server holds it (Create-Job, streamed Send-Document, Get-Job-Attributes).
#     Both the daemon's own upload interval (its log) and the wall time from login are given;
#   - lp: `lp -h 127.0.0.1:PORT -E -U USER -d hold FILE` over the same TLS, the password typed on
#     a pseudo-terminal (lp reads it from /dev/tty), timed until lp returns (the job is held).
# Peak RSS of printvaultd over each upload (VmHWM, reset before it), and its anonymous memory.
# Goal: at most 1.2x lp's time, and at most 40 MB peak on 300 MB. Needs root (cupsd, useradd).
#
#   bash bench/server-upload.sh           # PV_BENCH_SIZES="16 300" (MB) by default
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
cli="$build/spooler/printvault-cli"
sizes=${PV_BENCH_SIZES:-16 300}
user=pvbench-srv
password=Pv-Bench-Srv-5521

useradd -M -N -s /usr/sbin/nologin "$user" 2>/dev/null || true
printf '%s:%s\n' "$user" "$password" | chpasswd

# The private cupsd, as tests/integration/tst_server.cpp sets it up.
cups="$work/cups"
mkdir -p "$cups"/{spool,log,state,cache,ssl}
chmod 755 "$work" "$cups"
cups_port=$(free_port)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$cups/ssl/127.0.0.1.key" \
  -out "$cups/ssl/127.0.0.1.crt" 2>/dev/null
cat >"$cups/cupsd.conf" <<CONF
Listen 127.0.0.1:$cups_port
Listen $cups/cups.sock
ServerName 127.0.0.1
LogLevel warn
PreserveJobFiles No
MaxHoldTime 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
<Policy authenticated-hold>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job Send-Document Get-Jobs Get-Job-Attributes>
    AuthType Basic
    Require valid-user
    Order deny,allow
  </Limit>
  <Limit Release-Job Cancel-Job Hold-Job Restart-Job Set-Job-Attributes Cancel-My-Jobs Close-Job Send-URI CUPS-Move-Job CUPS-Get-Document>
    AuthType Basic
    Require user @OWNER
    Order deny,allow
  </Limit>
  <Limit All>
    AuthType Basic
    Require valid-user
    Order deny,allow
  </Limit>
</Policy>
CONF
bench_cups_files_conf "$cups" "ServerKeychain $cups/ssl" "CreateSelfSignedCerts no"
bench_system_bus
printer_port=$(free_port)
mkdir -p "$work/printer"
ippeveprinter -n localhost -p "$printer_port" -c /bin/true -d "$work/printer" -f application/pdf -r off \
  Printer 2>"$work/printer.log" &
eve=$!
cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" &
cupsd=$!
pv=
cleanup() {
  if [ -n "$pv" ]; then kill "$pv" 2>/dev/null || true; fi
  kill "$cupsd" "$eve" "$bench_bus_pid" 2>/dev/null || true
  wait "$cupsd" 2>/dev/null || true
  userdel "$user" 2>/dev/null || true
}
trap cleanup EXIT
export CUPS_SERVER="$cups/cups.sock"
for _ in $(seq 200); do [ -S "$CUPS_SERVER" ] && break; sleep 0.05; done
for _ in $(seq 100); do
  lpadmin -p hold -E -v "ipp://localhost:$printer_port/ipp/print" -m everywhere 2>/dev/null && break
  sleep 0.1 # the printer is still starting
done
lpadmin -p hold -o job-hold-until-default=indefinite -o printer-op-policy=authenticated-hold

bench_daemon_env "[server]\nuri=ipps://127.0.0.1:$cups_port/printers/hold\nmode=server\nca_file=$cups/ssl/127.0.0.1.crt\nretry_max_seconds=5\n"
# The daemon's log with the time since its start, to read its own upload interval.
QT_MESSAGE_PATTERN='%{time process} %{message}' "$build/spooler/printvaultd" 2>"$work/daemon.log" &
pv=$!
until "$cli" status >/dev/null 2>&1; do sleep 0.05; done


# PrintVault: captured while logged out (waits), then timed from the login.
pv_upload() { # file -> pv_wall, pv_log seconds, pv_peak, pv_anon MB
  local id t0 t1 up_start up_end
  "$cli" server logout >/dev/null 2>&1 || true
  id=$(bench_submit "$1")
  until [ "$("$cli" --json server status | python3 -c 'import json,sys
o=json.load(sys.stdin)["outbox"]; print(o[0].get("reason","") if o else "")')" = server-login-needed ]; do
    sleep 0.1
  done
  clear_peak_rss "$pv"
  pv_before=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pv/status")
  t0=$(now)
  printf '%s\n' "$password" | "$cli" server login --user "$user" >/dev/null
  until grep -q "job \"$id\" is held on the server" "$work/daemon.log"; do sleep 0.02; done
  t1=$(now)
  pv_wall=$(echo "$t1 - $t0" | bc -l)
  pv_peak=$(peak_rss_mb "$pv")
  pv_anon=$(anon_rss_mb "$pv")
  up_start=$(grep "uploading job \"$id\" attempt" "$work/daemon.log" | tail -n1 | awk '{ print $1 }')
  up_end=$(grep "job \"$id\" is held on the server" "$work/daemon.log" | tail -n1 | awk '{ print $1 }')
  pv_log=$(echo "$up_end - $up_start" | bc -l)
}

# lp reads the password from its terminal (getpass, which flushes what was typed before the
# prompt): it runs on a pseudo-terminal and gets the password once it asks.
cat >"$work/type-password.py" <<'PY'
import os, pty, sys
password, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
out, typed = b"", False
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    out += data
    if not typed and b"Password" in out:
        os.write(fd, password.encode() + b"\n")
        typed = True
sys.stdout.write(out.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
PY

# lp over the same TLS to the same queue, as the same account.
lp_upload() { # file -> lp_s
  local t0 t1
  t0=$(now)
  python3 "$work/type-password.py" "$password" lp -h "127.0.0.1:$cups_port" -E -U "$user" -d hold "$1" \
    >"$work/lp.out"
  t1=$(now)
  grep -q 'request id is' "$work/lp.out" || { cat "$work/lp.out"; exit 1; }
  lp_s=$(echo "$t1 - $t0" | bc -l)
}

echo "uptime: $(uptime)"
printf "%-8s %8s %9s %10s %7s %11s %13s %11s\n" "size" "lp s" "PV log s" "PV wall s" "ratio" "PV peak MB" "RSS before MB" "PV anon MB"
for mb in $sizes; do
  pdf="$work/$mb.pdf"
  "$build/tests/pv-mkpdf" "$pdf" "$mb" 1048576
  # Each path runs twice and the second run is reported: PAM, TLS and the page cache are then
  # warm for both.
  for run in 1 2; do
    lp_upload "$pdf"
    pv_upload "$pdf"
  done
  ratio=$(echo "$pv_log / $lp_s" | bc -l | cut -c1-5)
  printf "%-8s %8.2f %9.2f %10.2f %7s %11s %13s %11s\n" "${mb}MB" "$lp_s" "$pv_log" "$pv_wall" "$ratio" "$pv_peak" "$pv_before" "$pv_anon"
  cancel -a hold 2>/dev/null || true
  rm -f "$pdf"
done
held=$(lpstat -o hold 2>/dev/null | wc -l)
echo "jobs still on the server after cancel: $held"
