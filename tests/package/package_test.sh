#!/usr/bin/env bash
# tst_package: builds printvault_<version>_amd64.deb from a clean clone of this tree, runs
# lintian, installs it into this system with apt-get, prints through the system cupsd as a real
# test account, and removes, purges and reinstalls it. It changes /usr, /etc and the system's
# CUPS, so ctest runs it alone (RUN_SERIAL) and it undoes everything on exit.
#
# Usage: package_test.sh SOURCE_DIR [DEB]   (DEB: test this package instead of building one)
# Needs root (CI runs as root); exits 77 (skipped) otherwise. The user's daemon is started by
# hand with systemd-socket-activate, which passes ipp.sock as printvaultd.socket would: the
# machines here have no systemd user sessions.
set -euo pipefail

src=$(cd "$1" && pwd)
deb=${2:-${PRINTVAULT_TEST_DEB:-}}
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: tst_package installs the .deb into this system and needs root (CI runs as root)"
  exit 77
fi
if dpkg-query -W -f='${Status}' printvault 2>/dev/null | grep -q 'installed'; then
  echo "SKIP: printvault is installed on this machine already; tst_package would remove it"
  exit 77
fi

sock=/run/cups/cups.sock
work=$(mktemp -d /tmp/pv-package.XXXXXX)
chmod 755 "$work"
user=pvpkg$$
cupsd_pid=
daemon_pid=
uid=
made_default_queue=

log() { echo "== $*"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
lpq() { LC_ALL=C lpstat -h "$sock" "$@" 2>&1 || true; }
scheduler_up() { lpq -r | grep -q '^scheduler is running'; }

cleanup() {
  set +e
  if [ -n "$daemon_pid" ]; then
    kill "$daemon_pid" 2>/dev/null
    sleep 1
  fi
  if dpkg-query -W -f='${Status}' printvault 2>/dev/null | grep -q 'installed\|config-files'; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq printvault >/dev/null 2>&1
  fi
  [ -n "$made_default_queue" ] && lpadmin -h "$sock" -x PvTestDefault 2>/dev/null
  if [ -n "$cupsd_pid" ]; then
    kill "$cupsd_pid" 2>/dev/null
    wait "$cupsd_pid" 2>/dev/null
  fi
  if id "$user" >/dev/null 2>&1; then
    userdel -r "$user" >/dev/null 2>&1
    rm -rf "/run/user/$uid"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

start_cupsd() {
  cupsd -f &
  cupsd_pid=$!
  for _ in $(seq 100); do
    scheduler_up && return 0
    sleep 0.1
  done
  fail "the system cupsd did not start"
}

stop_cupsd() {
  kill "$cupsd_pid"
  wait "$cupsd_pid" 2>/dev/null || true
  cupsd_pid=
  for _ in $(seq 100); do
    scheduler_up || return 0
    sleep 0.1
  done
}

# --- the package, from a clean clone
if [ -z "$deb" ]; then
  log "building the package from a clean clone of $src"
  git clone -q --no-local "$src" "$work/src"
  deb=$(PRINTVAULT_DEB_BUILD_DIR="$work/build" bash "$work/src/scripts/build-deb.sh" | tail -n 1)
fi
[ -f "$deb" ] || fail "no package at '$deb'"
case "$(basename "$deb")" in
  printvault_*_amd64.deb) ;;
  *) fail "the package is named $(basename "$deb"), not printvault_<version>_amd64.deb" ;;
esac
cp "$deb" "$work/" && deb="$work/$(basename "$deb")"
log "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

log "lintian"
lintian --no-tag-display-limit --info "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then
  fail "lintian reports errors"
fi
# Every warning that remains is explained in installer/README.md.
for tag in $(sed -n 's/^W: printvault[^:]*: \([^ ]*\).*/\1/p' "$work/lintian.txt" | sort -u); do
  grep -q -- "\`$tag\`" "$src/installer/README.md" || fail "lintian warning $tag is not explained in installer/README.md"
