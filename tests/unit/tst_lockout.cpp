// The PIN lockout's memory is bounded: names are the guesser's to choose, so a flood of
// distinct ones cannot grow it without end, and a lock that is still running survives it.
#include "accounts/Lockout.h"
#include "Fakes.h"

#include <QtTest>

using namespace pv;
using accounts::Lockout;

class TstLockout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locksAfterTheLimitAndExpires();
    void keysAreBounded();
    void runningLocksOutliveAFlood();
};

void TstLockout::locksAfterTheLimitAndExpires()
{
    test::FakeClock clock;
    Lockout lockout(&clock, 5, 15);
    for (int i = 0; i < 4; ++i)
        lockout.fail(QStringLiteral("alice"));
    QVERIFY(!lockout.lockedUntil(QStringLiteral("alice")).isValid());
    lockout.fail(QStringLiteral("alice"));
    QCOMPARE(lockout.lockedUntil(QStringLiteral("alice")), clock.now().addSecs(15 * 60));
    clock.advanceSecs(15 * 60);
    QVERIFY(!lockout.lockedUntil(QStringLiteral("alice")).isValid());
}

void TstLockout::keysAreBounded()
{
    test::FakeClock clock;
    Lockout lockout(&clock, 5, 15);
    for (int i = 0; i < 50000; ++i) {
        lockout.fail(QStringLiteral("guess-%1").arg(i));
        QVERIFY(lockout.keyCount() <= Lockout::MaxKeys);
    }
    // Even when every key is locked.
    for (int i = 0; i < 3 * Lockout::MaxKeys; ++i) {
        for (int f = 0; f < 5; ++f)
            lockout.fail(QStringLiteral("locked-%1").arg(i));
    }
    QVERIFY(lockout.keyCount() <= Lockout::MaxKeys);
}

void TstLockout::runningLocksOutliveAFlood()
{
    test::FakeClock clock;
    Lockout lockout(&clock, 5, 15);
    for (int f = 0; f < 5; ++f)
        lockout.fail(QStringLiteral("pin:alice\nlobby"));
    const QDateTime until = lockout.lockedUntil(QStringLiteral("pin:alice\nlobby"));
    QVERIFY(until.isValid());
    for (int i = 0; i < 2 * Lockout::MaxKeys; ++i)
        lockout.fail(QStringLiteral("passer-by-%1").arg(i));
    QCOMPARE(lockout.lockedUntil(QStringLiteral("pin:alice\nlobby")), until);
    // A fresh count outlives older ones: the flood's go first, so bob's fifth failure locks.
    clock.advanceSecs(60);
    for (int f = 0; f < 4; ++f)
        lockout.fail(QStringLiteral("pin:bob\nlobby"));
    QVERIFY(lockout.keyCount() <= Lockout::MaxKeys);
    lockout.fail(QStringLiteral("pin:bob\nlobby"));
    QVERIFY(lockout.lockedUntil(QStringLiteral("pin:bob\nlobby")).isValid());
    QCOMPARE(lockout.lockedUntil(QStringLiteral("pin:alice\nlobby")), until);
}

QTEST_APPLESS_MAIN(TstLockout)
#include "tst_lockout.moc"
