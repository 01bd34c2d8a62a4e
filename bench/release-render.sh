#!/usr/bin/env bash
# Benchmark: rasterising for a printer that takes no PDF. A 50-page text+image PDF is released
# to a colour, raster-only ippeveprinter (PWG raster, 300 dpi only, "-c /bin/true") and timed
# from `printvault-cli jobs release` to the printer's "completed": rendering in the worker
# (Ghostscript, or Poppler: release/raster_renderer), PWG raster encoding and the IPP transfer. In the same run, the same file is rendered at 300 dpi sRGB by
# the named peers: `pdftoppm -r 300` (PPM files, and to /dev/null: its rendering alone) and
# `gs -sDEVICE=pwgraster -r300 -dcupsColorSpace=19` (to a file). Peak RSS of each: for ours
# printvaultd's during the release (its peak reset after the submit) and, apart, the sum of
# the peaks of its render workers (printvault-worker --render, where the pages are drawn) and
# their Ghostscripts, polled.
# And CUPS: `lp` to a private cupsd's IPP Everywhere queue for a second printer of the same
# kind, until CUPS says the job is completed (its own filters convert; it sends URF, which the
# printer lists first, where PrintVault sends PWG raster). CUPS 2.4 makes no queue for the
# tests' colour configuration alone: ippeveprinter -a lists no media-supported then, and
# CUPS's IPP Everywhere PPD generator refuses a printer without it ("PPD creation failed:
# Printer does not support required IPP attributes or document formats"), so the media are
# added here. Needs root for the private cupsd (it runs filters as "lp").
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
printf '%s\n' "ATTR keyword media-supported na_letter_8.5x11in,iso_a4_210x297mm" \
  "ATTR keyword media-default na_letter_8.5x11in" "ATTR keyword media-ready na_letter_8.5x11in" >>"$work/printer.conf"
port=$(free_port)
mkdir -p "$work/eve" "$work/eve-cups"
ippeveprinter -n localhost -p "$port" -c /bin/true -d "$work/eve" -a "$work/printer.conf" -r off Bench 2>"$work/eve.log" &
eve=$!
port_cups=$(free_port)
ippeveprinter -n localhost -p "$port_cups" -c /bin/true -d "$work/eve-cups" -a "$work/printer.conf" -r off BenchCups \
  2>"$work/eve-cups.log" &
eve_cups=$!
bench_cupsd
"$build/spooler/printvaultd" 2>"$work/daemon.log" &
pv=$!
trap 'kill $pv $eve $eve_cups $cupsd $bench_bus_pid 2>/dev/null || true' EXIT
until "$cli" status >/dev/null 2>&1; do sleep 0.05; done
bench_cups_queue Raster "ipp://localhost:$port_cups/ipp/print"

pdf="$work/50pages.pdf"
"$build/tests/pv-mkpdf" "$pdf" 50 60000
pages=50
# Timed with nothing sampling (the sampler forks every 20 ms), then released again for memory.
id=$(bench_submit "$pdf")
t0=$(now)
"$cli" jobs release "$id" --printer "ipp://localhost:$port/ipp/print" >/dev/null
t1=$(now)
pv_s=$(echo "$t1 - $t0" | bc -l)
raster=$(ls "$work/eve"/*.pwg)
cp "$raster" "$work/timed.pwg"
rm -f "$work/eve"/*.pwg
id=$(bench_submit "$pdf")
clear_peak_rss "$pv"
worker_rss_poll "$pv" "$work/workers.rss" &
poller=$!
"$cli" jobs release "$id" --printer "ipp://localhost:$port/ipp/print" >/dev/null
kill "$poller"; wait "$poller" || true
pv_rss=$(peak_rss_mb "$pv")
read -r workers_rss workers_n together <"$work/workers.rss"
raster="$work/timed.pwg"

peer() { # name command...
  local name=$1; shift
  local t0 t1 rss
  t0=$(now)
  /usr/bin/time -f %M -o "$work/time.out" "$@" >/dev/null 2>&1
  t1=$(now)
  rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$work/time.out")
  printf "%-40s %8.2f %8.2f %9s MB\n" "$name" "$(echo "$t1 - $t0" | bc -l)" "$(echo "$pages / ($t1 - $t0)" | bc -l)" "$rss"
  echo "$t1 - $t0" | bc -l >"$work/last.s"
}

printf "%-40s %8s %8s %12s\n" run "s" "pages/s" "peak RSS"
printf "%-40s %8.2f %8.2f %9s MB\n" "PrintVault release (render+send)" "$pv_s" "$(echo "$pages / $pv_s" | bc -l)" \
  "$(echo "$pv_rss + $workers_rss" | bc -l)"
printf "%-40s %8s %8s %9s MB\n" "  of which printvaultd" "" "" "$pv_rss"
printf "%-40s %8s %8s %9s MB\n" "  of which $workers_n render worker(s), summed" "" "" "$workers_rss"
printf "%-40s %8s %8s %9s MB\n" "  both sampled at once (shared files once)" "" "" "$together"
# CUPS: a 1-page job first, untimed (its filters' first run), then the 50 pages.
"$build/tests/pv-mkpdf" "$work/warm.pdf" 1 60000
cups_print Raster "$work/warm.pdf" || echo "CUPS did not print the warm-up job"
if cups_print Raster "$pdf"; then
  printf "%-40s %8.2f %8.2f %9s MB\n" "CUPS lp to an IPP Everywhere queue" "$cups_s" "$(echo "$pages / $cups_s" | bc -l)" \
    "$(echo "scale=1; $peak / 1024" | bc)"
  echo "ratio PrintVault / CUPS time: $(echo "$pv_s / $cups_s" | bc -l | cut -c1-5)"
else
  echo "CUPS did not complete the job: $(grep -E '^E' "$work/cups/log/error_log" | tail -n 2)"
fi
# pdftoppm twice: as run by hand (a PPM file per page, 26 MB each, so partly a disk test) and
# writing to /dev/null, its rendering alone; the goal is measured against the faster.
peer "pdftoppm -r 300 (PPM to files)" pdftoppm -r 300 "$pdf" "$work/ppm"
files_s=$(cat "$work/last.s")
rm -f "$work"/ppm*
peer "pdftoppm -r 300 (PPM to /dev/null)" sh -c 'exec pdftoppm -r 300 "$1" >/dev/null' sh "$pdf"
ppm_s=$(cat "$work/last.s")
peer "gs pwgraster -r300 sRGB (to a file)" gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pwgraster -r300 -dcupsColorSpace=19 \
  -sOutputFile="$work/gs.pwg" "$pdf"
gs_s=$(cat "$work/last.s")
ratio() { printf "%.2f" "$(echo "$1 / $pv_s" | bc -l)"; }
echo "printvaultd's pages/s: $(ratio "$ppm_s")x pdftoppm to /dev/null (the goal: 1.5x)," \
  "$(ratio "$files_s")x pdftoppm to files, $(ratio "$gs_s")x gs"
echo "raster sent: $(stat -c %s "$raster") bytes"