done

# --- CUPS: the system's own scheduler. Without systemd here, start it by hand when it is down,
# and first install without it, as in a chroot: postinst must skip the queue and say how.
started_cupsd=no
if ! scheduler_up; then
  started_cupsd=yes
fi

export DEBIAN_FRONTEND=noninteractive
if [ "$started_cupsd" = yes ]; then
  log "apt-get install with cupsd stopped"
  apt-get install -y -q --no-install-recommends "$deb" >"$work/install0.log" 2>&1 ||
    { cat "$work/install0.log"; fail "apt-get install failed"; }
  grep -q 'dpkg-reconfigure printvault' "$work/install0.log" ||
    { cat "$work/install0.log"; fail "postinst did not say how to add the queue later"; }
  start_cupsd
  log "an existing default printer stays the default"
  lpadmin -h "$sock" -p PvTestDefault -E -v socket://127.0.0.1:9 -m raw >/dev/null 2>&1
  lpadmin -h "$sock" -d PvTestDefault
  made_default_queue=yes
  if ! lpq -d | grep -q PvTestDefault; then
    echo "note: this cupsd reports no default after lpadmin -d; the default-printer check is skipped"
    default_set=no
  fi
  # As on a machine whose default was set long ago: cupsd has written it to printers.conf
  # (it writes at most every DirtyCleanInterval, 30 s by default).
  for _ in $(seq 600); do
    grep -q '<DefaultPrinter PvTestDefault>' /etc/cups/printers.conf && break
    sleep 0.1
  done
  dpkg-reconfigure printvault
else
  log "apt-get install (cupsd running)"
  apt-get install -y -q --no-install-recommends "$deb" >"$work/install0.log" 2>&1 ||
    { cat "$work/install0.log"; fail "apt-get install failed"; }
fi
cat "$work/install0.log" | grep -i printvault || true

log "the queue"
lpq -v | grep -qx 'device for PrintVault: printvault:/' || { lpq -v; fail "no PrintVault queue with printvault:/"; }
lpoptions -h "$sock" -p PrintVault | grep -q 'printer-is-shared=false' || fail "the queue is shared"
if [ -n "$made_default_queue" ] && [ "${default_set:-yes}" = yes ]; then
  lpq -d | grep -q 'PvTestDefault' || { lpq -d; fail "postinst replaced the existing default printer"; }
fi

# --- every installed file: owner and mode
log "installed files (owner, mode)"
dpkg -L printvault | sort | while read -r path; do
  [ "$path" = /. ] && continue
  [ -e "$path" ] || [ -L "$path" ] || fail "$path is listed but missing"
  stat -c '%U:%G %a %n' "$path"
