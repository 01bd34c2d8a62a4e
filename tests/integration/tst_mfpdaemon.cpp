// The MFP API through the real printvaultd and printvault-cli, over real TLS on loopback, with a
// real keychain: the pull flow set up from the CLI, TLS versions and plain HTTP, certificate
// installation, the OpenAPI document checked against real answers, and a load run with wrk.
#include "DaemonHarness.h"
#include "HttpsClient.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace pv::test;

class TstMfpDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullFlowFromTheCli();
    void tlsVersionsAndPlainHttp();
    void certificateInstall();
    void loadOf200Clients();

private:
    struct Signed
    {
        QByteArray device;
        Credential session; // with the device token it belongs to
    };
    Signed pairAndSignIn(DaemonHarness &h, const QString &pin);
    HttpReply record(const QByteArray &method, const QByteArray &path, const HttpReply &reply);
    QJsonArray m_exchanges;
};

namespace {

QString user()
{
    return qEnvironmentVariable("USER", QStringLiteral("root"));
}

// Runs a command to its end; returns exit code (-1 if it did not run) and merged output.
CliResult run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray(),
              int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    CliResult r;
    if (!p.waitForStarted())
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAll();
    return r;
}

} // namespace

HttpReply TstMfpDaemon::record(const QByteArray &method, const QByteArray &path, const HttpReply &reply)
{
    const bool isJson = reply.header("content-type") == "application/json" && !reply.body.isEmpty();
    m_exchanges.append(
        QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                    {QStringLiteral("path"), QString::fromLatin1(path)},
                    {QStringLiteral("status"), reply.status},
                    {QStringLiteral("body"), isJson ? QJsonValue(reply.json()) : QJsonValue()}});
    return reply;
}

TstMfpDaemon::Signed TstMfpDaemon::pairAndSignIn(DaemonHarness &h, const QString &pin)
{
    const HttpsClient c(h.mfpPort(), h.mfpCertificate());
    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("pair"),
                         QStringLiteral("--name"), QStringLiteral("Lobby")});
    const QString code = r.json().value(QStringLiteral("code")).toString();
    HttpReply reply = record("POST", "/api/v1/devices/pair",
                             c.post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), code}}));
    Signed s;
    s.device = reply.json().value(QStringLiteral("device_token")).toString().toLatin1();
    reply = record("POST", "/api/v1/sessions",
                   c.post("/api/v1/sessions", s.device,
                          {{QStringLiteral("user"), user()}, {QStringLiteral("pin"), pin}}));
    s.session = {reply.json().value(QStringLiteral("session_token")).toString().toLatin1(), s.device};
    return s;
}

