#!/usr/bin/env bash
# The tray app and the CLI talk to the daemon through printvault-client (Qt Core and Network)
# and must not load what only the spooler needs. Fails naming each library that slipped in.
#   check_links.sh BINARY...
set -euo pipefail
forbidden='libpoppler|libqpdf|libcups|libpappl|libcrypto|libssl|libQt6Sql|libqt6keychain|libhttp_parser'
status=0
for binary in "$@"; do
  found=$(ldd "$binary" | grep -oE "($forbidden)[^ ]*" | sort -u || true)
  if [ -n "$found" ]; then
    echo "FAIL: $(basename "$binary") links $(echo "$found" | tr '\n' ' ')"
    status=1
  else
    echo "ok: $(basename "$binary") links none of the spooler's libraries"
  fi
done
exit $status
