#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "config/Policy.h"

#include <QDateTime>
#include <QString>

#include <limits>

namespace pv::accounting {

class UsageLedger;

// A user's monthly quota as it stands. A limit of 0 means none; "left" is then -1.
struct QuotaStatus
{
    int pageLimit = 0;
    int colorLimit = 0;
    int pagesUsed = 0;
    int colorUsed = 0;
    int pagesLeft = -1;
    int colorLeft = -1;
    QDateTime periodStart; // local time
    QDateTime resetsAt;    // local time: the start of the next period
    bool limited() const { return pageLimit > 0 || colorLimit > 0; }
};

// Pages times copies, held at INT_MAX: a job of millions of pages (max_pages 0 is no limit)
// times 999 copies would overflow int, wrap negative and pass any quota.
constexpr int impressionsOf(int pages, int copies)
{
    const long long product = static_cast<long long>(qMax(0, pages)) * qMax(0, copies);
    return product > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(product);
}

// The monthly quota of policy (quota/*), counted from the usage ledger: every impression
// released here or reported by an MFP since the period began (the reset day, 00:00 local time).
class Quota
{
public:
    Quota(const UsageLedger *ledger, const Policy *policy, const Clock *clock);

    [[nodiscard]] Result<QuotaStatus> status(const QString &user) const;
    // Would printing this many impressions stay within the quota? "over-quota" says by how much
    // and when the quota resets. With quota/warn_only the answer is OK and *warning says it.
    [[nodiscard]] Result<QuotaStatus> check(const QString &user, int impressions, int colorImpressions,
                                            QString *warning) const;

    // The period holding `now` for a reset day (1-28): [start, next start).
    static QPair<QDateTime, QDateTime> period(const QDateTime &now, int resetDay);

private:
    const UsageLedger *m_ledger;
    const Policy *m_policy;
    const Clock *m_clock;
};

} // namespace pv::accounting
