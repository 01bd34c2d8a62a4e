#include "localapi/Events.h"

#include "accounting/UsageLedger.h"
#include "localapi/JobJson.h"

namespace pv::localapi::events {

namespace {

QJsonObject event(const char *name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), QLatin1String(name));
    return fields;
}

} // namespace

QJsonObject jobAdded(const JobRecord &job)
{
    return event("job.added", {{QStringLiteral("job"), jobToJson(job)}});
}

QJsonObject jobRemoved(const QString &jobId, const QString &reason)
{
    return event("job.removed", {{QStringLiteral("id"), jobId}, {QStringLiteral("reason"), reason}});
}

QJsonObject outboxChanged(const QString &jobId, const QJsonObject &outbox)
{
    return event("job.outbox_changed", {{QStringLiteral("id"), jobId}, {QStringLiteral("outbox"), outbox}});
}

QJsonObject serverChanged(const QJsonObject &status)
{
    return event("server.changed", {{QStringLiteral("server"), status}});
}

QJsonObject statusChanged(const QJsonObject &status)
{
    return event("status.changed", {{QStringLiteral("status"), status}});
}

QJsonObject releaseProgress(const QString &jobId, qint64 done, qint64 total, bool pages)
{
    return event("release.progress",
                 {{QStringLiteral("id"), jobId},
                  {QStringLiteral("done"), double(done)},
                  {QStringLiteral("total"), double(total)},
                  {QStringLiteral("unit"), pages ? QStringLiteral("pages") : QStringLiteral("bytes")}});
}

QJsonObject releaseRetrying(const QString &jobId, const QString &message, int seconds)
{
    return event("release.retrying", {{QStringLiteral("id"), jobId},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("seconds"), seconds}});
}

QJsonObject usageAdded(const accounting::UsageEntry &entry)
{
    return event("usage.added", {{QStringLiteral("user"), entry.user},
                                 {QStringLiteral("source"), entry.source},
                                 {QStringLiteral("job_id"), entry.jobId},
                                 {QStringLiteral("impressions"), entry.impressions},
                                 {QStringLiteral("color_impressions"), entry.colorImpressions},
                                 {QStringLiteral("sheets"), entry.sheets},
                                 {QStringLiteral("org_identity"), orgIdentityJson(entry.org)}});
}

QJsonObject devicePaired(const QString &deviceId)
{
    return event("device.paired", {{QStringLiteral("id"), deviceId}});
}

QJsonObject printerIdentify(const QString &message)
{
    return event("printer.identify", {{QStringLiteral("message"), message}});
}

QJsonObject accountChanged(const QJsonObject &account)
{
    return event("account.changed", {{QStringLiteral("account"), account}});
}

QJsonObject protocolError(const QString &message)
{
    return event("protocol.error", {{QStringLiteral("message"), message}});
}

} // namespace pv::localapi::events
