#include "accounting/Quota.h"

#include "accounting/UsageLedger.h"

#include <QCoreApplication>
#include <QLocale>

namespace pv::accounting {

Quota::Quota(const UsageLedger *ledger, const Policy *policy, const Clock *clock)
    : m_ledger(ledger)
    , m_policy(policy)
    , m_clock(clock)
{}

QPair<QDateTime, QDateTime> Quota::period(const QDateTime &now, int resetDay)
{
    const QDate today = now.toLocalTime().date();
    QDate start(today.year(), today.month(), resetDay);
    if (today < start)
        start = start.addMonths(-1);
    return {QDateTime(start, QTime(0, 0), Qt::LocalTime),
            QDateTime(start.addMonths(1), QTime(0, 0), Qt::LocalTime)};
}

Result<QuotaStatus> Quota::status(const QString &user) const
{
    QuotaStatus s;
    const auto [from, to] = period(m_clock->now(), m_policy->quotaResetDay);
    s.periodStart = from;
    s.resetsAt = to;
    s.pageLimit = m_policy->quotaMonthlyPages;
    s.colorLimit = m_policy->quotaMonthlyColorPages;
    auto totals = m_ledger->totals(user, from.toUTC(), to.toUTC());
    if (!totals)
        return totals.error();
    s.pagesUsed = totals->impressions;
    s.colorUsed = totals->colorImpressions;
    s.pagesLeft = s.pageLimit > 0 ? qMax(0, s.pageLimit - s.pagesUsed) : -1;
    s.colorLeft = s.colorLimit > 0 ? qMax(0, s.colorLimit - s.colorUsed) : -1;
    return s;
}

Result<QuotaStatus> Quota::check(const QString &user, int impressions, int colorImpressions,
                                 QString *warning) const
{
    auto s = status(user);
    if (!s)
        return s;
    QString why;
    const QString resets = QLocale().toString(s->resetsAt.date(), QLocale::ShortFormat);
    if (s->pagesLeft >= 0 && impressions > s->pagesLeft) {
        why = QCoreApplication::translate("Quota",
                                          "This needs %1 page(s), but %2 of your %3 are left this month; "
                                          "the quota resets on %4.")
                  .arg(impressions)
                  .arg(s->pagesLeft)
                  .arg(s->pageLimit)
                  .arg(resets);
    } else if (s->colorLeft >= 0 && colorImpressions > s->colorLeft) {
        why = QCoreApplication::translate("Quota",
                                          "This needs %1 colour page(s), but %2 of your %3 are left this "
                                          "month; the quota resets on %4. Print it in mono instead?")
                  .arg(colorImpressions)
                  .arg(s->colorLeft)
                  .arg(s->colorLimit)
                  .arg(resets);
    }
    if (why.isEmpty())
        return s;
    if (m_policy->quotaWarnOnly) {
        *warning = why;
        return s;
    }
    return Error{QStringLiteral("over-quota"), why};
}

} // namespace pv::accounting
