// The release retry schedule: doubling from 1 s to at most 30 s, and no try past the budget.
#include "release/Backoff.h"

#include <QtTest>

using pv::release::Backoff;

class TstBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToThirtySeconds();
    void stopsAtTheBudget();
    void noBudgetNoRetry();
};

void TstBackoff::doublesUpToThirtySeconds()
{
    Backoff b(3600 * 1000);
    QList<qint64> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(b.next(0));
    QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    QCOMPARE(b.retries(), 8);
}

void TstBackoff::stopsAtTheBudget()
{
    Backoff b(10000);
    QCOMPARE(b.next(0), 1000);    // ends at 1 s
    QCOMPARE(b.next(1200), 2000); // ends at 3.2 s
    QCOMPARE(b.next(3400), 4000); // ends at 7.4 s
    QCOMPARE(b.next(7600), -1);   // 8 s more would end at 15.6 s
    QCOMPARE(b.retries(), 3);
}

void TstBackoff::noBudgetNoRetry()
{
    Backoff b(0);
    QCOMPARE(b.next(0), -1);
    QCOMPARE(b.retries(), 0);
}

QTEST_GUILESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