done | tee "$work/files.txt"
while read -r owner mode path; do
  [ "$owner" = root:root ] || fail "$path is owned by $owner"
  if [ -L "$path" ]; then
    expected=777
  elif [ -d "$path" ]; then
    expected=755
  else
    case "$path" in
      /usr/lib/cups/backend/printvault) expected=700 ;; # CUPS runs a 0700 backend as root
      /usr/bin/* | /usr/libexec/*) expected=755 ;;
      *) expected=644 ;;
    esac
  fi
  [ "$mode" = "$expected" ] || fail "$path has mode $mode, expected $expected"
done <"$work/files.txt"
for f in /usr/bin/printvaultd /usr/bin/printvault /usr/bin/printvault-cli /usr/lib/cups/backend/printvault \
  /usr/lib/systemd/user/printvaultd.service /usr/lib/systemd/user/printvaultd.socket \
  /etc/xdg/autostart/printvault.desktop /etc/printvault/policy.ini /usr/share/doc/printvault/copyright \
  /usr/share/doc/printvault/changelog.Debian.gz /usr/share/man/man8/printvaultd.8.gz \
  /usr/share/man/man5/printvault-policy.5.gz /usr/share/bash-completion/completions/printvault-cli; do
  grep -q " $f\$" "$work/files.txt" || fail "the package does not install $f"
done
[ -d /etc/printvault/policy.d ] || fail "no /etc/printvault/policy.d"
dpkg-query -W -f='${Conffiles}\n' printvault | grep -q '/etc/printvault/policy.ini' || fail "policy.ini is not a conffile"
for unit in printvaultd.socket printvaultd.service; do
  ls /etc/systemd/user/*.wants/"$unit" >/dev/null 2>&1 || fail "$unit is not enabled for users"
done
# The unit checker needs a user manager; without one (containers) it cannot run.
if command -v systemd-analyze >/dev/null 2>&1 && [ -n "${XDG_RUNTIME_DIR:-}" ]; then
  systemd-analyze verify --user /usr/lib/systemd/user/printvaultd.socket /usr/lib/systemd/user/printvaultd.service
else
  echo "note: no systemd user manager here; the units are not checked by systemd-analyze"
fi

# --- policy show / validate with the installed CLI
log "policy"
printvault-cli policy validate /etc/printvault/policy.ini
printf '[vault]\nretention_hours=24\n' >/etc/printvault/policy.d/50-test.ini
printvault-cli --json policy show >"$work/policy.json"
python3 - "$work/policy.json" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["policy_files"] == ["/etc/printvault/policy.ini", "/etc/printvault/policy.d/50-test.ini"], doc["policy_files"]
s = {x["key"]: x for x in doc["settings"]}
r = s["vault/retention_hours"]
assert (r["value"], r["set_by"], r["file"], r["locked"]) == (24, "policy", "/etc/printvault/policy.d/50-test.ini", True), r
assert s["vault/max_size_mb"]["set_by"] == "default", s["vault/max_size_mb"]
EOF
printf '[vault]\nretention_hours=forever\n[mfp]\nprot=5571\n' >"$work/bad.ini"
if printvault-cli policy validate "$work/bad.ini" 2>"$work/bad.txt"; then
  fail "a bad policy file validated"
fi
grep -q "vault/retention_hours" "$work/bad.txt" && grep -q "mfp/prot" "$work/bad.txt" ||
  { cat "$work/bad.txt"; fail "validate did not name each bad key"; }

# --- a real account prints with lp; its daemon gets the job through the installed backend
log "printing as a test account"
[ -x /usr/lib/cups/backend/printvault ] || fail "the package has no printvault CUPS backend"
useradd -m -s /bin/sh "$user"
uid=$(id -u "$user")
home=$(getent passwd "$user" | cut -d: -f6)
mkdir -m 700 "/run/user/$uid" 2>/dev/null || mkdir -p -m 700 "/run/user/$uid"
chown "$user:" "/run/user/$uid"
as_user() { runuser -u "$user" -- env HOME="$home" XDG_RUNTIME_DIR="/run/user/$uid" "$@"; }

# The daemon, started the way printvaultd.socket starts it: systemd-socket-activate holds
# ipp.sock and runs printvaultd when the first job connects. Its keychain is a gnome-keyring in
# a D-Bus session of its own, unlocked with a password, so it opens again after a restart.
start_daemon() {
  as_user mkdir -p -m 700 "/run/user/$uid/printvault"
  pidfile="/run/user/$uid/pv-test-daemon.pid"
  rm -f "$pidfile"
  runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="/run/user/$uid" \
    dbus-run-session -- sh -c '
      printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
      echo $$ >"$0"
      exec systemd-socket-activate -l "$XDG_RUNTIME_DIR/printvault/ipp.sock" \
        -E HOME -E XDG_RUNTIME_DIR -E DBUS_SESSION_BUS_ADDRESS -E PATH /usr/bin/printvaultd' \
    "$pidfile" >>"$work/daemon.log" 2>&1 &
  for _ in $(seq 100); do
    [ -s "$pidfile" ] && [ -S "/run/user/$uid/printvault/ipp.sock" ] && break
    sleep 0.1
  done
  daemon_pid=$(cat "$pidfile")
}
stop_daemon() {
  [ -n "$daemon_pid" ] || return 0
  kill "$daemon_pid" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$daemon_pid" 2>/dev/null || break
    sleep 0.1
  done
  daemon_pid=
}
held_jobs() {
  local out
  out=$(as_user printvault-cli --json jobs list 2>/dev/null) || out='{"jobs": []}'
  echo "$out"
}
wait_for_held() {
  for _ in $(seq 300); do
    n=$(held_jobs | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["jobs"]))')
    [ "$n" -ge "$1" ] && return 0
    sleep 0.2
  done
  cat "$work/daemon.log"
  fail "no held job reached the daemon"
}

chmod 755 "$work"
pdf="$work/report.pdf"
cp "$src/tests/package/report.pdf" "$pdf" 2>/dev/null ||
  gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile="$pdf" -c '/Helvetica findfont 24 scalefont setfont 72 700 moveto (PrintVault package test) show showpage'
chmod 644 "$pdf"
want=$(sha256sum <"$pdf" | cut -d' ' -f1)
start_daemon
# Nothing runs yet: the job below is what starts printvaultd.
pgrep -u "$user" -x printvaultd >/dev/null && fail "printvaultd runs before any job"
as_user lp -h "$sock" -d PrintVault -t "Package test" "$pdf"
wait_for_held 1
job=$(held_jobs | python3 -c 'import json,sys; print(json.load(sys.stdin)["jobs"][0]["id"])')
as_user printvault-cli jobs export "$job" - | sha256sum | grep -q "^$want " || fail "the held job's bytes differ"
echo "held job $job, SHA-256 $want"
# The daemon holds the master key: it writes no core file, and other processes of the same
# account cannot read its memory (non-dumpable: /proc/PID's files belong to root, not the account).
dpid=$(pgrep -u "$user" -x printvaultd | head -n 1)
[ -n "$dpid" ] || fail "no printvaultd of $user runs"
grep -Eq '^Max core file size +0 +0 ' "/proc/$dpid/limits" || { cat "/proc/$dpid/limits"; fail "printvaultd may write core files"; }
[ "$(stat -c %u "/proc/$dpid/mem")" = 0 ] || fail "printvaultd is dumpable: /proc/$dpid/mem belongs to uid $(stat -c %u "/proc/$dpid/mem")"
runuser -u "$user" -- cat "/proc/$dpid/environ" >/dev/null 2>&1 && fail "another process of $user reads printvaultd's /proc/$dpid/environ"

# --- reinstalling over itself keeps the held job and the queue
log "reinstall over itself"
stop_daemon
apt-get install -y -q --reinstall "$deb" >"$work/reinstall.log" 2>&1 ||
  { cat "$work/reinstall.log"; fail "reinstall failed"; }
lpq -v | grep -qx 'device for PrintVault: printvault:/' || fail "reinstall lost the queue"
start_daemon
# The socket activation again: a status request goes to api.sock, which is not activated, so
# wake the daemon with a second job first.
as_user lp -h "$sock" -d PrintVault -t "Second" "$pdf"
wait_for_held 2
as_user printvault-cli jobs export "$job" - | sha256sum | grep -q "^$want " || fail "the job changed over the reinstall"
as_user printvault-cli --json status | grep -q '"vault/retention_hours"' || fail "the daemon does not report the policy's lock"
stop_daemon

# --- remove: no queue, backend, unit or autostart entry; the policy stays until purge
log "apt-get remove"
apt-get remove -y -q printvault >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "remove failed"; }
lpq -v | grep -q 'printvault:/' && fail "the queue is still there after remove"
for f in /usr/lib/cups/backend/printvault /usr/lib/systemd/user/printvaultd.service \
  /usr/lib/systemd/user/printvaultd.socket /etc/xdg/autostart/printvault.desktop /usr/bin/printvaultd; do
  [ -e "$f" ] || [ -L "$f" ] && fail "$f is still there after remove"
done
ls /etc/systemd/user/*/printvaultd.* 2>/dev/null && fail "enable links are still there after remove"
[ -f /etc/printvault/policy.ini ] || fail "remove took the policy (only purge should)"

