// The offline verifier's command line: files and key in, a verdict out.
#include "audit/AuditVerifier.h"
#include "vault/Signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pv::audit {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::audit::Verify)
};

// The rotated files by their first seq, audit.log, and the signed head.
QStringList folderFiles(const QString &folder)
{
    const QDir dir(folder);
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("audit-*.log")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    for (const QString &f : {QStringLiteral("audit.log"), QStringLiteral("audit.head")}) {
        if (dir.exists(f))
            out.append(dir.filePath(f));
    }
    return out;
}

void write(FILE *to, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
}

} // namespace

QString reportText(const VerifyReport &r)
{
    if (r.ok) {
        QString text =
            r.isExport
                ? Text::tr("The export is intact: records %1 to %2, signed.\n").arg(r.firstSeq).arg(r.lastSeq)
                : Text::tr("The audit log is intact: records %1 to %2, signed through record %3 "
                           "(%4 checkpoints).\n")
                      .arg(r.firstSeq)
                      .arg(r.lastSeq)
                      .arg(r.signedThrough)
                      .arg(r.checkpoints);
        if (!r.isExport && r.signedThrough < r.lastSeq)
            text +=
                Text::tr(
                    "Records after %1 are chained but not yet signed (the daemon signs within a second).\n")
                    .arg(r.signedThrough);
        return text;
    }
    QString text = r.firstBadSeq > 0
                       ? Text::tr("TAMPERED at record %1: %2\n").arg(r.firstBadSeq).arg(r.message)
                       : Text::tr("Cannot verify: %1\n").arg(r.message);
    if (!r.file.isEmpty() && r.line > 0)
        text += Text::tr("(seen in %1, line %2)\n").arg(QFileInfo(r.file).fileName()).arg(r.line);
    return text;
}

QJsonObject reportJson(const VerifyReport &r)
{
    QJsonObject o{{QStringLiteral("ok"), r.ok},
                  {QStringLiteral("export"), r.isExport},
                  {QStringLiteral("first_seq"), r.firstSeq},
                  {QStringLiteral("last_seq"), r.lastSeq},
                  {QStringLiteral("records"), r.records},
                  {QStringLiteral("checkpoints"), r.checkpoints},
                  {QStringLiteral("signed_through"), r.signedThrough}};
    if (!r.ok) {
        o.insert(QStringLiteral("first_bad_seq"), r.firstBadSeq);
        o.insert(QStringLiteral("problem"), r.problem);
        o.insert(QStringLiteral("message"), r.message);
        o.insert(QStringLiteral("file"), r.file);
        o.insert(QStringLiteral("line"), r.line);
    }
    return o;
}

int runVerifyCommand(const QStringList &arguments, const QString &defaultFolder, FILE *out, FILE *err)
{
    QStringList args = arguments;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    QString keyFile;
    if (const int i = int(args.indexOf(QStringLiteral("--key"))); i >= 0) {
        if (i + 1 >= args.size()) {
            write(err, Text::tr("audit verify: --key needs the public key's PEM file\n"));
            return 2;
        }
        keyFile = args.at(i + 1);
        args.remove(i, 2);
    }
    QStringList files;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            write(err,
                  Text::tr("audit verify: unknown option %1\nUsage: audit verify [--json] [--key PUBLIC.pem] "
                           "[FILE...]\n")
                      .arg(a));
            return 2;
        }
        if (QFileInfo(a).isDir())
            files += folderFiles(a);
        else
            files.append(a);
    }
    if (files.isEmpty())
        files = folderFiles(defaultFolder);
    if (files.isEmpty()) {
        write(err, Text::tr("audit verify: no audit files in %1\n").arg(defaultFolder));
        return 1;
    }
    // Without --key, the copy beside the log: it shows the files agree with each other and with
    // that key; only a key kept elsewhere shows the log was not rewritten with another.
    const bool besideLog = keyFile.isEmpty();
    if (besideLog)
        keyFile = QFileInfo(files.first()).absolutePath() + QStringLiteral("/audit-public.pem");
    QFile pem(keyFile);
    if (!pem.open(QIODevice::ReadOnly)) {
        write(err,
              Text::tr("audit verify: cannot read the public key %1 (give it with --key)\n").arg(keyFile));
        return 1;
    }
    auto key = crypto::ed25519PublicFromPem(pem.readAll());
    if (!key) {
        write(err, Text::tr("audit verify: %1: %2\n").arg(keyFile, key.error().message));
        return 1;
    }
    const VerifyReport report = verifyAudit({files, key.value()});
    if (json) {
        QJsonObject o = reportJson(report);
        o.insert(
            QStringLiteral("key_sha256"),
            QString::fromLatin1(QCryptographicHash::hash(key.value(), QCryptographicHash::Sha256).toHex()));
        write(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        write(out, reportText(report));
        if (besideLog)
            write(out,
                  Text::tr(
                      "Key: %1 (the copy beside the log; compare its fingerprint with one kept elsewhere)\n")
                      .arg(QString::fromLatin1(
                          QCryptographicHash::hash(key.value(), QCryptographicHash::Sha256).toHex())));
    }
    return report.ok ? 0 : 1;
}

} // namespace pv::audit
