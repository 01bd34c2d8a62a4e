// Reading the audit log back: the newest records for the Activity list, and signed exports.
#include "audit/AuditFormat.h"
#include "audit/AuditLog.h"
#include "common/SecureFiles.h"
#include "vault/Signing.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pv::audit {

namespace {

struct RecordLine
{
    QByteArray bytes;
    QJsonObject json;
};

QList<RecordLine> recordLines(const QString &path)
{
    QList<RecordLine> out;
    auto contents = files::readFile(path);
    if (!contents)
        return out;
    for (const QByteArray &line : contents.value().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("seq")).isDouble())
            out.append(RecordLine{line, o});
    }
    return out;
}

QStringList logFiles(const QStringList &all)
{
    QStringList out;
    for (const QString &f : all) {
        if (f.endsWith(QLatin1String(".log")))
            out.append(f);
    }
    return out;
}

QDateTime timeOf(const QJsonObject &record)
{
    return QDateTime::fromString(record.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
}

} // namespace

Result<QList<QJsonObject>> AuditLog::recent(int limit) const
{
    QList<QJsonObject> out;
    const QStringList files = logFiles(this->files());
    // Newest file first; each file's records newest first.
    for (auto file = files.crbegin(); file != files.crend() && out.size() < limit; ++file) {
        const QList<RecordLine> lines = recordLines(*file);
        for (auto it = lines.crbegin(); it != lines.crend() && out.size() < limit; ++it)
            out.append(it->json);
    }
    return out;
}

// The records from the first at or after `from` to the last at or before `to`, and all between,
// so the export is one unbroken stretch of the chain. Masking rewrites names, and with them the
// hashes; either way a signed header vouches for what is exported.
Result<QByteArray> AuditLog::exportRecords(const ExportRange &range) const
{
    if (!hasKeys())
        return Error{QStringLiteral("vault-locked"),
                     QCoreApplication::translate("pv::audit", "The audit keys are not open yet.")};
    QList<RecordLine> picked;
    for (const QString &file : logFiles(files())) {
        for (const RecordLine &line : recordLines(file)) {
            const QDateTime t = timeOf(line.json);
            if (picked.isEmpty() && range.from.isValid() && t < range.from)
                continue;
            if (range.to.isValid() && t > range.to)
                continue;
            picked.append(line);
        }
    }
    if (picked.isEmpty())
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("pv::audit", "The audit log has no records in that range.")};
    ExportHeader header;
    header.firstSeq = picked.first().json.value(QStringLiteral("seq")).toInteger();
    header.prev = picked.first().json.value(QStringLiteral("prev")).toString().toLatin1();
    header.masked = range.masked || m_options.maskNames;
    QByteArray body;
    QByteArray prev = header.prev;
    qint64 seq = header.firstSeq;
    for (const RecordLine &line : picked) {
        QByteArray bytes = line.bytes;
        QJsonObject json = line.json;
        if (json.value(QStringLiteral("seq")).toInteger() != seq)
            break; // a gap: the export ends where the stretch does
        if (range.masked)
            json = maskedCopy(json);
        if (json != line.json || json.value(QStringLiteral("prev")).toString().toLatin1() != prev) {
            json.insert(QStringLiteral("prev"), QString::fromLatin1(prev));
            bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        prev = lineHash(bytes);
        body += bytes + '\n';
        header.lastSeq = seq++;
    }
    header.head = prev;
    auto sig = crypto::ed25519Sign(m_signingSeed, exportMessage(header));
    if (!sig)
        return sig.error();
    const QJsonObject first{{QStringLiteral("export"), exportJson(header)},
                            {QStringLiteral("sig"), QString::fromLatin1(sig->toBase64())}};
    return QByteArray(QJsonDocument(first).toJson(QJsonDocument::Compact) + '\n' + body);
}

} // namespace pv::audit
