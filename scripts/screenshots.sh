#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/*.png) with `printvault --screenshot` over a
# live daemon in a throw-away home: two held jobs, a saved ippeveprinter that one job was
# released to (so the quota page has usage), a monthly quota and the MFP API on loopback.
set -euo pipefail
source "$(dirname "$0")/../bench/common.sh"
bench_in_keyring_session "$0"

work=$PV_BENCH_INNER
mfp_port=$(free_port)
bench_daemon_env "[quota]\nmonthly_pages=200\nmonthly_color_pages=50\n[mfp]\nlisten_address=127.0.0.1\nport=$mfp_port\n"
bench_system_bus
ipp_port=$(free_port)
ippeveprinter -p "$ipp_port" -f application/pdf -2 -c /bin/true -r off "3rd floor" >/dev/null 2>&1 &
printer=$!
"$build/spooler/printvaultd" 2>"$work/daemon.log" &
daemon=$!
trap 'kill $daemon $printer $bench_bus_pid 2>/dev/null; wait 2>/dev/null' EXIT
cli="$build/spooler/printvault-cli"
for _ in $(seq 600); do "$cli" status >/dev/null 2>&1 && break; sleep 0.1; done

"$build/tests/pv-mkpdf" "$work/a.pdf" 3 20000 >/dev/null
"$build/tests/pv-mkpdf" "$work/b.pdf" 12 >/dev/null
"$build/tests/pv-mkpdf" "$work/c.pdf" 5 >/dev/null
"$cli" submit "$work/c.pdf" --title "Board minutes" >/dev/null
"$cli" submit "$work/a.pdf" --title "Quarterly report.pdf" >/dev/null
"$cli" submit "$work/b.pdf" --title "Travel expenses" --copies 2 >/dev/null
for _ in $(seq 100); do
  "$cli" printers add "ipp://localhost:$ipp_port/ipp/print" --name "3rd floor" >/dev/null 2>&1 && break
  sleep 0.1 # ippeveprinter is still starting
done
first=$("$cli" --json jobs list | python3 -c 'import json,sys; print(json.load(sys.stdin)["jobs"][0]["id"])')
"$cli" jobs release "$first" --printer "3rd floor" >/dev/null

out="$repo/docs/screenshots"
mkdir -p "$out"
for page in jobs quota devices activity settings; do
  QT_QPA_PLATFORM=offscreen "$build/app/printvault" --no-start-daemon --screenshot "$out/$page.png" --page "$page"
  echo "wrote $out/$page.png"
done
