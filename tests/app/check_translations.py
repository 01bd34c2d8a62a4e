#!/usr/bin/env python3
"""The translation checks: every user-facing string is marked, the catalogues are current, and
the German and Japanese ones are complete.

  check_translations.py SOURCE_DIR LUPDATE

1. lupdate, run afresh over app/, qml/ and spooler/ (daemon, core and CLI), finds no text the
   committed catalogues lack.
2. printvault_de.ts and printvault_ja.ts have no unfinished, empty or obsolete entry.
3. No QML property that people read (text, title, placeholderText, Accessible.name, ...) is set
   to a bare string literal: it must go through qsTr(). Likewise no tray menu or notification
   text in C++ is a bare literal.
4. In the spooler folders already converted (LINTED_FOLDERS), no pv::Error message is a bare
   literal: what reaches the tray or the CLI is read by people, so it goes through tr() or
   QCoreApplication::translate(). Codes stay literals. Deliberate exceptions are listed in
   ENGLISH_BY_DESIGN, by file, with the reason.
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

# The spooler folders whose user-facing messages are translated; more join as they are converted
# (localapi/, daemon/, accounting/, release/ next).
LINTED_FOLDERS = ["vault", "convert", "capture", "accounts", "config", "common", "cli", "mfp", "localapi", "daemon",
                  "accounting", "release", "signin"]
# Files in those folders whose messages stay English, and why.
ENGLISH_BY_DESIGN = {
    # The MFP HTTP API's JSON errors: the MFP's embedded app shows its own text, chosen by the
    # stable code (docs/mfp-integration.md), so the human message is for logs and developers.
    "mfp/HttpRequestParser.cpp": "MFP wire: HTTP parse errors sent to devices",
    "mfp/HttpResponse.cpp": "MFP wire: JSON error bodies",
    "mfp/HttpConnection.cpp": "MFP wire: timeouts answered to devices",
    "mfp/RequestBodies.cpp": "MFP wire: request body checks answered to devices",
    "mfp/MfpAuthRoutes.cpp": "MFP wire: pairing and sign-in answers to devices",
    "mfp/MfpIdTokenRoute.cpp": "MFP wire: ID-token sign-in answers to devices",
    # Owned by another branch; converted there.
    
}
# Single messages in otherwise translated files that stay English, by file and text.
ENGLISH_MESSAGES = {
    # MfpService authenticates HTTP requests from MFPs: these errors only go back to devices.
    "mfp/MfpService.cpp": {"a valid device token is required", "a valid session token is required",
                           "the session has expired; sign in again"},
}


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
    roots = [src / "app", src / "spooler"]
    files = [str(p) for r in roots for p in sorted(r.rglob("*.h"))] + \
            [str(p) for r in roots for p in sorted(r.rglob("*.cpp"))] + \
            [str(p) for p in sorted((src / "qml").glob("*.qml"))]
    # The include paths let lupdate resolve each file's includes, and so its tr() contexts.
    includes = ["-I", str(src / "app"), "-I", str(src / "spooler")]
    subprocess.run([lupdate, "-silent", "-locations", "none", *includes, *files, "-ts", str(fresh)],
                   check=True, stderr=subprocess.DEVNULL)
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

# 4. Bare literals as pv::Error messages in the converted spooler folders: the second member of
# an Error{...} (or `Error name{...}`) brace list written as QStringLiteral("...") or "...".
error_literal = re.compile(
    r'\bError\s*\w*\s*\{\s*(?:QStringLiteral\(\s*"[^"]*"\s*\)|[\w:.()]+)\s*,\s*'
    r'(?:QStringLiteral|QLatin1String)?\(?\s*"((?:[^"\\]|\\.)*)"')
# Status and job messages set from literals (ServiceStatus::set, IPP job-state-message).
status_literal = re.compile(r'\b(?:m_status\.set|papplJobSetMessage)\([^;"\n]*(?<!tr\()(?<!translate\()"((?:[^"\\]|\\.)*)"')
spooler_files = 0
for folder in LINTED_FOLDERS:
    for cpp in sorted((src / "spooler" / folder).glob("*.[ch]*")):
        rel = f"{folder}/{cpp.name}"
        if rel in ENGLISH_BY_DESIGN:
            continue
        spooler_files += 1
        text = cpp.read_text(encoding="utf-8")
        allowed = ENGLISH_MESSAGES.get(rel, set())
        for pattern, what in ((error_literal, "pv::Error message"), (status_literal, "status message")):
            for m in pattern.finditer(text):
                if m.group(1) in allowed or not re.search(r"[A-Za-z]{2}", m.group(1)):
                    continue
                n = text.count("\n", 0, m.start()) + 1
                failures.append(f"spooler/{rel}:{n}: untranslated {what}: \"{m.group(1)}\" "
                                "(use tr() or QCoreApplication::translate())")
if spooler_files == 0:
    failures.append("the spooler lint found no files to check")

for f in failures:
    print("FAIL:", f)
checked = len(extracted)
print(f"{checked} texts checked, {spooler_files} spooler files linted, {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
