#include "audit/AuditFormat.h"

#include <QCryptographicHash>

namespace pv::audit {

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray lineHash(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

QByteArray checkpointMessage(qint64 seq, const QByteArray &head)
{
    return "printvault-audit-checkpoint-v1\n" + QByteArray::number(seq) + '\n' + head + '\n';
}

QByteArray exportMessage(const ExportHeader &h)
{
    return "printvault-audit-export-v1\n" + QByteArray::number(h.firstSeq) + '\n' + h.prev + '\n' +
           QByteArray::number(h.lastSeq) + '\n' + h.head + '\n' + (h.masked ? "masked\n" : "clear\n");
}

QJsonObject exportJson(const ExportHeader &h)
{
    return QJsonObject{
        {QStringLiteral("first_seq"), h.firstSeq}, {QStringLiteral("prev"), QString::fromLatin1(h.prev)},
        {QStringLiteral("last_seq"), h.lastSeq},   {QStringLiteral("head"), QString::fromLatin1(h.head)},
        {QStringLiteral("masked"), h.masked},      {QStringLiteral("v"), FormatVersion}};
}

ExportHeader exportFromJson(const QJsonObject &json)
{
    ExportHeader h;
    h.firstSeq = json.value(QStringLiteral("first_seq")).toInteger();
    h.prev = json.value(QStringLiteral("prev")).toString().toLatin1();
    h.lastSeq = json.value(QStringLiteral("last_seq")).toInteger();
    h.head = json.value(QStringLiteral("head")).toString().toLatin1();
    h.masked = json.value(QStringLiteral("masked")).toBool();
    return h;
}

const QList<QPair<QString, QString>> &maskedFields()
{
    static const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("actor"), QStringLiteral("account")},
        {QStringLiteral("actor"), QStringLiteral("identity")},
        {QStringLiteral("details"), QStringLiteral("title")},
        {QStringLiteral("details"), QStringLiteral("printer")},
        {QStringLiteral("details"), QStringLiteral("user")},
    };
    return fields;
}

} // namespace pv::audit
