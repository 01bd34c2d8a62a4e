#!/usr/bin/env python3
"""The translation checks: every user-facing string is marked, the catalogues are current, and
the German and Japanese ones are complete.

  check_translations.py SOURCE_DIR LUPDATE

1. lupdate, run afresh over app/ and qml/, finds no text the committed catalogues lack.
2. printvault_de.ts and printvault_ja.ts have no unfinished, empty or obsolete entry.
3. No QML property that people read (text, title, placeholderText, Accessible.name, ...) is set
   to a bare string literal: it must go through qsTr(). Likewise no tray menu or notification
   text in C++ is a bare literal.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

src = Path(sys.argv[1])
lupdate = sys.argv[2]
failures = []


def messages(ts):
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m
    return out


# 1. A fresh extraction against the committed catalogue.
with tempfile.TemporaryDirectory() as tmp:
    fresh = Path(tmp) / "fresh.ts"
    # Headers first: lupdate learns the namespaces there.
    files = [str(p) for p in sorted((src / "app").rglob("*.h"))] + \
            [str(p) for p in sorted((src / "app").rglob("*.cpp"))] + \
            [str(p) for p in sorted((src / "qml").glob("*.qml"))]
    subprocess.run([lupdate, "-silent", "-locations", "none", *files, "-ts", str(fresh)], check=True,
                   stderr=subprocess.DEVNULL)
    extracted = messages(fresh)
# By text: a file list gives lupdate no include paths, so its C++ context names can differ.
committed = {text for (_, text) in messages(src / "translations" / "printvault_de.ts")}
for (_, text) in extracted:
    if text not in committed:
        failures.append(f"not in the catalogues (run the update_translations target): {text!r}")
if not extracted:
    failures.append("lupdate found no strings at all")

# 2. Complete catalogues.
for lang in ("de", "ja"):
    for key, m in messages(src / "translations" / f"printvault_{lang}.ts").items():
        t = m.find("translation")
        kind = t.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            failures.append(f"{lang}: {kind}: {key}")
        forms = t.findall("numerusform")
        if m.get("numerus") == "yes":
            if not forms or any(not (f.text or "").strip() for f in forms):
                failures.append(f"{lang}: missing plural form: {key}")
        elif not (t.text or "").strip():
            failures.append(f"{lang}: empty: {key}")

# 3. Bare literals where people read them.
qml_prop = re.compile(r'\b(text|title|placeholderText|label|Accessible\.name|Accessible\.description)\s*:\s*"([^"]*)"')
for qml in sorted((src / "qml").glob("*.qml")):
    for n, line in enumerate(qml.read_text(encoding="utf-8").splitlines(), 1):
        for m in qml_prop.finditer(line):
            # An example address is not prose to translate.
            if re.search(r"[A-Za-z]{2}", m.group(2)) and "://" not in m.group(2):
                failures.append(f"{qml.name}:{n}: unmarked {m.group(1)}: \"{m.group(2)}\"")
cpp_call = re.compile(r'\b(addAction|setTitle|setToolTip|showMessage|setText)\(\s*QStringLiteral\("([^"]*)"')
for cpp in sorted((src / "app").rglob("*.cpp")):
    for n, line in enumerate(cpp.read_text(encoding="utf-8").splitlines(), 1):
        for m in cpp_call.finditer(line):
            if re.search(r"[A-Za-z]{2}", m.group(2)):
                failures.append(f"{cpp.name}:{n}: unmarked {m.group(1)}: \"{m.group(2)}\"")

for f in failures:
    print("FAIL:", f)
checked = len(extracted)
print(f"{checked} texts checked, {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
