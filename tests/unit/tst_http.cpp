// HTTP request parsing and the small pieces of the MFP API's security: path checks, tokens,
// PIN rules and hashing, lockout.
#include "accounts/Lockout.h"
#include "accounts/PinHash.h"
#include "accounts/PinRules.h"
#include "Fakes.h"
#include "mfp/HttpRequestParser.h"
#include "mfp/Tokens.h"

#include <QtTest>

using namespace pv;
using namespace pv::mfp;

class TstHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARequestWithBody();
    void parsesAcrossArbitrarySplits();
    void pipelinedRequestsAreTakenOneAtATime();
    void oversizedBodyIsRefusedFromItsLength();
    void oversizedChunkedBodyIsRefused();
    void oversizedHeadersAreRefused();
    void tooManyHeaders();
    void malformedRequests_data();
    void malformedRequests();
    void pathTricks_data();
    void pathTricks();
    void tokens();
    void pinRules_data();
    void pinRules();
    void pinHash();
    void lockout();
};

namespace {

HttpRequestParser::State feedAll(HttpRequestParser &p, const QByteArray &data, qsizetype *used = nullptr)
{
    qsizetype consumed = 0;
    const auto s = p.feed(data.constData(), data.size(), &consumed);
    if (used)
        *used = consumed;
    return s;
}

} // namespace

void TstHttp::parsesARequestWithBody()
{
    HttpRequestParser p;
    const QByteArray raw = "POST /api/v1/sessions?x=1 HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer T\r\n"
                           "Content-Length: 11\r\nX-Folded: one\r\n\r\n{\"a\": true}";
    QCOMPARE(feedAll(p, raw), HttpRequestParser::State::Complete);
    const HttpRequest r = p.takeRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/api/v1/sessions"));
    QCOMPARE(r.query, QByteArray("x=1"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer T"));
    QCOMPARE(r.body, QByteArray("{\"a\": true}"));
    QVERIFY(r.keepAlive);
    QCOMPARE(tokens::bearer(r), QByteArray("T"));
}

void TstHttp::parsesAcrossArbitrarySplits()
{
    const QByteArray raw = "GET /api/v1/jobs HTTP/1.1\r\nHost: printer\r\nAuthorization: Bearer abc\r\n\r\n";
    for (int split = 1; split < raw.size(); ++split) {
        HttpRequestParser p;
        qsizetype used = 0;
        QCOMPARE(feedAll(p, raw.left(split), &used), HttpRequestParser::State::NeedMore);
        QCOMPARE(used, qsizetype(split));
        QCOMPARE(feedAll(p, raw.mid(split)), HttpRequestParser::State::Complete);
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(r.header("host"), QByteArray("printer"));
    }
}

void TstHttp::pipelinedRequestsAreTakenOneAtATime()
{
    HttpRequestParser p;
    const QByteArray first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    qsizetype used = 0;
    QCOMPARE(feedAll(p, first + second, &used), HttpRequestParser::State::Complete);
    QCOMPARE(used, first.size());
    QCOMPARE(p.takeRequest().path, QByteArray("/a"));
    QCOMPARE(feedAll(p, second), HttpRequestParser::State::Complete);
    const HttpRequest r = p.takeRequest();
    QCOMPARE(r.path, QByteArray("/b"));
    QVERIFY(!r.keepAlive);
}

void TstHttp::oversizedBodyIsRefusedFromItsLength()
{
    HttpRequestParser p;
    // The headers alone announce 10 MB: refused before a byte of the body arrives.
    QCOMPARE(feedAll(p, "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 10485760\r\n\r\n"),
             HttpRequestParser::State::Failed);
    QCOMPARE(p.errorStatus(), 413);
}

void TstHttp::oversizedChunkedBodyIsRefused()
{
    HttpRequestParser p;
    QCOMPARE(feedAll(p, "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"),
             HttpRequestParser::State::NeedMore);
    const QByteArray chunk = QByteArray::number(32 * 1024, 16) + "\r\n" + QByteArray(32 * 1024, 'a') + "\r\n";
    QCOMPARE(feedAll(p, chunk + chunk), HttpRequestParser::State::NeedMore); // exactly 64 KiB is allowed
    QCOMPARE(feedAll(p, "1\r\na\r\n"), HttpRequestParser::State::Failed);
    QCOMPARE(p.errorStatus(), 413);
}

void TstHttp::oversizedHeadersAreRefused()
{
    HttpRequestParser p;
    QCOMPARE(feedAll(p, "GET /x HTTP/1.1\r\nX-Big: " + QByteArray(100 * 1024, 'a')),
             HttpRequestParser::State::Failed);
    QCOMPARE(p.errorStatus(), 431);
    HttpRequestParser q;
    QCOMPARE(feedAll(q, "GET /" + QByteArray(17 * 1024, 'a')), HttpRequestParser::State::Failed);
    QCOMPARE(q.errorStatus(), 431);
}

void TstHttp::tooManyHeaders()
{
    HttpRequestParser p;
    QByteArray raw = "GET /x HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        raw += "X-H" + QByteArray::number(i) + ": v\r\n";
    QCOMPARE(feedAll(p, raw + "\r\n"), HttpRequestParser::State::Failed);
    QCOMPARE(p.errorStatus(), 431);
}

void TstHttp::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("not HTTP") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\n\r\n") << 505;
    QTest::newRow("bad method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 501;
    QTest::newRow("space in header name") << QByteArray("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray(
                                        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("bad chunk size") << QByteArray(
                                           "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("upgrade") << QByteArray(
                                    "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
                             << 400;
}

void TstHttp::malformedRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    HttpRequestParser p;
    QCOMPARE(feedAll(p, raw), HttpRequestParser::State::Failed);
    QCOMPARE(p.errorStatus(), status);
    QVERIFY(!p.errorMessage().isEmpty());
}

void TstHttp::pathTricks_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QByteArray("/api/v1/jobs/0123/document") << true;
    QTest::newRow("dot-dot") << QByteArray("/api/v1/jobs/../../etc/passwd") << false;
    QTest::newRow("dot") << QByteArray("/api/v1/./jobs") << false;
    QTest::newRow("encoded slash") << QByteArray("/api/v1/jobs/a%2fb") << false;
    QTest::newRow("encoded dot-dot") << QByteArray("/api/v1/jobs/%2e%2e/x") << false;
    QTest::newRow("backslash") << QByteArray("/api/v1/jobs/..\\x") << false;
    QTest::newRow("double slash") << QByteArray("/api//v1/jobs") << false;
    QTest::newRow("trailing slash") << QByteArray("/api/v1/jobs/") << false;
    QTest::newRow("high byte") << QByteArray("/api/v1/jobs/\xc3\xa9") << false;
}

void TstHttp::pathTricks()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, safe);
    HttpRequest r;
    r.path = path;
    QStringList segments;
    QCOMPARE(r.safeSegments(&segments), safe);
}