void TstMfpDaemon::pullFlowFromTheCli()
{
    DaemonHarness h;
    h.enableMfp();
    h.environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("printvault.*.debug=true"));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const HttpsClient c(h.mfpPort(), h.mfpCertificate());

    // The fingerprint the CLI shows is the one the API announces and the one served.
    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show")});
    QCOMPARE(r.exitCode, 0);
    const QString fingerprint = r.json().value(QStringLiteral("fingerprint_sha256")).toString();
    QVERIFY(r.json().value(QStringLiteral("self_signed")).toBool());
    HttpReply info = record("GET", "/api/v1/info", c.get("/api/v1/info"));
    QCOMPARE(info.json().value(QStringLiteral("certificate_sha256")).toString(), fingerprint);
    QCOMPARE(QString::fromLatin1(h.mfpCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
             fingerprint);
    // The key is sealed at rest, and the files are the user's alone.
    QFile key(h.dataDir() + QStringLiteral("/mfp-tls/key.sealed"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(!key.readAll().contains("PRIVATE KEY"));
    QCOMPARE(int(key.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);

    QCOMPARE(h.cli({QStringLiteral("pin"), QStringLiteral("set")}, "1234\n").exitCode, 1); // trivial
    r = h.cli({QStringLiteral("pin"), QStringLiteral("set")}, "2580\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The badge number is read from standard input only: never from the command line.
    QCOMPARE(h.cli({QStringLiteral("card"), QStringLiteral("set"), QStringLiteral("04A1B2C3D4")}).exitCode,
             2);
    QCOMPARE(h.cli({QStringLiteral("card"), QStringLiteral("set")}, "04A1B2C3D4\n").exitCode, 0);
    const QByteArray pdf = buildPdf(QStringLiteral("MCMC"), QStringLiteral("mfp-daemon"));
    r = h.cli(
        {QStringLiteral("--json"), QStringLiteral("submit"), h.writeFile(QStringLiteral("report.pdf"), pdf)});
    QCOMPARE(r.exitCode, 0);
    const QByteArray id = r.json().value(QStringLiteral("id")).toString().toLatin1();
    const QByteArray other =
        h.cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--owner"),
               QStringLiteral("someone-else"), h.writeFile(QStringLiteral("b.pdf"), pdf)})
            .json()
            .value(QStringLiteral("id"))
            .toString()
            .toLatin1();

    const Signed s = pairAndSignIn(h, QStringLiteral("2580"));
    QVERIFY(!s.session.isEmpty());
    HttpReply reply = record("GET", "/api/v1/jobs", c.get("/api/v1/jobs", s.session));
    const QJsonArray jobs = reply.json().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1); // not someone-else's
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("color_pages")).toInt(), 2);
    record("GET", "/api/v1/jobs/" + id, c.get("/api/v1/jobs/" + id, s.session));
    record("GET", "/api/v1/jobs/" + other, c.get("/api/v1/jobs/" + other, s.session));
    reply = record("GET", "/api/v1/jobs/" + id + "/document",
                   c.get("/api/v1/jobs/" + id + "/document", s.session));
    QCOMPARE(sha256(reply.body), sha256(pdf));
    reply = record("GET", "/api/v1/jobs/" + id + "/thumbnail",
                   c.get("/api/v1/jobs/" + id + "/thumbnail", s.session));
    QVERIFY(reply.body.startsWith("\x89PNG"));
    record("POST", "/api/v1/jobs/" + id + "/printed",
           c.post("/api/v1/jobs/" + id + "/printed", s.session, {{QStringLiteral("impressions"), -1}}));
    reply = record("POST", "/api/v1/jobs/" + id + "/printed",
                   c.post("/api/v1/jobs/" + id + "/printed", s.session,
                          {{QStringLiteral("impressions"), 4},
                           {QStringLiteral("color_impressions"), 2},
                           {QStringLiteral("sheets"), 2}}));
    QCOMPARE(reply.status, 200);

    // Gone from the vault (and so from the tray), and counted in the ledger.
    r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    QCOMPARE(r.json().value(QStringLiteral("jobs")).toArray().size(), 1);
    r = h.cli({QStringLiteral("--json"), QStringLiteral("usage")});
    QCOMPARE(r.json().value(QStringLiteral("impressions")).toInt(), 4);
    QCOMPARE(r.json().value(QStringLiteral("color_impressions")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("sheets")).toInt(), 2);
    QCOMPARE(r.json()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("job_id"))
                 .toString(),
             QString::fromLatin1(id));

    // The same with the badge.
    reply = record(
        "POST", "/api/v1/sessions",
        c.post("/api/v1/sessions", s.device, {{QStringLiteral("card_id"), QStringLiteral("04a1b2c3d4")}}));
    QCOMPARE(reply.status, 201);
    record("POST", "/api/v1/sessions",
           c.post("/api/v1/sessions", s.device, {{QStringLiteral("card_id"), QStringLiteral("99")}}));
    record("GET", "/api/v1/jobs", c.get("/api/v1/jobs", "pvs_garbage"));
    record("DELETE", "/api/v1/sessions/current", c.call("DELETE", "/api/v1/sessions/current", s.session));

    // Revoking from the CLI ends the device's sessions.
    const QString deviceId = QString::fromLatin1(s.device.mid(4, 16));
    r = h.cli({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
    QCOMPARE(r.json()
                 .value(QStringLiteral("devices"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             deviceId);
    QCOMPARE(h.cli({QStringLiteral("devices"), QStringLiteral("revoke"), deviceId}).exitCode, 0);
    reply = record(
        "POST", "/api/v1/sessions",
        c.post("/api/v1/sessions", s.device, {{QStringLiteral("card_id"), QStringLiteral("04A1B2C3D4")}}));
    QCOMPARE(reply.status, 401);

    // The answers match docs/api/openapi.yaml.
    const QString exchanges =
        h.writeFile(QStringLiteral("exchanges.json"), QJsonDocument(m_exchanges).toJson());
    const CliResult check = run(QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral(PV_SOURCE_DIR "/tests/integration/openapi_check.py"),
                                 QStringLiteral(PV_SOURCE_DIR "/docs/api/openapi.yaml"), exchanges});
    QVERIFY2(check.exitCode == 0, check.out.constData());

    // No PIN, badge number or token reaches the log, even at debug level.
    QCOMPARE(h.stop(), 0);
    const QByteArray log = h.log();
    for (const QByteArray &secret : {QByteArray("2580"), QByteArray("04A1B2C3D4"), QByteArray("04a1b2c3d4"),
                                     s.device.mid(21), s.session.bearer.mid(21)})
        QVERIFY2(!log.contains(secret), secret.constData());
}

void TstMfpDaemon::tlsVersionsAndPlainHttp()
{
    DaemonHarness h;
    const quint16 port = h.enableMfp();
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    // SECLEVEL=0 lets the client offer the old versions: the refusal must come from the server.
    for (const QString &old : {QStringLiteral("-tls1"), QStringLiteral("-tls1_1")}) {
        const CliResult r = run(QStringLiteral("openssl"),
                                {QStringLiteral("s_client"), old, QStringLiteral("-cipher"),
                                 QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-connect"), target});
        QVERIFY2(r.exitCode != 0 && r.out.contains("alert protocol version"), r.out.constData());
    }
    for (const QString &modern : {QStringLiteral("-tls1_2"), QStringLiteral("-tls1_3")}) {
        const CliResult r = run(QStringLiteral("openssl"),
                                {QStringLiteral("s_client"), modern, QStringLiteral("-connect"), target});
        QVERIFY2(r.exitCode == 0 && r.out.contains("BEGIN CERTIFICATE"), r.out.constData());
    }
    // Plain HTTP gets no service: no HTTP answer at all, just the end of the connection.
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(plain.waitForConnected(5000));
    plain.write("GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    while (plain.waitForReadyRead(3000))
        answer += plain.readAll();
    QVERIFY(!answer.contains("HTTP/"));
    QVERIFY(!answer.contains("PrintVault"));
    QCOMPARE(HttpsClient(port, h.mfpCertificate()).get("/api/v1/info").status, 200);
}

void TstMfpDaemon::certificateInstall()
{
    DaemonHarness h;
    const quint16 port = h.enableMfp();
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString dir = h.root();
    const auto ssl = [&](const QStringList &args) {
        const CliResult r = run(QStringLiteral("openssl"), args);
        QVERIFY2(r.exitCode == 0, r.out.constData());
    };
    // A private CA, and a P-256 server certificate it signs for 127.0.0.1.
    ssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir + QStringLiteral("/ca.key"), QStringLiteral("-out"),
         dir + QStringLiteral("/ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
         QStringLiteral("-days"), QStringLiteral("2")});
    ssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         dir + QStringLiteral("/srv.key"), QStringLiteral("-out"), dir + QStringLiteral("/srv.csr"),
         QStringLiteral("-subj"), QStringLiteral("/CN=workstation")});
    h.writeFile(QStringLiteral("san.ext"), "subjectAltName=IP:127.0.0.1\n");
    ssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         dir + QStringLiteral("/srv.csr"), QStringLiteral("-CA"), dir + QStringLiteral("/ca.pem"),
         QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"),
         dir + QStringLiteral("/san.ext"), QStringLiteral("-out"), dir + QStringLiteral("/srv.pem")});

    // A key that is not the certificate's is refused, and nothing changes.
    const QString before = h.cli({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show")})
                               .json()
                               .value(QStringLiteral("fingerprint_sha256"))
                               .toString();
    CliResult r = h.cli({QStringLiteral("cert"), QStringLiteral("install"), dir + QStringLiteral("/srv.pem"),
                         dir + QStringLiteral("/ca.key")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not belong"), r.err.constData());

    r = h.cli({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("install"),
               dir + QStringLiteral("/srv.pem"), dir + QStringLiteral("/srv.key"),
               dir + QStringLiteral("/ca.pem")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString after = r.json().value(QStringLiteral("fingerprint_sha256")).toString();
    QVERIFY(after != before);
    QVERIFY(!r.json().value(QStringLiteral("self_signed")).toBool());

    // A client that trusts only the CA now verifies the server, also after a restart.
    QFile caFile(dir + QStringLiteral("/ca.pem"));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QSslCertificate ca(caFile.readAll(), QSsl::Pem);
    QCOMPARE(HttpsClient(port, ca)
                 .get("/api/v1/info")
                 .json()
                 .value(QStringLiteral("certificate_sha256"))
                 .toString(),
             after);
    QCOMPARE(h.stop(), 0);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QCOMPARE(HttpsClient(port, ca).get("/api/v1/info").status, 200);
}

void TstMfpDaemon::loadOf200Clients()
{
    DaemonHarness h;
    // All 200 clients come from one address here; on a LAN they are many MFPs.
    const quint16 port = h.enableMfp("max_connections_per_address=256\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QCOMPARE(h.cli({QStringLiteral("pin"), QStringLiteral("set")}, "2580\n").exitCode, 0);
    const QString file = h.root() + QStringLiteral("/big.pdf");
    QCOMPARE(
        QProcess::execute(QStringLiteral(PV_MKPDF), {file, QStringLiteral("4"), QStringLiteral("262144")}),
        0);
    const CliResult submitted = h.cli({QStringLiteral("--json"), QStringLiteral("submit"), file});
    const QString id = submitted.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const Signed s = pairAndSignIn(h, QStringLiteral("2580"));
    QVERIFY(!s.session.isEmpty());
    const auto rss = [&]() {
        QFile f(QStringLiteral("/proc/%1/status").arg(h.pid()));
        f.open(QIODevice::ReadOnly);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)")).match(QString::fromLatin1(f.readAll()));
        return m.captured(1).toLongLong() / 1024;
    };
    const qint64 rssBefore = rss();

    // 100 clients list and 100 download, all at once, for the whole run.
    const QString seconds = qEnvironmentVariable("PV_MFP_LOAD_SECONDS", QStringLiteral("30"));
    const QString base = QStringLiteral("https://127.0.0.1:%1/api/v1/jobs").arg(port);
    const QString auth = QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(s.session.bearer);
    const QString deviceHeader = QStringLiteral("X-Device-Token: ") + QString::fromLatin1(s.device);
    QProcess list, download;
    const QString document = base + QLatin1Char('/') + id + QStringLiteral("/document");
    for (auto [p, url] : {std::pair{&list, base}, std::pair{&download, document}}) {
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("wrk"),
                 {QStringLiteral("-t1"), QStringLiteral("-c100"),
                  QStringLiteral("-d") + seconds + QLatin1Char('s'), QStringLiteral("--timeout"),
                  QStringLiteral("10s"), QStringLiteral("-H"), auth, QStringLiteral("-H"), deviceHeader,
                  url});
    }
    // Peak RSS in the first third of the run (when every connection is busy and the allocator,
    // or ASan's quarantine, has filled up) and over the rest: a leak keeps growing.
    QElapsedTimer clock;
    clock.start();
    const qint64 thirdMs = seconds.toLongLong() * 1000 / 3;
    qint64 rssEarly = rssBefore, rssPeak = rssBefore;
    while (list.state() != QProcess::NotRunning || download.state() != QProcess::NotRunning) {
        QTest::qWait(500);
        const qint64 now = rss();
        rssPeak = qMax(rssPeak, now);
        if (clock.elapsed() < thirdMs)
            rssEarly = qMax(rssEarly, now);
    }
    for (QProcess *p : {&list, &download}) {
        const QByteArray out = p->readAll();
        qInfo().noquote() << out;
        QVERIFY2(p->exitCode() == 0, out.constData());
        QVERIFY2(!out.contains("Socket errors") && !out.contains("Non-2xx"), out.constData());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+) requests in")).match(QString::fromLatin1(out));
        QVERIFY2(m.captured(1).toLongLong() > 200, out.constData());
    }
    qInfo() << "daemon RSS before" << rssBefore << "MB, peak in the first third" << rssEarly << "MB, peak"
            << rssPeak << "MB";
    // Bounded: streaming keeps each download to a few buffers whatever the document's size, so
    // after the first third the daemon does not grow any more (the sanitizer build's quarantine
    // and shadow memory are in these figures too, hence the absolute cap is loose).
    QVERIFY2(rssPeak - rssEarly < 128,
             qPrintable(QStringLiteral("grew by %1 MB after the first third").arg(rssPeak - rssEarly)));
    QVERIFY2(rssPeak - rssBefore < 1024,
             qPrintable(QStringLiteral("grew by %1 MB").arg(rssPeak - rssBefore)));
    QVERIFY(HttpsClient(port, h.mfpCertificate()).get("/api/v1/info").status == 200);
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TstMfpDaemon)
#include "tst_mfpdaemon.moc"
