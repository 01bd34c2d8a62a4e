#!/usr/bin/env bash
# tst_testssl: testssl.sh (Debian's) scans the MFP API on port 5571's listener, as an auditor
# would: only TLS 1.2 and 1.3 offered, forward secrecy, and no finding rated MEDIUM or worse.
# Runs inside with-keyring.sh (a private D-Bus session with gnome-keyring, a throw-away HOME).
#
# Usage: testssl_check.sh BIN_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d /tmp/pv-testssl.XXXXXX)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" PRINTVAULT_POLICY="$work/policy.ini"
printf '[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=%s\nlisten_address=127.0.0.1\n' "$port" >"$PRINTVAULT_POLICY"
"$bin/printvaultd" 2>"$work/daemon.log" &
pid=$!
for _ in $(seq 300); do
  "$bin/printvault-cli" cert show >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/daemon.log"; fail "printvaultd stopped"; }
  sleep 0.1
done
"$bin/printvault-cli" cert show >/dev/null || { cat "$work/daemon.log"; fail "the MFP API did not start"; }

# Protocols, server defaults, forward secrecy and the known vulnerabilities; --ip one keeps it
# to loopback, --sneaky to a plain user agent.
testssl --quiet --color 0 --warnings batch --ip one --sneaky --protocols --server-defaults --fs \
  --vulnerable --jsonfile "$work/testssl.json" "127.0.0.1:$port" >"$work/testssl.txt" 2>&1 || true
cat "$work/testssl.txt"
[ -s "$work/testssl.json" ] || fail "testssl.sh wrote no findings"

python3 - "$work/testssl.json" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))
by_id = {f["id"]: f for f in findings}
bad = []
def expect(fid, words):
    f = by_id.get(fid)
    if f is None or not any(w in f["finding"] for w in words):
        bad.append(f"{fid}: {f['finding'] if f else 'missing'} (expected {words[0]})")
for old in ("SSLv2", "SSLv3", "TLS1", "TLS1_1"):
    expect(old, ["not offered"])
expect("TLS1_2", ["offered"])
expect("TLS1_3", ["offered"])
if "not" in by_id.get("TLS1_2", {}).get("finding", "not") or "not" in by_id.get("TLS1_3", {}).get("finding", "not"):
    bad.append("TLS 1.2 and 1.3 must both be offered")
expect("PFS", ["offered"])
# By design, and nothing else: the daemon's own certificate is self-signed (each MFP pins its
# fingerprint when paired, docs/mfp-integration.md), so it has no chain to a CA and no CRL or
# OCSP address; an administrator's CA-issued one replaces it (mfp.install_certificate).
by_design = {"cert_chain_of_trust", "cert_revocation"}
for f in findings:
    if f["severity"] in ("MEDIUM", "HIGH", "CRITICAL") and f["id"] not in by_design:
        bad.append(f"{f['id']} [{f['severity']}]: {f['finding']}")
    if f["id"] == "scanProblem" or f["severity"] == "FATAL":
        bad.append(f"testssl.sh could not scan: {f['finding']}")
print(f"testssl.sh: {len(findings)} findings; protocols:",
      {k: by_id[k]["finding"] for k in ("SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3") if k in by_id})
if bad:
    print("FAIL:\n  " + "\n  ".join(bad))
    sys.exit(1)
print("PASS")
PY
