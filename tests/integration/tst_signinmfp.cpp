// The organisation account from the outside, against a real OpenID provider (oidc-provider
// 8.8.1 on 127.0.0.1 over TLS, tests/oidc/) and the real daemon and CLI: `printvault-cli login`
// (browser and device flow), `whoami` and `logout`; and MFP sign-in with the ID token an MFP's
// app got from the same provider (POST /api/v1/sessions {"id_token": ...}), accepted for the
// signed-in user and refused in every other case.
#include "DaemonHarness.h"
#include "HttpsClient.h"
#include "OidcTestProvider.h"
#include "PdfBuilder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

using namespace pv::test;

namespace {

QString localUser()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Reads a running CLI's standard output until `pattern` matches; its first group.
QString waitForOutput(QProcess *cli, const QRegularExpression &pattern, QByteArray *seen)
{
    QRegularExpressionMatch m;
    static_cast<void>(QTest::qWaitFor(
        [&]() {
            *seen += cli->readAllStandardOutput();
            m = pattern.match(QString::fromUtf8(*seen));
            return m.hasMatch() || cli->state() == QProcess::NotRunning;
        },
        30000));
    return m.captured(1);
}

} // namespace

class TstSignInMfp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliLoginWhoamiLogout();
    void cliDeviceLogin();
    void mfpSignInWithIdToken();
    void noTokenInLogsOrData();

private:
    void startDaemon(DaemonHarness &h, bool mfp);
    QJsonObject whoami(DaemonHarness &h, int *exitCode = nullptr);
    void signInThroughTheCli(DaemonHarness &h);

    std::unique_ptr<OidcTestProvider> m_provider;
    QStringList m_secrets; // tokens and codes seen, for the marker search
    QByteArray m_logs;
    QStringList m_dataDirs;
    std::vector<std::unique_ptr<DaemonHarness>> m_daemons; // kept for the marker search
};

void TstSignInMfp::initTestCase()
{
    m_provider = std::make_unique<OidcTestProvider>(OidcTestProvider::Options());
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
}

void TstSignInMfp::startDaemon(DaemonHarness &h, bool mfp)
{
    const QByteArray account =
        "\n[account]\nissuer=" + m_provider->issuer().toUtf8() +
        "\nclient_id=" + m_provider->clientId().toUtf8() + "\nca_file=" + m_provider->caFile().toUtf8() +
        "\ndevice_flow=true\nmfp_audiences=" + m_provider->mfpClientId().toUtf8() + '\n';
    if (mfp)
        h.enableMfp(account);
    else
        h.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n" + account);
    // Nothing opens: the test is the browser.
    h.environment().insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    QCOMPARE(h.start(), QStringLiteral("ready"));
}

QJsonObject TstSignInMfp::whoami(DaemonHarness &h, int *exitCode)
{
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("whoami")});
    if (exitCode)
        *exitCode = r.exitCode;
    return r.json().value(QStringLiteral("account")).toObject();
}

// `login` opens the browser (here: BROWSER=true), prints the address, and returns once the
// provider has sent the browser back, naming who signed in.
void TstSignInMfp::signInThroughTheCli(DaemonHarness &h)
{
    std::unique_ptr<QProcess> cli(h.startCli({QStringLiteral("login")}));
    QByteArray out;
    const QString url = waitForOutput(
        cli.get(), QRegularExpression(QStringLiteral("Your browser was opened at:\\n(\\S+)\\n")), &out);
    QVERIFY2(!url.isEmpty(), out.constData());
    m_secrets << QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("state"))
              << QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("nonce"));
    HeadlessBrowser browser(m_provider->caFile());
    QUrl back;
    QCOMPARE(browser.signIn(QUrl(url), QStringLiteral("alice"), &back).status, 200);
    m_secrets << QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    QTRY_COMPARE_WITH_TIMEOUT(cli->state(), QProcess::NotRunning, 30000);
    out += cli->readAllStandardOutput();
    QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
    QVERIFY2(out.contains("Signed in as Alice Example <alice@example.test>"), out.constData());
}

