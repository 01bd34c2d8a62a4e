// The MFP's replay cache of ID-token nonces: a nonce is fresh once, replayed until its token
// expires, forgotten after; when full of unexpired nonces it refuses new ones rather than
// forget one that could then be replayed.
#include "mfp/NonceCache.h"

#include <QtTest>

using pv::mfp::NonceCache;

class TstNonceCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshThenReplayedThenForgotten();
    void fullRefusesRatherThanForgets();
    void issuersDoNotShareNonces();
};

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QString Iss = QStringLiteral("https://idp.example");
} // namespace

void TstNonceCache::freshThenReplayedThenForgotten()
{
    NonceCache cache;
    QCOMPARE(cache.remember(Iss, QStringLiteral("n1"), T0.addSecs(300), T0), NonceCache::Outcome::Fresh);
    QCOMPARE(cache.remember(Iss, QStringLiteral("n1"), T0.addSecs(300), T0.addSecs(299)),
             NonceCache::Outcome::Replayed);
    // Once its token has expired, the token itself is refused: the nonce need not be kept.
    QCOMPARE(cache.remember(Iss, QStringLiteral("n1"), T0.addSecs(900), T0.addSecs(300)),
             NonceCache::Outcome::Fresh);
}

void TstNonceCache::fullRefusesRatherThanForgets()
{
    NonceCache cache(2);
    QCOMPARE(cache.remember(Iss, QStringLiteral("a"), T0.addSecs(60), T0), NonceCache::Outcome::Fresh);
    QCOMPARE(cache.remember(Iss, QStringLiteral("b"), T0.addSecs(600), T0), NonceCache::Outcome::Fresh);
    QCOMPARE(cache.remember(Iss, QStringLiteral("c"), T0.addSecs(600), T0), NonceCache::Outcome::Full);
    QCOMPARE(cache.remember(Iss, QStringLiteral("a"), T0.addSecs(60), T0), NonceCache::Outcome::Replayed);
    // "a" has expired: its place is free again, and "b" is still remembered.
    QCOMPARE(cache.remember(Iss, QStringLiteral("c"), T0.addSecs(600), T0.addSecs(61)),
             NonceCache::Outcome::Fresh);
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.remember(Iss, QStringLiteral("b"), T0.addSecs(600), T0.addSecs(62)),
             NonceCache::Outcome::Replayed);
}

void TstNonceCache::issuersDoNotShareNonces()
{
    NonceCache cache;
    QCOMPARE(cache.remember(Iss, QStringLiteral("n"), T0.addSecs(60), T0), NonceCache::Outcome::Fresh);
    QCOMPARE(cache.remember(QStringLiteral("https://other.example"), QStringLiteral("n"), T0.addSecs(60), T0),
             NonceCache::Outcome::Fresh);
}

QTEST_GUILESS_MAIN(TstNonceCache)
#include "tst_noncecache.moc"
