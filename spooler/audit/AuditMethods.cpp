#include "audit/AuditMethods.h"

#include "audit/AuditFormat.h"
#include "audit/AuditLog.h"
#include "release/PrinterStore.h"
#include "vault/Signing.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace pv::audit {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::audit::AuditMethods)
};

Error badParam(const QString &name, const QString &message)
{
    return Error{QStringLiteral("bad-request"), message, {{QStringLiteral("param"), name}}};
}

Error keysMissing()
{
    return Error{QStringLiteral("vault-locked"), Text::tr("The audit log's keys are not open yet.")};
}

// A day ("2026-12-01", its start or end in UTC) or a moment (ISO 8601).
QDateTime parseBound(const QString &text, bool end)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return end ? QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(day, QTime(0, 0), Qt::UTC);
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Masked names are shown again where this user's own data still holds them: the titles of held
// jobs, the saved printers. Anything else stays unnamed.
QHash<QString, QString> knownNames(const AuditLog &log, const AuditMethodContext &c)
{
    QStringList names{c.owner};
    if (c.vault && c.vault->isUnlocked()) {
        if (auto jobs = c.vault->jobs()) {
            for (const JobRecord &job : jobs.value())
                names.append(job.request.title);
        }
    }
    if (c.printers) {
        for (const auto &p : c.printers->list())
            names << p.name << QUrl(p.uri).host();
    }
    QHash<QString, QString> out;
    for (const QString &name : names) {
        if (!name.isEmpty())
            out.insert(log.mask(name), name);
    }
    return out;
}

QString unmasked(const QString &value, const QHash<QString, QString> &known)
{
    if (!value.startsWith(QLatin1String(MaskPrefix)))
        return value;
    return known.value(value);
}

// One record as the tray's Activity list shows it: structured, so the tray words it itself.
QJsonObject activityItem(const QJsonObject &r, const QHash<QString, QString> &known)
{
    const QJsonObject details = r.value(QStringLiteral("details")).toObject();
    const QJsonObject actor = r.value(QStringLiteral("actor")).toObject();
    QJsonObject item{{QStringLiteral("seq"), r.value(QStringLiteral("seq"))},
                     {QStringLiteral("time"), r.value(QStringLiteral("time"))},
                     {QStringLiteral("event"), r.value(QStringLiteral("event"))},
                     {QStringLiteral("outcome"), r.value(QStringLiteral("outcome"))}};
    const auto copy = [&item](const char *key, const QJsonValue &v) {
        if (!v.isUndefined() && !(v.isString() && v.toString().isEmpty()))
            item.insert(QLatin1String(key), v);
    };
    copy("reason", r.value(QStringLiteral("reason")));
    copy("job_id", r.value(QStringLiteral("job_id")));
    copy("device_name", actor.value(QStringLiteral("device_name")));
    copy("impressions", details.value(QStringLiteral("impressions")));
    copy("pages", details.value(QStringLiteral("pages")));
    copy("method", details.value(QStringLiteral("method")));
    copy("title", unmasked(details.value(QStringLiteral("title")).toString(), known));
    copy("printer", unmasked(details.value(QStringLiteral("printer")).toString(), known));
    return item;
}

void activity(const AuditMethodContext &c, const QJsonObject &p, const localapi::MethodReply &done)
{
    const int limit = p.value(QStringLiteral("limit")).toInt(50);
    if (limit < 1 || limit > 500) {
        done(badParam(QStringLiteral("limit"), Text::tr("The limit must be from 1 to 500.")));
        return;
    }
    if (!c.log->hasKeys()) {
        done(keysMissing());
        return;
    }
    // Read more than asked: the daemon's own records (audit.*) and other people's sign-in
    // attempts are left out.
    auto records = c.log->recent(limit * 4);
    if (!records) {
        done(records.error());
        return;
    }
    const QHash<QString, QString> known = knownNames(*c.log, c);
    const QSet<QString> me{c.owner, c.log->mask(c.owner)};
    QJsonArray items;
    for (const QJsonObject &r : records.value()) {
        const QString account =
            r.value(QStringLiteral("actor")).toObject().value(QStringLiteral("account")).toString();
        if (r.value(QStringLiteral("event")).toString().startsWith(QLatin1String("audit.")) ||
            (!account.isEmpty() && !me.contains(account)))
            continue;
        items.append(activityItem(r, known));
        if (items.size() >= limit)
            break;
    }
    done(QJsonObject{{QStringLiteral("events"), items}});
}

