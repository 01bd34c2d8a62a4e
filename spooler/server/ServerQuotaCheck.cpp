#include "server/ServerQuotaCheck.h"

#include "server/ServerText.h"

#include <QCoreApplication>
#include <QUrl>

namespace pv::server {

Status checkServerQuota(const ServerAccess &access, const QuotaCheck &plan, QString *warning)
{
    if (!plan.enabled)
        return {};
    auto quota = quotaWithUsage(access, plan.now);
    if (!quota)
        return quota.error();
    const ServerQuota &q = quota.value();
    if (q.pageLimit <= 0 || q.pagesUsed + plan.impressions <= q.pageLimit)
        return {};
    const QString said = Text::tr("This job of %1 page(s) would go over the print server's quota: %2 of %3 "
                                  "pages used in its period.")
                             .arg(plan.impressions)
                             .arg(q.pagesUsed)
                             .arg(q.pageLimit);
    if (plan.warnOnly) {
        *warning = said;
        return {};
    }
    return Error{QStringLiteral("server-over-quota"),
                 said,
                 {{QStringLiteral("page_limit"), q.pageLimit},
                  {QStringLiteral("pages_used"), q.pagesUsed},
                  {QStringLiteral("impressions"), plan.impressions}}};
}

QJsonObject serverQuotaJson(const ServerQuota &q, const QString &uri)
{
    const auto left = [](qint64 limit, qint64 used) {
        return limit > 0 ? double(qMax<qint64>(0, limit - used)) : -1.0;
    };
    return QJsonObject{{QStringLiteral("source"), QStringLiteral("server")},
                       {QStringLiteral("server"), QUrl(uri).host()},
                       {QStringLiteral("uri"), uri},
                       {QStringLiteral("as_of"), q.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("period_seconds"), q.periodSeconds},
                       {QStringLiteral("page_limit"), q.pageLimit},
                       {QStringLiteral("k_limit"), q.kLimit},
                       {QStringLiteral("pages_used"), q.pagesUsed},
                       {QStringLiteral("k_used"), double(q.kUsed)},
                       {QStringLiteral("pages_left"), left(q.pageLimit, q.pagesUsed)},
                       {QStringLiteral("k_left"), left(q.kLimit, q.kUsed)}};
}

} // namespace pv::server