void TstSignInMfp::cliLoginWhoamiLogout()
{
    auto &h = *m_daemons.emplace_back(std::make_unique<DaemonHarness>());
    startDaemon(h, false);
    int rc = -1;
    QCOMPARE(whoami(h, &rc).value(QStringLiteral("state")).toString(), QStringLiteral("signed_out"));
    QCOMPARE(rc, 1);
    signInThroughTheCli(h);

    const QJsonObject me = whoami(h, &rc);
    QCOMPARE(rc, 0);
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("signed_in"));
    QCOMPARE(me.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(me.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.test"));
    QCOMPARE(me.value(QStringLiteral("subject")).toString(), QStringLiteral("alice"));
    QCOMPARE(me.value(QStringLiteral("issuer")).toString(), m_provider->issuer());
    const CliResult plain = h.cli({QStringLiteral("whoami")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("Signed in as Alice Example <alice@example.test>"), plain.out.constData());
    QVERIFY(plain.out.contains(m_provider->issuer().toUtf8()));

    const CliResult out = h.cli({QStringLiteral("logout")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.out.contains("Signed out"));
    QCOMPARE(whoami(h, &rc).value(QStringLiteral("state")).toString(), QStringLiteral("signed_out"));
    QCOMPARE(rc, 1);
    QVERIFY(h.cli({QStringLiteral("whoami")}).out.contains("Not signed in."));
}

// `login --device` shows the address and the code, waits while the user approves it on
// another device, and reports who signed in.
void TstSignInMfp::cliDeviceLogin()
{
    auto &h = *m_daemons.emplace_back(std::make_unique<DaemonHarness>());
    startDaemon(h, false);
    std::unique_ptr<QProcess> cli(h.startCli({QStringLiteral("login"), QStringLiteral("--device")}));
    QByteArray out;
    const QString uri =
        waitForOutput(cli.get(), QRegularExpression(QStringLiteral("open (\\S+) on any device")), &out);
    const QString code =
        QRegularExpression(QStringLiteral("\\n {4}(\\S+)\\n")).match(QString::fromUtf8(out)).captured(1);
    QVERIFY2(!uri.isEmpty() && !code.isEmpty(), out.constData());
    QVERIFY(uri.startsWith(m_provider->issuer()));
    // The window would show the same code: account.status says what the sign-in waits for.
    const QJsonObject pending = whoami(h).value(QStringLiteral("pending")).toObject();
    QCOMPARE(pending.value(QStringLiteral("flow")).toString(), QStringLiteral("device"));
    QCOMPARE(pending.value(QStringLiteral("device")).toObject().value(QStringLiteral("user_code")).toString(),
             code);
    HeadlessBrowser phone(m_provider->caFile());
    const auto done = phone.approveDevice(QUrl(uri), code, QStringLiteral("alice"));
    QVERIFY2(done.status == 200 && done.body.contains("Sign-in Success"), done.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(cli->state(), QProcess::NotRunning, 40000);
    out += cli->readAllStandardOutput();
    QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
    QVERIFY2(out.contains("Signed in as Alice Example"), out.constData());
    QCOMPARE(whoami(h).value(QStringLiteral("subject")).toString(), QStringLiteral("alice"));
    QCOMPARE(h.cli({QStringLiteral("logout")}).exitCode, 0);
}

void TstSignInMfp::mfpSignInWithIdToken()
{
    auto &h = *m_daemons.emplace_back(std::make_unique<DaemonHarness>());
    startDaemon(h, true);
    const HttpsClient c(h.mfpPort(), h.mfpCertificate());
    const QString code = h.cli({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("pair")})
                             .json()
                             .value(QStringLiteral("code"))
                             .toString();
    const QByteArray device = c.post("/api/v1/devices/pair", {}, {{QStringLiteral("code"), code}})
                                  .json()
                                  .value(QStringLiteral("device_token"))
                                  .toString()
                                  .toLatin1();
    QVERIFY(!device.isEmpty());
    auto signIn = [&](const QByteArray &token) {
        m_secrets << QString::fromLatin1(token);
        return c.post("/api/v1/sessions", device, {{QStringLiteral("id_token"), QString::fromLatin1(token)}});
    };
    HeadlessBrowser mfpApp(m_provider->caFile());
    const QByteArray early = m_provider->idTokenFor(mfpApp, m_provider->mfpClientId(),
                                                    QStringLiteral("alice"), QStringLiteral("nonce-early"));
    QVERIFY(!early.isEmpty());
    // The workstation is signed out: nobody to match the token with.
    QCOMPARE(signIn(early).status, 401);

    signInThroughTheCli(h);
    QVERIFY(c.get("/api/v1/info")
                .json()
                .value(QStringLiteral("sign_in"))
                .toArray()
                .contains(QStringLiteral("id_token")));
    const QByteArray token = m_provider->idTokenFor(mfpApp, m_provider->mfpClientId(),
                                                    QStringLiteral("alice"), QStringLiteral("nonce-1"));
    HttpReply ok = signIn(token);
    QVERIFY2(ok.status == 201, ok.body.constData());
    QCOMPARE(ok.json().value(QStringLiteral("user")).toString(), localUser());
    QCOMPARE(ok.json()
                 .value(QStringLiteral("org_identity"))
                 .toObject()
                 .value(QStringLiteral("subject"))
                 .toString(),
             QStringLiteral("alice"));
    // The session is the user's, as with a PIN: it lists their jobs.
    const QString job = h.submit(buildPdf(QStringLiteral("MC"), QStringLiteral("Report")));
    const Credential session{ok.json().value(QStringLiteral("session_token")).toString().toLatin1(), device};
    m_secrets << QString::fromLatin1(session.bearer);
    const QJsonArray jobs = c.get("/api/v1/jobs", session).json().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("id")).toString(), job);
    // Held while signed in: the job carries who that was, at the MFP, in the CLI and the ledger.
    const QJsonObject org = jobs.first().toObject().value(QStringLiteral("org_identity")).toObject();
    QCOMPARE(org.value(QStringLiteral("subject")).toString(), QStringLiteral("alice"));
    QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(org.value(QStringLiteral("issuer")).toString(), m_provider->issuer());
    QVERIFY(
        h.cli({QStringLiteral("jobs"), QStringLiteral("show"), job}).out.contains("Alice Example (alice at"));
    QCOMPARE(c.post("/api/v1/jobs/" + job.toLatin1() + "/printed", session,
                    {{QStringLiteral("impressions"), 2}, {QStringLiteral("color_impressions"), 1}})
                 .status,
             200);
    const QJsonArray entries = h.usage().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first()
                 .toObject()
                 .value(QStringLiteral("org_identity"))
                 .toObject()
                 .value(QStringLiteral("subject"))
                 .toString(),
             QStringLiteral("alice"));

    // Every other case is 401.
    QCOMPARE(signIn(token).status, 401); // the same nonce again
    const QByteArray desktop = m_provider->idTokenFor(mfpApp, m_provider->clientId(), QStringLiteral("alice"),
                                                      QStringLiteral("nonce-2"));
    QCOMPARE(signIn(desktop).json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-token"));
    HeadlessBrowser bobsPhone(m_provider->caFile());
    const QByteArray bob = m_provider->idTokenFor(bobsPhone, m_provider->mfpClientId(), QStringLiteral("bob"),
                                                  QStringLiteral("nonce-3"));
    QCOMPARE(signIn(bob).json().value(QStringLiteral("error")).toString(), QStringLiteral("wrong-user"));
    const QByteArray noNonce =
        m_provider->idTokenFor(mfpApp, m_provider->mfpClientId(), QStringLiteral("alice"), QString());
    QCOMPARE(signIn(noNonce).status, 401);
    // Signed with the provider's own key, but expired, or naming another issuer.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_provider->kid()}};
    QJsonObject claims{
        {QStringLiteral("iss"), m_provider->issuer()},      {QStringLiteral("sub"), QStringLiteral("alice")},
        {QStringLiteral("aud"), m_provider->mfpClientId()}, {QStringLiteral("iat"), double(now - 900)},
        {QStringLiteral("exp"), double(now - 600)},         {QStringLiteral("nonce"), QStringLiteral("n-4")}};
    HttpReply expired = signIn(forgeJwt(header, claims, m_provider->signingKeyFile(), JwtSigner::Key));
    QCOMPARE(expired.status, 401);
    QVERIFY2(expired.body.contains("exp"), expired.body.constData());
    claims.insert(QStringLiteral("exp"), double(now + 600));
    claims.insert(QStringLiteral("nonce"), QStringLiteral("n-5"));
    const QByteArray control = forgeJwt(header, claims, m_provider->signingKeyFile(), JwtSigner::Key);
    claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.evil.example"));
    claims.insert(QStringLiteral("nonce"), QStringLiteral("n-6"));
    QCOMPARE(signIn(forgeJwt(header, claims, m_provider->signingKeyFile(), JwtSigner::Key)).status, 401);
    // The control, made the same way with every claim right, is accepted.
    QCOMPARE(signIn(control).status, 201);

    // Signed out at the workstation: the MFP's next token is refused.
    QCOMPARE(h.cli({QStringLiteral("logout")}).exitCode, 0);
    const QByteArray after = m_provider->idTokenFor(mfpApp, m_provider->mfpClientId(),
                                                    QStringLiteral("alice"), QStringLiteral("nonce-7"));
    HttpReply out = signIn(after);
    QCOMPARE(out.status, 401);
    QCOMPARE(out.json().value(QStringLiteral("error")).toString(), QStringLiteral("not-signed-in"));
    // Held while signed out: no organisational identity.
    const QString later = h.submit(buildPdf(QStringLiteral("M"), QStringLiteral("Later")));
    for (const QJsonValue &j : h.jobs()) {
        if (j.toObject().value(QStringLiteral("id")) == later)
            QVERIFY(j.toObject().value(QStringLiteral("org_identity")).isNull());
    }
}

// No token, code, state or nonce in any daemon's log or in any file the daemons wrote.
void TstSignInMfp::noTokenInLogsOrData()
{
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() >= 10);
    for (const auto &h : m_daemons) {
        const QByteArray log = h->log();
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY2(!log.contains(secret.toUtf8()), "a secret is in a daemon's log");
            QVERIFY2(!treeContains(h->root(), secret.toUtf8()), "a secret is in a daemon's files");
        }
        QCOMPARE(h->stop(), 0);
    }
}

QTEST_GUILESS_MAIN(TstSignInMfp)
#include "tst_signinmfp.moc"