void TstHttp::tokens()
{
    const tokens::Token t = tokens::make(tokens::DevicePrefix);
    QVERIFY(t.text.startsWith(QLatin1String("pvd_")));
    const auto parsed = tokens::parse(t.text.toLatin1(), tokens::DevicePrefix);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->id, t.id);
    QCOMPARE(parsed->secret, t.secret);
    // The wrong kind of token, or a damaged one, does not parse.
    QVERIFY(!tokens::parse(t.text.toLatin1(), tokens::SessionPrefix));
    QVERIFY(!tokens::parse(t.text.toLatin1().chopped(2), tokens::DevicePrefix));
    QVERIFY(!tokens::parse("pvd_zzzzzzzzzzzzzzzz." + t.secret.toBase64(), tokens::DevicePrefix));
    QVERIFY(!tokens::parse(QByteArray(), tokens::DevicePrefix));
    QVERIFY(tokens::make(tokens::DevicePrefix).secret != t.secret);
}

void TstHttp::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QStringLiteral("2580") << true;
    QTest::newRow("good long") << QStringLiteral("902716354812") << true;
    QTest::newRow("short") << QStringLiteral("258") << false;
    QTest::newRow("long") << QStringLiteral("9027163548123") << false;
    QTest::newRow("letters") << QStringLiteral("25a0") << false;
    QTest::newRow("same digit") << QStringLiteral("0000") << false;
    QTest::newRow("run up") << QStringLiteral("123456") << false;
    QTest::newRow("run down") << QStringLiteral("9876") << false;
}

void TstHttp::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    const Status s = accounts::checkPin(pin);
    QCOMPARE(s.isOk(), ok);
    if (!ok)
        QCOMPARE(s.error().code, QStringLiteral("weak-pin"));
}

void TstHttp::pinHash()
{
    const accounts::PinHash h = accounts::PinHash::make(QStringLiteral("2580"));
    QCOMPARE(h.iterations, 600000);
    QCOMPARE(h.salt.size(), 16);
    QVERIFY(h.matches(QStringLiteral("2580")));
    QVERIFY(!h.matches(QStringLiteral("2581")));
    // Salted: the same PIN hashes differently each time.
    QVERIFY(accounts::PinHash::make(QStringLiteral("2580"), 1000).hash !=
            accounts::PinHash::make(QStringLiteral("2580"), 1000).hash);
}

void TstHttp::lockout()
{
    test::FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    accounts::Lockout l(&clock, 5, 15);
    for (int i = 0; i < 4; ++i)
        l.fail(QStringLiteral("user:a"));
    QVERIFY(!l.lockedUntil(QStringLiteral("user:a")).isValid());
    l.fail(QStringLiteral("user:a"));
    QCOMPARE(l.lockedUntil(QStringLiteral("user:a")), clock.now().addSecs(15 * 60));
    QVERIFY(!l.lockedUntil(QStringLiteral("user:b")).isValid());
    clock.advanceSecs(15 * 60);
    QVERIFY(!l.lockedUntil(QStringLiteral("user:a")).isValid());
    // After the lock ends, counting starts again from zero.
    l.fail(QStringLiteral("user:a"));
    QVERIFY(!l.lockedUntil(QStringLiteral("user:a")).isValid());
    l.succeed(QStringLiteral("user:a"));
    for (int i = 0; i < 4; ++i)
        l.fail(QStringLiteral("user:a"));
    QVERIFY(!l.lockedUntil(QStringLiteral("user:a")).isValid());
}

QTEST_GUILESS_MAIN(TstHttp)
#include "tst_http.moc"
