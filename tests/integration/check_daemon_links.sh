#!/usr/bin/env bash
# printvaultd parses and draws no document: printvault-worker does (docs/containment.md), so the
# daemon must not load Poppler, QtGui or what they pull in (fonts, X11, GL, image codecs), which
# cost it about 7 MB of resident memory. Fails naming each library that slipped in.
#   check_daemon_links.sh PRINTVAULTD
set -euo pipefail
forbidden='libpoppler|libQt6Gui|libfontconfig|libfreetype|libX11|libxcb|libEGL|libGLX|libOpenGL|liblcms2|libopenjp2|libtiff|libpng'
found=$(ldd "$1" | grep -oE "($forbidden)[^ ]*" | sort -u || true)
if [ -n "$found" ]; then
  echo "FAIL: $(basename "$1") links $(echo "$found" | tr '\n' ' ')"
  exit 1
fi
echo "ok: $(basename "$1") links no document renderer"
