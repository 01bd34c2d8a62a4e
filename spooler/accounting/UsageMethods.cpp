#include "accounting/UsageMethods.h"

#include "accounting/Quota.h"
#include "accounting/UsageLedger.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pv::accounting {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::accounting::UsageMethods)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

void addUsageMethods(localapi::MethodRegistry &methods, UsageLedger *ledger, const Quota *quota,
                     const QString &owner)
{
    const auto userParam = [owner](const QJsonObject &params) {
        const QString u = params.value(QStringLiteral("user")).toString().trimmed();
        return u.isEmpty() ? owner : u;
    };
    // The ledger opens with the vault: the gate's UnlockedVault covers it.
    methods.add(
        QStringLiteral("usage.get"), {localapi::Need::UnlockedVault},
        [ledger, userParam](const QJsonObject &p, localapi::MethodReply done) {
            const QString user = userParam(p);
            QDate month =
                QDate::fromString(p.value(QStringLiteral("month")).toString(), QStringLiteral("yyyy-MM"));
            if (!month.isValid())
                month = QDateTime::currentDateTimeUtc().date();
            QDateTime from(QDate(month.year(), month.month(), 1), QTime(0, 0), Qt::UTC);
            QDateTime to = from.addMonths(1);
            // An explicit range (local days, "to" inclusive) wins over the month: for exports.
            const QDate fromDay = QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
            const QDate toDay = QDate::fromString(p.value(QStringLiteral("to")).toString(), Qt::ISODate);
            if (fromDay.isValid())
                from = QDateTime(fromDay, QTime(0, 0), Qt::LocalTime).toUTC();
            if (toDay.isValid())
                to = QDateTime(toDay.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
            if (fromDay.isValid() && !toDay.isValid())
                to = QDateTime::currentDateTimeUtc().addSecs(1);
            auto entries = ledger->entries(user, from, to);
            auto totals = ledger->totals(user, from, to);
            if (!entries || !totals) {
                done(entries ? totals.error() : entries.error());
                return;
            }
            QJsonArray list;
            for (const accounting::UsageEntry &e : entries.value()) {
                list.append(QJsonObject{{QStringLiteral("time"), iso(e.time)},
                                        {QStringLiteral("source"), e.source},
                                        {QStringLiteral("device"), e.device},
                                        {QStringLiteral("job_id"), e.jobId},
                                        {QStringLiteral("impressions"), e.impressions},
                                        {QStringLiteral("color_impressions"), e.colorImpressions},
                                        {QStringLiteral("sheets"), e.sheets},
                                        {QStringLiteral("org_identity"), orgIdentityJson(e.org)}});
            }
            done(QJsonObject{{QStringLiteral("user"), user},
                             {QStringLiteral("month"), from.toString(QStringLiteral("yyyy-MM"))},
                             {QStringLiteral("impressions"), totals->impressions},
                             {QStringLiteral("color_impressions"), totals->colorImpressions},
                             {QStringLiteral("sheets"), totals->sheets},
                             {QStringLiteral("jobs"), totals->jobs},
                             {QStringLiteral("entries"), list}});
        });
    // Month by month, for the tray's chart: the last `months` calendar months, oldest first.
    methods.add(QStringLiteral("usage.history"), {localapi::Need::UnlockedVault},
                [ledger, userParam](const QJsonObject &p, localapi::MethodReply done) {
                    const int months = p.value(QStringLiteral("months")).toInt(12);
                    if (months < 1 || months > 120) {
                        done(Error{QStringLiteral("bad-request"),
                                   Text::tr("The number of months must be from 1 to 120."),
                                   {{QStringLiteral("param"), QStringLiteral("months")}}});
                        return;
                    }
                    const QString user = userParam(p);
                    const QDate now = QDateTime::currentDateTimeUtc().date();
                    const QDateTime thisMonth(QDate(now.year(), now.month(), 1), QTime(0, 0), Qt::UTC);
                    QJsonArray list;
                    for (int i = months - 1; i >= 0; --i) {
                        const QDateTime from = thisMonth.addMonths(-i);
                        auto totals = ledger->totals(user, from, from.addMonths(1));
                        if (!totals) {
                            done(totals.error());
                            return;
                        }
                        list.append(
                            QJsonObject{{QStringLiteral("month"), from.toString(QStringLiteral("yyyy-MM"))},
                                        {QStringLiteral("impressions"), totals->impressions},
                                        {QStringLiteral("color_impressions"), totals->colorImpressions},
                                        {QStringLiteral("sheets"), totals->sheets},
                                        {QStringLiteral("jobs"), totals->jobs}});
                    }
                    done(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("months"), list}});
                });
    methods.add(QStringLiteral("quota.get"), {localapi::Need::UnlockedVault},
                [quota, userParam](const QJsonObject &p, localapi::MethodReply done) {
                    const QString user = userParam(p);
                    auto s = quota->status(user);
                    if (!s) {
                        done(s.error());
                        return;
                    }
                    done(QJsonObject{{QStringLiteral("user"), user},
                                     {QStringLiteral("source"), QStringLiteral("local")},
                                     {QStringLiteral("limited"), s->limited()},
                                     {QStringLiteral("page_limit"), s->pageLimit},
                                     {QStringLiteral("color_limit"), s->colorLimit},
                                     {QStringLiteral("pages_used"), s->pagesUsed},
                                     {QStringLiteral("color_used"), s->colorUsed},
                                     {QStringLiteral("pages_left"), s->pagesLeft},
                                     {QStringLiteral("color_left"), s->colorLeft},
                                     {QStringLiteral("period_start"), s->periodStart.toString(Qt::ISODate)},
                                     {QStringLiteral("resets_at"), s->resetsAt.toString(Qt::ISODate)}});
                });
}

} // namespace pv::accounting
