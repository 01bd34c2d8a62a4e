#include "server/ServerQuotaCheck.h"

#include "server/ServerText.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace pv::server {

namespace {

// When enough of the period's pages stop counting for `impressions` more to fit: CUPS counts a
// job's pages for job-quota-period seconds after it completed. Invalid when that never happens
// (no period, or the job alone is over the limit).
QDateTime roomAt(const ServerQuota &q, int impressions)
{
    if (q.periodSeconds <= 0 || impressions > q.pageLimit)
        return {};
    QList<QPair<QDateTime, int>> counted = q.counted;
    std::sort(
        counted.begin(), counted.end(),
        [](const QPair<QDateTime, int> &a, const QPair<QDateTime, int> &b) { return a.first < b.first; });
    int used = q.pagesUsed;
    for (const auto &[completed, pages] : std::as_const(counted)) {
        used -= pages;
        if (used + impressions <= q.pageLimit)
            return completed.addSecs(q.periodSeconds);
    }
    return {};
}

} // namespace

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
    // %n: the plural follows the job's page count; %1 and %2 are filled after it.
    const QString said = Text::tr("This job of %n page(s) would go over the print server's quota: %1 of %2 "
                                  "pages used in its period.",
                                  nullptr, plan.impressions)
                             .arg(q.pagesUsed)
                             .arg(q.pageLimit);
    if (plan.warnOnly) {
        *warning = said;
        return {};
    }
    QJsonObject details{{QStringLiteral("page_limit"), q.pageLimit},
                        {QStringLiteral("pages_used"), q.pagesUsed},
                        {QStringLiteral("impressions"), plan.impressions}};
    if (const QDateTime room = roomAt(q, plan.impressions); room.isValid())
        details.insert(QStringLiteral("room_at"), room.toUTC().toString(Qt::ISODate));
    return Error{QStringLiteral("server-over-quota"), said, details};
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