void exportLog(const AuditMethodContext &c, const QJsonObject &p, const localapi::MethodReply &done)
{
    const QString path = p.value(QStringLiteral("path")).toString();
    if (!QDir::isAbsolutePath(path)) {
        done(badParam(QStringLiteral("path"), Text::tr("The export needs an absolute path to write to.")));
        return;
    }
    ExportRange range;
    range.masked = p.value(QStringLiteral("masked")).toBool();
    for (const auto &[key, end] :
         {qMakePair(QStringLiteral("from"), false), qMakePair(QStringLiteral("to"), true)}) {
        const QString text = p.value(key).toString();
        const QDateTime bound = text.isEmpty() ? QDateTime() : parseBound(text, end);
        if (!text.isEmpty() && !bound.isValid()) {
            done(badParam(key, Text::tr("'%1' is not a date (YYYY-MM-DD) or an ISO 8601 time.").arg(text)));
            return;
        }
        (end ? range.to : range.from) = bound;
    }
    if (!c.log->hasKeys()) {
        done(keysMissing());
        return;
    }
    auto data = c.log->exportRecords(range);
    if (!data) {
        done(data.error());
        return;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data.value()) != data->size()) {
        done(Error{QStringLiteral("io"), Text::tr("Cannot write %1: %2").arg(path, out.errorString())});
        return;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const ExportHeader header = exportFromJson(QJsonDocument::fromJson(data->left(int(data->indexOf('\n'))))
                                                   .object()
                                                   .value(QStringLiteral("export"))
                                                   .toObject());
    done(QJsonObject{{QStringLiteral("path"), path},
                     {QStringLiteral("first_seq"), header.firstSeq},
                     {QStringLiteral("last_seq"), header.lastSeq},
                     {QStringLiteral("records"), header.lastSeq - header.firstSeq + 1},
                     {QStringLiteral("masked"), header.masked}});
}

} // namespace

void addAuditMethods(localapi::MethodRegistry &methods, const AuditMethodContext &c)
{
    methods.add(QStringLiteral("audit.activity"), {localapi::Need::UnlockedVault},
                [c](const QJsonObject &p, localapi::MethodReply done) { activity(c, p, done); });
    methods.add(QStringLiteral("audit.export"), {localapi::Need::UnlockedVault},
                [c](const QJsonObject &p, localapi::MethodReply done) { exportLog(c, p, done); });
    methods.add(
        QStringLiteral("audit.public_key"), {localapi::Need::UnlockedVault},
        [c](const QJsonObject &, localapi::MethodReply done) {
            if (!c.log->hasKeys()) {
                done(keysMissing());
                return;
            }
            auto pem = crypto::ed25519PublicPem(c.log->publicKey());
            if (!pem) {
                done(pem.error());
                return;
            }
            done(QJsonObject{
                {QStringLiteral("pem"), QString::fromLatin1(pem.value())},
                {QStringLiteral("fingerprint_sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(c.log->publicKey(), QCryptographicHash::Sha256).toHex())}});
        });
    methods.add(QStringLiteral("audit.mask"), {localapi::Need::UnlockedVault},
                [c](const QJsonObject &p, localapi::MethodReply done) {
                    const QString value = p.value(QStringLiteral("value")).toString();
                    if (value.isEmpty()) {
                        done(badParam(QStringLiteral("value"), Text::tr("audit.mask needs a value.")));
                        return;
                    }
                    if (!c.log->hasKeys()) {
                        done(keysMissing());
                        return;
                    }
                    done(QJsonObject{{QStringLiteral("masked"), c.log->mask(value)}});
                });
}

} // namespace pv::audit
