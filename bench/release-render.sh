#!/usr/bin/env bash
# Benchmark: rasterising for a printer that takes no PDF. A 50-page text+image PDF is released
# to a colour, raster-only ippeveprinter (PWG raster, 300 dpi only, "-c /bin/true") and timed
# from `printvault-cli jobs release` to the printer's "completed": Poppler rendering, PWG raster
# encoding and the IPP transfer. In the same run, the same file goes through CUPS (`lp` to a
# private cupsd's IPP Everywhere queue for a printer of the same kind, in colour, until CUPS
# says completed) and is rendered at 300 dpi sRGB by the named peers: `pdftoppm -r 300` (PPM
# files, and to /dev/null: its rendering alone) and `gs -sDEVICE=pwgraster -r300
# -dcupsColorSpace=19` (to a file). Ours and CUPS's: a 1-page job first (untimed), then the
# median of three. Peak RSS: printvaultd and its render workers (printvault-worker --render,
# where Poppler draws) together, sampled at once (bench/common.sh: worker_rss_poll), and
# apart; cupsd with its filters; each peer. Needs root for the private cupsd.
#
#   bash bench/release-render.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

bench_in_keyring_session "$0"
work=$PV_BENCH_INNER
bench_daemon_env
cli="$build/spooler/printvault-cli"
bench_system_bus
grep -v resolution "$repo/tests/integration/ipp/color-printer.conf" >"$work/printer.conf"
echo "ATTR resolution pwg-raster-document-resolution-supported 300dpi" >>"$work/printer.conf"
start_printer() { # name -> pid port
  local port
  port=$(free_port)
  mkdir -p "$work/$1"
  ippeveprinter -n localhost -p "$port" -c /bin/true -d "$work/$1" -a "$work/printer.conf" -r off "$1" \
    2>"$work/$1.log" &
  echo "$! $port"
}
read -r eve port < <(start_printer Bench)
read -r eve_cups port_cups < <(start_printer ForCups)
bench_cupsd
"$build/spooler/printvaultd" 2>"$work/daemon.log" &
pv=$!
trap 'kill $pv $cupsd $eve $eve_cups $bench_bus_pid 2>/dev/null || true' EXIT
until "$cli" status >/dev/null 2>&1; do sleep 0.05; done
# CUPS 2.4's IPP Everywhere driver makes no queue for this printer ("PPD creation failed:
# Printer does not support required IPP attributes"): then CUPS's row says so, and
# bench/release-e2e.sh compares with CUPS in sGray.
cups_ok=0
bench_cups_queue Color "ipp://localhost:$port_cups/ipp/print" && cups_ok=1

pdf="$work/50pages.pdf"
pages=50
"$build/tests/pv-mkpdf" "$pdf" $pages 60000
release() { "$cli" jobs release "$1" --printer "ipp://localhost:$port/ipp/print" >/dev/null 2>&1; }
"$build/tests/pv-mkpdf" "$work/warm.pdf" 1 60000
release "$(bench_submit "$work/warm.pdf")"
[ $cups_ok = 1 ] && { cups_print Color "$work/warm.pdf" -o print-color-mode=color || cups_ok=0; }
rm -f "$work"/Bench/*.pwg

pv_runs=() cups_runs=() pv_rss=0 workers_rss=0 together=0 cups_peak=0
max() { echo "if ($1 > $2) $1 else $2" | bc -l; }
for run in 1 2 3; do
  id=$(bench_submit "$pdf")
  clear_peak_rss "$pv"
  worker_rss_poll "$pv" "$work/workers.rss" &
  poller=$!
  t0=$(now)
  release "$id"
  t1=$(now)
  kill "$poller"; wait "$poller" || true
  read -r w workers_n t <"$work/workers.rss"
  workers_rss=$(max "$w" "$workers_rss")
  together=$(max "$t" "$together")
  pv_rss=$(max "$(peak_rss_mb "$pv")" "$pv_rss")
  pv_runs+=("$(echo "$t1 - $t0" | bc -l)")
  if [ $cups_ok = 1 ] && cups_print Color "$pdf" -o print-color-mode=color; then
    cups_runs+=("$cups_s")
    cups_peak=$(max "$peak" "$cups_peak")
  else
    cups_ok=0
  fi
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
pv_s=$(median "${pv_runs[@]}")
cups_s=0
[ $cups_ok = 1 ] && cups_s=$(median "${cups_runs[@]}")
printf "PrintVault runs: %s\n" "$(printf '%.2f ' "${pv_runs[@]}")"
[ $cups_ok = 1 ] && printf "CUPS runs:       %s\n" "$(printf '%.2f ' "${cups_runs[@]}")"
raster=$(ls -t "$work/Bench"/*.pwg | head -n1)
cups_raster=$(ls -t "$work/ForCups"/*.pwg 2>/dev/null | head -n1)

printf "%-46s %8s %8s %12s\n" "run (ours and CUPS: median of 3)" "s" "pages/s" "peak RSS"
printf "%-46s %8.2f %8.2f %9s MB\n" "PrintVault release (render+send)" "$pv_s" "$(echo "$pages / $pv_s" | bc -l)" \
  "$together"
printf "%-46s %8s %8s %9s MB\n" "  printvaultd alone (VmHWM)" "" "" "$pv_rss"
printf "%-46s %8s %8s %9s MB\n" "  its $workers_n render worker(s) alone (VmHWM, summed)" "" "" "$workers_rss"
printf "%-46s %8s %8s %9s MB\n" "  both VmHWM summed (shared libraries twice)" "" "" "$(echo "$pv_rss + $workers_rss" | bc -l)"
if [ $cups_ok = 1 ]; then
  printf "%-46s %8.2f %8.2f %9s MB\n" "CUPS lp to an IPP Everywhere colour queue" "$cups_s" "$(echo "$pages / $cups_s" | bc -l)" \
    "$(echo "scale=1; $cups_peak / 1024" | bc)"
else
  echo "CUPS lp to an IPP Everywhere colour queue: no queue (CUPS cannot make one for this printer)"
fi
# pdftoppm twice: as run by hand (a PPM file per page, 26 MB each, so partly a disk test) and
# writing to /dev/null, its rendering alone; the goal is measured against the faster.
peer "pdftoppm -r 300 (PPM to files)" pdftoppm -r 300 "$pdf" "$work/ppm"
files_s=$peer_s
rm -f "$work"/ppm*
peer "pdftoppm -r 300 (PPM to /dev/null)" sh -c 'exec pdftoppm -r 300 "$1" >/dev/null' sh "$pdf"
ppm_s=$peer_s
peer "gs pwgraster -r300 sRGB (to a file)" gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pwgraster -r300 -dcupsColorSpace=19 \
  -sOutputFile="$work/gs.pwg" "$pdf"
gs_s=$peer_s
ratio() { printf "%.2f" "$(echo "$1 / $pv_s" | bc -l)"; }
echo "printvaultd's pages/s: $(ratio "$ppm_s")x pdftoppm to /dev/null (the goal: 1.5x)," \
  "$(ratio "$files_s")x pdftoppm to files, $(ratio "$gs_s")x gs"
[ $cups_ok = 1 ] && echo "ratio PrintVault / CUPS time: $(echo "$pv_s / $cups_s" | bc -l | cut -c1-5) (the goal: at most 0.8)"
echo "raster sent: $(stat -c %s "$raster") bytes; CUPS sent: $([ -n "$cups_raster" ] && stat -c %s "$cups_raster" || echo nothing)"
