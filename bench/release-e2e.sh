#!/usr/bin/env bash
# End-to-end release against CUPS, in the same run: the same 50-page text+image PDF goes to a
# raster-only ippeveprinter (its default: PWG raster, sGray, 300 and 600 dpi, "-c /bin/true";
# CUPS's IPP Everywhere driver refuses the colour -a configurations of the tests) two ways:
#   - PrintVault: `printvault-cli jobs release` of the held job, until the printer says completed;
#   - CUPS: `lp` to a private cupsd's IPP Everywhere queue for a printer of the same kind, until
#     CUPS says the job is completed (it converts with its own filters: pdftopdf, gstoraster...).
# Peak RSS of printvaultd, and of cupsd with its filters. The goal (issue 5): at most a third of
# CUPS's time. Needs root for the private cupsd (it runs filters as "lp").
#
#   bash bench/release-e2e.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
bench_daemon_env
cli="$build/spooler/printvault-cli"
bench_system_bus

start_printer() { # name -> port
  local port
  port=$(free_port)
  mkdir -p "$work/$1"
  ippeveprinter -n localhost -p "$port" -c /bin/true -d "$work/$1" -f image/pwg-raster -r off "$1" \
    2>"$work/$1.log" &
  echo "$! $port"
}
read -r eve_pv port_pv < <(start_printer ForPrintVault)
read -r eve_cups port_cups < <(start_printer ForCups)

# A private cupsd, as tests/integration/PrivateCupsd does it.
cups="$work/cups"
mkdir -p "$cups"/{spool,log,state,cache}
chmod 755 "$work" "$cups"
cups_port=$(free_port)
cat >"$cups/cupsd.conf" <<CONF
Listen 127.0.0.1:$cups_port
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
cat >"$cups/cups-files.conf" <<CONF
ServerRoot $cups
RequestRoot $cups/spool
ServerBin /usr/lib/cups
DataDir /usr/share/cups
StateDir $cups/state
CacheDir $cups/cache
ErrorLog $cups/log/error_log
AccessLog $cups/log/access_log
PageLog $cups/log/page_log
SystemGroup root
User lp
Group lp
CONF
cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" &
cupsd=$!
"$build/spooler/printvaultd" 2>"$work/daemon.log" &
pv=$!
trap 'kill $pv $cupsd $eve_pv $eve_cups $bench_bus_pid 2>/dev/null || true' EXIT
export CUPS_SERVER="$cups/cups.sock"
for _ in $(seq 200); do [ -S "$CUPS_SERVER" ] && break; sleep 0.05; done
until "$cli" status >/dev/null 2>&1; do sleep 0.05; done
for _ in $(seq 100); do
  lpadmin -p Raster -E -v "ipp://localhost:$port_cups/ipp/print" -m everywhere 2>/dev/null && break
  sleep 0.1 # the printer is still starting
done

pdf="$work/50pages.pdf"
"$build/tests/pv-mkpdf" "$pdf" 50 60000
id=$("$cli" --json submit "$pdf" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

t0=$(now)
"$cli" jobs release "$id" --printer "ipp://localhost:$port_pv/ipp/print" >/dev/null
t1=$(now)
pv_s=$(echo "$t1 - $t0" | bc -l)

# CUPS: from lp to the job's completion, and the memory of cupsd and everything it started.
t0=$(now)
job=$(lp -d Raster -o Resolution=300dpi "$pdf" | sed -n 's/.*request id is \([^ ]*\).*/\1/p')
peak=0
while lpstat -W not-completed -o Raster 2>/dev/null | grep -q "$job"; do
  kb=$(ps -o rss= --ppid "$cupsd" -p "$cupsd" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
  [ "$kb" -gt "$peak" ] && peak=$kb
  sleep 0.02
done
t1=$(now)
cups_s=$(echo "$t1 - $t0" | bc -l)
state=$(lpstat -W completed -o Raster | grep -c "$job" || true)

printf "%-44s %8s %12s\n" run "s" "peak RSS"
printf "%-44s %8.2f %9s MB\n" "PrintVault release (Poppler, PWG raster)" "$pv_s" "$(peak_rss_mb "$pv")"
printf "%-44s %8.2f %9s MB\n" "CUPS lp to an IPP Everywhere raster queue" "$cups_s" "$(echo "scale=1; $peak / 1024" | bc)"
echo "CUPS job completed: $([ "$state" -ge 1 ] && echo yes || echo no)"
echo "ratio PrintVault / CUPS time: $(echo "$pv_s / $cups_s" | bc -l | cut -c1-5)"
# What each printer received: bytes, and the first page's resolution from its PWG header.
dpi() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(300); print(struct.unpack(">I", d[280:284])[0])' "$1"; }
for who in ForPrintVault ForCups; do
  f=$(ls "$work/$who"/*.pwg 2>/dev/null | head -n1)
  if [ -n "$f" ]; then echo "$who received $(stat -c %s "$f") bytes at $(dpi "$f") dpi"; else echo "$who received nothing"; fi
done