log "apt-get purge"
apt-get purge -y -q printvault >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge failed"; }
cat "$work/purge.log" | grep printvault: || true
[ -e /etc/printvault ] && fail "/etc/printvault is still there after purge"
grep -q 'local/share/printvault' "$work/purge.log" || fail "purge did not say where the vaults are"
[ -d "$home/.local/share/printvault" ] || fail "purge removed a user's vault"

# --- an upgrade keeps every held job and setting, and upgrades the vault index's schema.
# The older release is this build repacked as 0.0.9-1, so the maintainer scripts run their
# upgrade paths; its users' index is put back to schema 1, as PrintVault 0.0.x wrote it. Its
# row MACs (schema 6) stay: making them again needs the master key, which is in the keychain; the
# upgrade then skips adding the column it already has (SqliteDb), and tst_vault covers a real
# schema-1 index with its old key check.
log "upgrade from 0.0.9-1"
dpkg-deb -R "$deb" "$work/old"
sed -i 's/^Version: .*/Version: 0.0.9-1/' "$work/old/DEBIAN/control"
dpkg-deb -b --root-owner-group "$work/old" "$work/printvault_0.0.9-1_amd64.deb" >/dev/null
apt-get install -y -q "$work/printvault_0.0.9-1_amd64.deb" >"$work/old.log" 2>&1 ||
  { cat "$work/old.log"; fail "installing 0.0.9-1 failed"; }
