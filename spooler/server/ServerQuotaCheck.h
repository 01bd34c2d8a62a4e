#pragma once

#include "common/Result.h"
#include "server/ServerIpp.h"

#include <QDateTime>
#include <QJsonObject>

// The print server's quota (server/quota_source=server), checked on the worker threads before
// an upload or a release sends anything.
namespace pv::server {

struct QuotaCheck
{
    bool enabled = false;  // server/quota_source=server
    bool warnOnly = false; // quota/warn_only: over quota is a warning, not a refusal
    int impressions = 0;   // what the job prints: pages times copies
    QDateTime now;
};

// Would `impressions` more stay within the server's page limit? OK when the check is off or
// the server sets no limit; over it, "server-over-quota", or OK with *warning (warnOnly).
[[nodiscard]] Status checkServerQuota(const ServerAccess &access, const QuotaCheck &check, QString *warning);
// quota.get's "server" part: the limits as the server publishes them, with where and when.
QJsonObject serverQuotaJson(const ServerQuota &quota, const QString &uri);

} // namespace pv::server
