// libcups reconnects by itself inside a request and sends the request, Authorization header
// included, on the new connection at once. common/ReconnectCheck interposes httpReconnect2 so
// that a registered check sees the new connection's certificate first. Here a man in the middle
// (SwitchingRelay) lets a connection reach the real TLS server, then resets it and sends the
// reconnect to an impostor with another certificate, which writes out whatever it is sent.
#include "common/CupsHandles.h"
#include "common/ReconnectCheck.h"
#include "ServerLoopbackSocket.h"
#include "SwitchingRelay.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <cups/cups.h>
#include <poll.h>
#include <unistd.h>

#include <memory>

using namespace pv;
using namespace pv::test;

namespace {

quint16 freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost) ? s.serverPort() : 0;
}

// A TLS server on loopback with a self-signed certificate of its own: `openssl s_server`, which
// prints the plaintext it receives.
struct TlsServer
{
    QProcess process;
    quint16 port = 0;
    QByteArray der; // its certificate

    bool start(const QString &dir, const QString &name)
    {
        const QString crt = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
        const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
        if (QProcess::execute(QStringLiteral("openssl"),
                              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), key,
                               QStringLiteral("-out"), crt}) != 0)
            return false;
        QFile f(crt);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll());
        if (certs.size() != 1)
            return false;
        der = certs.first().toDer();
        port = freePort();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-num_tickets"),
                       QStringLiteral("0"), QStringLiteral("-accept"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), crt,
                       QStringLiteral("-key"), key});
        if (!process.waitForStarted())
            return false;
        for (int i = 0; i < 100; ++i) { // until it listens
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    ~TlsServer()
    {
        process.kill();
        process.waitForFinished();
    }
};

QByteArray leafDer(http_t *http)
{
    cups_array_t *credentials = nullptr;
    QByteArray der;
    if (httpCopyCredentials(http, &credentials) == 0 && credentials) {
        if (auto *c = static_cast<http_credential_t *>(cupsArrayFirst(credentials)))
            der = QByteArray(static_cast<const char *>(c->data), qsizetype(c->datalen));
        httpFreeCredentials(credentials);
    }
    return der;
}

} // namespace

class TstReconnectCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interposerIsTheOneLibcupsCalls();
    void impostorOnReconnectGetsNoCredentials();
    void handshakeWaitsAsTheConnectionSays();
};

void TstReconnectCheck::interposerIsTheOneLibcupsCalls()
{
    QVERIFY(reconnectChecksActive());
}

void TstReconnectCheck::impostorOnReconnectGetsNoCredentials()
{
    QTemporaryDir dir;
    TlsServer real, impostor;
    QVERIFY(real.start(dir.path(), QStringLiteral("real")));
    QVERIFY(impostor.start(dir.path(), QStringLiteral("impostor")));
    std::atomic<bool> switched{false};
    SwitchingRelay relay([&]() { return switched.load() ? impostor.port : real.port; });
    QVERIFY(relay.start());

    HttpHandle http(
        httpConnect2("127.0.0.1", relay.port(), nullptr, AF_INET, HTTP_ENCRYPTION_ALWAYS, 1, 10000, nullptr));
    QVERIFY(http);
    // Neither server answers HTTP: without the check, the request would wait for an answer.
    httpSetTimeout(
        http.get(), 3.0, [](http_t *, void *) { return 0; }, nullptr);
    QCOMPARE(leafDer(http.get()), real.der);
    int checked = 0;
    QByteArray refused;
    const ReconnectCheck check(http.get(), [&](http_t *h) {
        ++checked;
        const QByteArray der = leafDer(h);
        if (der != real.der)
            refused = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex();
        return der == real.der;
    });

    // The path resets the verified connection and sends the next one to the impostor.
    switched = true;
    relay.resetOpen();
    const int fd = httpGetFd(http.get());
    // The reset itself (a session ticket alone would make the socket readable).
    const auto resetArrived = [fd]() {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLERR | POLLHUP));
    };
    QTRY_VERIFY_WITH_TIMEOUT(resetArrived(), 5000);

    const QByteArray secret = QByteArrayLiteral("cHY6bm90LWZvci1pbXBvc3RvcnM="); // pv:not-for-impostors
    httpSetAuthString(http.get(), "Basic", secret.constData());
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 "ipps://localhost/ipp/print");
    IppHandle response(cupsDoRequest(http.get(), request, "/ipp/print"));
    QVERIFY(!response);

    // Nothing of the request reached the impostor: no password, no request line...
    QTest::qWait(300);
    const QByteArray heard = impostor.process.readAll();
    QVERIFY2(!heard.contains(secret) && !heard.contains("POST"), heard.constData());
    // ... though libcups did reconnect, to it, and the check saw its certificate first.
    QVERIFY2(relay.connections() >= 2, qPrintable(QString::number(relay.connections())));
    QVERIFY(checked >= 1);
    QCOMPARE(refused, QCryptographicHash::hash(impostor.der, QCryptographicHash::Sha256).toHex());
}

// libcups waits 10 s at a time in a TLS handshake, asking no one, whatever the connection's
// httpSetTimeout says; the connection's own wait is put back for it. A server that accepts the
// connection and never answers the handshake: the callback is asked each second, and its "give
// up" ends the handshake.
void TstReconnectCheck::handshakeWaitsAsTheConnectionSays()
{
    int port = 0;
    const int silent = listenLoopback(&port);
    QVERIFY(silent >= 0);
    // Not connected yet (0 ms), as ServerIpp opens its connections.
    HttpHandle http(httpConnect2("127.0.0.1", port, nullptr, AF_INET, HTTP_ENCRYPTION_ALWAYS, 1, 0, nullptr));
    QVERIFY(http);
    int asked = 0;
    const auto giveUpAtTwo = [](http_t *, void *data) {
        int *n = static_cast<int *>(data);
        return ++*n < 2 ? 1 : 0;
    };
    httpSetTimeout(http.get(), 1.0, giveUpAtTwo, &asked);
    const ReconnectCheck check(
        http.get(), [](http_t *) { return true; }, SocketWait{1.0, giveUpAtTwo, &asked});
    QVERIFY(httpReconnect2(http.get(), 5000, nullptr) != 0);
    QCOMPARE(asked, 2);
    ::close(silent);
}

QTEST_GUILESS_MAIN(TstReconnectCheck)
#include "tst_reconnectcheck.moc"