printf '\n[vault]\nretention_hours=36\n' >>/etc/printvault/policy.ini
index="$home/.local/share/printvault/vault/index.sqlite"
[ -f "$index" ] || fail "no vault index at $index"
as_user python3 - "$index" <<'EOF2'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for sql in ("ALTER TABLE jobs DROP COLUMN color_overrides", "ALTER TABLE jobs DROP COLUMN enc_org",
            "DROP TABLE IF EXISTS outbox", "ALTER TABLE jobs DROP COLUMN page_ranges",
            "PRAGMA user_version=1"):
    db.execute(sql)
db.commit()
db.close()
EOF2
apt-get install -y -q "$deb" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; fail "the upgrade failed"; }
grep -q "Unpacking printvault (.*) over (0.0.9-1)" "$work/upgrade.log" || { cat "$work/upgrade.log"; fail "apt-get did not upgrade 0.0.9-1"; }
lpq -v | grep -qx 'device for PrintVault: printvault:/' || fail "the upgrade lost the queue"
grep -q '^retention_hours=36' /etc/printvault/policy.ini || fail "the upgrade replaced the administrator's policy.ini"
start_daemon
as_user lp -h "$sock" -d PrintVault -t "After the upgrade" "$pdf"
wait_for_held 3
as_user printvault-cli jobs export "$job" - | sha256sum | grep -q "^$want " || fail "the upgrade changed a held job"
as_user printvault-cli --json policy show | python3 -c '
import json, sys
s = {x["key"]: x for x in json.load(sys.stdin)["settings"]}
assert s["vault/retention_hours"]["value"] == 36, s["vault/retention_hours"]' || fail "the upgraded daemon lost the policy"
stop_daemon
# The schema of the tree the package was built from (the clone, when this test made one).
tree=$src
[ -d "$work/src" ] && tree=$work/src
schema=$(sed -n 's/^constexpr int SchemaVersion = \([0-9]*\);/\1/p' "$tree/spooler/vault/JobIndex.cpp")
got=$(as_user python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$index")
[ "$got" = "$schema" ] || fail "the index has schema $got after the upgrade, expected $schema"
echo "upgraded 0.0.9-1 to $(dpkg-query -W -f='${Version}' printvault): job $job kept, index schema 1 -> $got"

echo "PASS"
