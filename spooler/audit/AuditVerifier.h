#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace pv::audit {

// What verification found. On failure, firstBadSeq names the first record that is not as it was
// written: edited, missing, out of order, or cut off (docs/audit.md, "Verifying").
struct VerifyReport
{
    bool ok = false;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem; // "edited", "missing", "reordered", "truncated", "damaged", "bad-signature", "empty"
    QString message; // the same, for people
    QString file;    // where it was seen, when a line is to blame
    int line = 0;
    bool isExport = false;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 records = 0;
    int checkpoints = 0;
    qint64 signedThrough = 0; // the last seq a valid signature covers
};

struct VerifyInput
{
    // Log files (rotated ones and audit.log, any order), optionally the signed head (audit.head);
    // or one exported file.
    QStringList files;
    QByteArray publicKey; // raw Ed25519 public key
};

// Checks the chain of hashes across the files and every signature, with nothing but the public
// key: no keychain and no daemon. Reads the files; any thread.
VerifyReport verifyAudit(const VerifyInput &input);

// The report for people (one paragraph) and for scripts (snake_case JSON).
QString reportText(const VerifyReport &report);
QJsonObject reportJson(const VerifyReport &report);

// printvault-audit-verify's command line (also `printvault-cli audit verify`):
//   [--json] [--key PUBLIC.pem] [FILE...]
// Without files, the user's own log folder; without --key, the audit-public.pem beside the
// first file. Exit codes: 0 intact, 1 tampered or unreadable, 2 usage.
int runVerifyCommand(const QStringList &arguments, const QString &defaultFolder, FILE *out, FILE *err);

} // namespace pv::audit
