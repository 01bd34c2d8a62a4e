// The monthly quota: its period (reset day, month ends, year end), what counts, refusing and
// warning, and the reset, with a fake clock over a real ledger.
#include "accounting/Quota.h"
#include "accounting/UsageLedger.h"
#include "Fakes.h"
#include "vault/Crypto.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pv;
using namespace pv::accounting;

class TstQuota : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void period_data();
    void period();
    void countsAndRefuses();
    void colourLimit();
    void warnOnly();
    void resetsWithTheMonth();

private:
    void record(UsageLedger &ledger, const QString &user, int impressions, int colour);
};

namespace {

// A real ledger in a temporary folder, a fake clock set to `now`, a policy and its quota.
struct Fixture
{
    explicit Fixture(const QDateTime &now)
        : clock(now.toUTC())
    {
        opened = ledger.open(dir.filePath(QStringLiteral("ledger.db")), crypto::randomKey()).isOk();
    }
    QTemporaryDir dir;
    test::FakeClock clock;
    UsageLedger ledger{&clock};
    Policy policy;
    Quota quota{&ledger, &policy, &clock};
    bool opened = false;
};

} // namespace

namespace {

QDateTime local(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::LocalTime);
}

} // namespace

void TstQuota::period_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("resetDay");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("first of month") << local(2026, 11, 22) << 1 << local(2026, 11, 1, 0)
                                    << local(2026, 12, 1, 0);
    QTest::newRow("on the reset day")
        << local(2026, 11, 15) << 15 << local(2026, 11, 15, 0) << local(2026, 12, 15, 0);
    QTest::newRow("before the reset day")
        << local(2026, 11, 14) << 15 << local(2026, 10, 15, 0) << local(2026, 11, 15, 0);
    QTest::newRow("across the year") << local(2027, 1, 3) << 10 << local(2026, 12, 10, 0)
                                     << local(2027, 1, 10, 0);
    QTest::newRow("midnight") << local(2026, 12, 1, 0) << 1 << local(2026, 12, 1, 0) << local(2027, 1, 1, 0);
}

void TstQuota::period()
{
    QFETCH(QDateTime, now);
    QFETCH(int, resetDay);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const auto p = Quota::period(now.toUTC(), resetDay);
    QCOMPARE(p.first, start);
    QCOMPARE(p.second, end);
}

void TstQuota::record(UsageLedger &ledger, const QString &user, int impressions, int colour)
{
    UsageEntry e;
    e.user = user;
    e.source = QStringLiteral("release");
    e.device = QStringLiteral("ipp://printer/ipp/print");
    e.jobId = QString(32, QLatin1Char('a'));
    e.impressions = impressions;
    e.colorImpressions = colour;
    e.sheets = impressions;
    QVERIFY(ledger.append(e).isOk());
}

void TstQuota::countsAndRefuses()
{
    Fixture f(local(2026, 11, 20));
    QVERIFY(f.opened);
    f.policy.quotaMonthlyPages = 10;

    record(f.ledger, QStringLiteral("alice"), 6, 2);
    record(f.ledger, QStringLiteral("bob"), 9, 0); // another user's pages do not count
    auto s = f.quota.status(QStringLiteral("alice"));
    QVERIFY(s.isOk());
    QVERIFY(s->limited());
    QCOMPARE(s->pagesUsed, 6);
    QCOMPARE(s->pagesLeft, 4);
    QCOMPARE(s->colorLeft, -1);
    QCOMPARE(s->resetsAt, local(2026, 12, 1, 0));

    QString warning;
    QVERIFY(f.quota.check(QStringLiteral("alice"), 4, 0, &warning).isOk());
    const auto over = f.quota.check(QStringLiteral("alice"), 5, 0, &warning);
    QVERIFY(!over.isOk());
    QCOMPARE(over.error().code, QStringLiteral("over-quota"));
    QVERIFY2(over.error().message.contains(QLatin1String("5 page(s)")) &&
                 over.error().message.contains(QLatin1String("4 of your 10")),
             qPrintable(over.error().message));
    QVERIFY(warning.isEmpty());

    // Pages times copies cannot wrap around to a count that fits (3,000,000 pages x 999).
    QCOMPARE(impressionsOf(3000000, 999), std::numeric_limits<int>::max());
    QCOMPARE(impressionsOf(5000, 999), 4995000);
    QVERIFY(!f.quota.check(QStringLiteral("alice"), impressionsOf(3000000, 999), 0, &warning).isOk());

    // Without limits nothing is refused.
    f.policy.quotaMonthlyPages = 0;
    QVERIFY(f.quota.check(QStringLiteral("alice"), 1000, 1000, &warning).isOk());
    QVERIFY(!f.quota.status(QStringLiteral("alice"))->limited());
}

void TstQuota::colourLimit()
{
    Fixture f(local(2026, 11, 20));
    QVERIFY(f.opened);
    f.policy.quotaMonthlyColorPages = 3;
    record(f.ledger, QStringLiteral("alice"), 10, 2);
    QString warning;
    QVERIFY(f.quota.check(QStringLiteral("alice"), 50, 1, &warning).isOk()); // mono pages are free
    const auto over = f.quota.check(QStringLiteral("alice"), 2, 2, &warning);
    QCOMPARE(over.error().code, QStringLiteral("over-quota"));
    QVERIFY(over.error().message.contains(QLatin1String("colour")));
}

void TstQuota::warnOnly()
{
    Fixture f(local(2026, 11, 20));
    QVERIFY(f.opened);
    f.policy.quotaMonthlyPages = 2;
    f.policy.quotaWarnOnly = true;
    QString warning;
    QVERIFY(f.quota.check(QStringLiteral("alice"), 5, 0, &warning).isOk());
    QVERIFY(warning.contains(QLatin1String("2 of your 2")));
}

void TstQuota::resetsWithTheMonth()
{
    Fixture f(local(2026, 11, 30, 23));
    QVERIFY(f.opened);
    f.policy.quotaMonthlyPages = 10;
    record(f.ledger, QStringLiteral("alice"), 10, 0);
    QString warning;
    QCOMPARE(f.quota.check(QStringLiteral("alice"), 1, 0, &warning).error().code,
             QStringLiteral("over-quota"));
    f.clock.advanceSecs(2 * 3600); // 1 December, 01:00
    QCOMPARE(f.quota.status(QStringLiteral("alice"))->pagesUsed, 0);
    QVERIFY(f.quota.check(QStringLiteral("alice"), 10, 0, &warning).isOk());
}

QTEST_GUILESS_MAIN(TstQuota)
#include "tst_quota.moc"
