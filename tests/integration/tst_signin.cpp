// Sign-in against a real OpenID provider (oidc-provider 8.8.1 on 127.0.0.1 over TLS, see
// tests/oidc/), with a real keychain (tests/with-keyring.sh). The provider's pages are driven
// headlessly; forged tokens are signed here with OpenSSL using the provider's own key.
#include "DaemonHarness.h"
#include "localapi/LocalApiClient.h"
#include "OidcTestProvider.h"
#include "PrivateSystemBus.h"
#include "signin/DesktopIdle.h"
#include "signin/IdToken.h"
#include "signin/Jose.h"
#include "signin/SignInService.h"
#include "vault/KeychainCredentialStore.h"

#include <QDBusConnection>
#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QtTest>
#include <QUrlQuery>

#include <unistd.h>

using namespace pv;
using namespace pv::signin;
using pv::test::JwtSigner;
using pv::test::readFile;

namespace {

// Everything the sign-in logs, in this process, for the marker search.
QString *g_log = nullptr; // test-only: a message handler has no other way to reach the test
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    if (g_log)
        g_log->append(QLatin1String(context.category) + QStringLiteral(": ") + text + QLatin1Char('\n'));
    fprintf(stderr, "%s: %s\n", context.category, qPrintable(text));
}

// Every file under `root` but the keychain's own encrypted store, as one text.
QString filesUnder(const QString &root)
{
    QString files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("keyrings")))
            files += QString::fromLatin1(readFile(path));
    }
    return files;
}

// logind's user object as the desktop keeps it (org.freedesktop.login1(5)): systemd-logind
// itself cannot run without systemd as PID 1, so the test owns its name on a private system
// bus and publishes the two properties PrintVault reads, with the real names and D-Bus types.
class LogindUser : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.User")
    Q_PROPERTY(bool IdleHint READ idleHint)
    Q_PROPERTY(qulonglong IdleSinceHint READ idleSinceHint)
public:
    bool idleHint() const { return idle; }
    qulonglong idleSinceHint() const { return since; }
    void setIdleSince(const QDateTime &t)
    {
        idle = true;
        since = qulonglong(t.toMSecsSinceEpoch()) * 1000;
    }
    bool idle = false;
    qulonglong since = 0; // microseconds of CLOCK_REALTIME
};

} // namespace

class TstSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInThroughTheLocalApi();
    void forgedAndSecondCallbacksAreRefused();
    void listenerIsLoopbackOnly();
    void forgedTokensAreRefused_data();
    void forgedTokensAreRefused();
    void silentRefreshKeepsTheRotatedToken();
    void revokedRefreshTokenSignsOut();
    void signOutForgetsAndRevokes();
    void deviceFlowPendingSlowDownExpired();
    void keyRotationStillValidates();
    void authorizationResponseFromAnotherIssuerIsRefused();
    void otherAlgorithms_data();
    void otherAlgorithms();
    void idleSignOut();
    void desktopUseDefersIdleSignOut();
    void restartKeepsTheSession();
    void networkErrorOnlyRetries();
    void localhostRedirect();
    void noSecretInLogsOrData();

private:
    SignInOptions options() const;
    std::unique_ptr<SignInService> start(const SignInOptions &o);
    std::unique_ptr<SignInService> service(int minimumPollSeconds = -1, const QString &clientId = QString(),
                                           qint64 idleLogoutMs = 0);
    void signOut(SignInService &s);
    void signIn(SignInService &s, QUrl *callback = nullptr);
    Result<SecureBytes> keychain(const QString &key);
    QJsonObject apiCall(localapi::LocalApiClient &c, const QString &method);
    int refreshAt(const SecureBytes &token); // the provider's HTTP status for a refresh with it

    std::unique_ptr<test::OidcTestProvider> m_provider;
    std::unique_ptr<test::HeadlessBrowser> m_browser;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    SystemClock m_clock;
    QString m_log;
    QStringList m_secrets; // every token, code, state and nonce seen, for the marker search
    QTemporaryDir m_data;
};

void TstSignIn::initTestCase()
{
    g_log = &m_log;
    qInstallMessageHandler(captureLog);
    m_provider = std::make_unique<test::OidcTestProvider>(test::OidcTestProvider::Options());
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
    m_browser = std::make_unique<test::HeadlessBrowser>(m_provider->caFile());
    m_keychain = std::make_unique<KeychainCredentialStore>(QStringLiteral("PrintVault"));
}

void TstSignIn::cleanupTestCase()
{
    m_provider.reset();
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
}

SignInOptions TstSignIn::options() const
{
    SignInOptions o;
    o.issuer = m_provider->issuer();
    o.clientId = m_provider->clientId();
    o.caFile = m_provider->caFile();
    o.deviceFlow = true;
    return o;
}

std::unique_ptr<SignInService> TstSignIn::start(const SignInOptions &o)
{
    auto s = std::make_unique<SignInService>(o, m_keychain.get(), &m_clock);
    if (!s->start())
        return nullptr;
    return s;
}

std::unique_ptr<SignInService> TstSignIn::service(int minimumPollSeconds, const QString &clientId,
                                                  qint64 idleLogoutMs)
{
    SignInOptions o = options();
    if (!clientId.isEmpty())
        o.clientId = clientId;
    o.idleLogoutMs = idleLogoutMs;
    o.minimumPollSeconds = minimumPollSeconds;
    return start(o);
}

void TstSignIn::signOut(SignInService &s)
{
    std::optional<bool> out;
    s.signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
}

Result<SecureBytes> TstSignIn::keychain(const QString &key)
{
    std::optional<Result<SecureBytes>> out;
    m_keychain->read(key, [&](Result<SecureBytes> r) { out = std::move(r); });
    static_cast<void>(QTest::qWaitFor([&]() { return out.has_value(); }, 30000));
    if (out && *out)
        m_secrets.append(QString::fromUtf8(out->value().bytes()));
    return out ? *out : Result<SecureBytes>(Error{QStringLiteral("timeout"), key});
}

void TstSignIn::signIn(SignInService &s, QUrl *callback)
{
    std::optional<Result<QUrl>> url;
    s.signIn([&](Result<QUrl> u) { url = u; });
    QTRY_VERIFY_WITH_TIMEOUT(url.has_value(), 30000);
    QVERIFY2(*url, qPrintable(*url ? QString() : url->error().message));
    const QUrlQuery q(url->value());
    m_secrets << q.queryItemValue(QStringLiteral("state")) << q.queryItemValue(QStringLiteral("nonce"));
    QUrl back;
    const auto page = m_browser->signIn(url->value(), QStringLiteral("alice"), &back);
    QCOMPARE(page.status, 200);
    m_secrets << QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    if (callback)
        *callback = back;
    QTRY_COMPARE_WITH_TIMEOUT(int(s.status().state), int(AccountState::SignedIn), 30000);
}

QJsonObject TstSignIn::apiCall(localapi::LocalApiClient &c, const QString &method)
{
    std::optional<Result<QJsonObject>> out;
    c.request(method, {}, [&](Result<QJsonObject> r) { out = std::move(r); });
    static_cast<void>(QTest::qWaitFor([&]() { return out.has_value(); }, 30000));
    if (!out || !*out)
        return {};
    return out->value();
}

int TstSignIn::refreshAt(const SecureBytes &token)
{
    const QByteArray form = "grant_type=refresh_token&client_id=" + m_provider->clientId().toUtf8() +
                            "&refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(token.bytes()));
    return m_browser->post(QUrl(m_provider->issuer() + QStringLiteral("/token")), form).status;
}

// The daemon, configured by policy, signs in through account.sign_in and shows the user.
void TstSignIn::signInThroughTheLocalApi()
{
    test::DaemonHarness daemon;
    daemon.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[account]\nissuer=" +
                       m_provider->issuer().toUtf8() + "\nclient_id=" + m_provider->clientId().toUtf8() +
                       "\nca_file=" + m_provider->caFile().toUtf8() + "\ndevice_flow=true\n");
    QCOMPARE(daemon.start(), QStringLiteral("ready"));
    localapi::LocalApiClient client;
    client.connectToDaemon(daemon.runtimeDir() + QStringLiteral("/api.sock"));
    QTRY_VERIFY(client.isConnected());
    QCOMPARE(apiCall(client, QStringLiteral("account.status"))
                 .value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("signed_out"));
    const QUrl url(apiCall(client, QStringLiteral("account.sign_in"))
                       .value(QStringLiteral("authorization_url"))
                       .toString());
    QVERIFY(url.isValid());
    m_secrets << QUrlQuery(url).queryItemValue(QStringLiteral("nonce"))
              << QUrlQuery(url).queryItemValue(QStringLiteral("state"));
    QUrl back;
    QCOMPARE(m_browser->signIn(url, QStringLiteral("alice"), &back).status, 200);
    m_secrets << QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    QJsonObject account;
    QTRY_VERIFY_WITH_TIMEOUT(
        (account =
             apiCall(client, QStringLiteral("account.status")).value(QStringLiteral("account")).toObject(),
         account.value(QStringLiteral("state")) == QLatin1String("signed_in")),
        30000);
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(account.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.test"));
    const QString key =
        QStringLiteral("signin/%1/%2/refresh_token").arg(m_provider->issuer(), m_provider->clientId());
    QVERIFY(keychain(key));
    apiCall(client, QStringLiteral("account.sign_out"));
    QCOMPARE(keychain(key).error().code, QStringLiteral("not-found"));
    m_log += QString::fromUtf8(daemon.log());
    QCOMPARE(daemon.stop(), 0);
    // The daemon's own folders go with the harness: search them for its secrets now.
    const QString files = filesUnder(daemon.root());
    QVERIFY(!files.isEmpty());
    for (const QString &secret : m_provider->tappedSecrets() + m_secrets)
        QVERIFY2(secret.isEmpty() || !files.contains(secret), "a secret is in the daemon's files");
}

// A callback with another state is refused and the flow goes on; after the one valid callback
// the listener is closed, so a second one cannot even connect.
void TstSignIn::forgedAndSecondCallbacksAreRefused()
{
    auto s = service();
    QVERIFY(s);
    std::optional<Result<QUrl>> url;
    s->signIn([&](Result<QUrl> u) { url = u; });
    QTRY_VERIFY(url.has_value());
    QVERIFY(*url);
    const QString port = QString::number(s->redirectPort());
    const QUrl forged(QStringLiteral("http://127.0.0.1:%1/callback?code=stolen&state=guessed").arg(port));
    QCOMPARE(m_browser->get(forged).status, 400);
    QCOMPARE(int(s->status().state), int(AccountState::SigningIn));
    QUrl back;
    QCOMPARE(m_browser->signIn(url->value(), QStringLiteral("alice"), &back).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedIn), 30000);
    const auto second = m_browser->get(back);
    QCOMPARE(second.status, 0); // nothing listens any more
    QVERIFY(!second.error.isEmpty());
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
}

void TstSignIn::listenerIsLoopbackOnly()
{
    auto s = service();
    QVERIFY(s);
    std::optional<Result<QUrl>> url;
    s->signIn([&](Result<QUrl> u) { url = u; });
    QTRY_VERIFY(url.has_value());
    const quint16 port = s->redirectPort();
    QVERIFY(port > 0);
    int tried = 0;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(a, port);
        QVERIFY2(!socket.waitForConnected(2000),
                 qPrintable(a.toString() + QStringLiteral(" reached the listener")));
        ++tried;
    }
    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(2000)); // the same port answers on loopback
    s->cancel();
    QCOMPARE(s->status().reason, QStringLiteral("cancelled"));
    if (tried == 0)
        QSKIP("no non-loopback IPv4 address on this machine");
}

void TstSignIn::forgedTokensAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("claim");
    QTest::newRow("valid control") << QString() << QString();
    QTest::newRow("wrong nonce") << QStringLiteral("nonce") << QStringLiteral("nonce");
    QTest::newRow("wrong iss") << QStringLiteral("iss") << QStringLiteral("iss");
    QTest::newRow("wrong aud") << QStringLiteral("aud") << QStringLiteral("aud");
    QTest::newRow("other azp") << QStringLiteral("azp") << QStringLiteral("azp");
    QTest::newRow("expired") << QStringLiteral("exp") << QStringLiteral("exp");
    QTest::newRow("not yet valid") << QStringLiteral("nbf") << QStringLiteral("nbf");
    QTest::newRow("issued in the future") << QStringLiteral("iat") << QStringLiteral("iat");
    QTest::newRow("Entra tenant template") << QStringLiteral("tenant") << QString();
    QTest::newRow("another tenant") << QStringLiteral("other-tenant") << QStringLiteral("iss");
    QTest::newRow("tenant with a slash") << QStringLiteral("slash-tenant") << QStringLiteral("iss");
    QTest::newRow("alg none") << QStringLiteral("none") << QStringLiteral("alg");
    QTest::newRow("HS256 with the RSA public key") << QStringLiteral("hs256") << QStringLiteral("alg");
    QTest::newRow("bad signature") << QStringLiteral("tampered") << QString();
}

// Tokens signed with the provider's real key (or forged around it), checked against the JWKS
// the provider publishes.
void TstSignIn::forgedTokensAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, claim);
    const auto jwks = m_browser->get(QUrl(m_provider->issuer() + QStringLiteral("/jwks")));
    KeySet keys;
    keys.setKeys(QJsonDocument::fromJson(jwks.body).object().value(QStringLiteral("keys")).toArray());
    QVERIFY(!keys.isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), m_provider->issuer()},   {QStringLiteral("sub"), QStringLiteral("alice")},
        {QStringLiteral("aud"), m_provider->clientId()}, {QStringLiteral("iat"), double(now)},
        {QStringLiteral("exp"), double(now + 300)},      {QStringLiteral("nonce"), QStringLiteral("n-1")}};
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("kid"), m_provider->kid()}};
    JwtSigner how = JwtSigner::Key;
    if (change == QLatin1String("nonce"))
        claims.insert(QStringLiteral("nonce"), QStringLiteral("n-2"));
    if (change == QLatin1String("iss"))
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example"));
    if (change == QLatin1String("aud"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("another-app"));
    if (change == QLatin1String("azp"))
        claims.insert(QStringLiteral("azp"), QStringLiteral("another-app"));
    if (change == QLatin1String("exp"))
        claims.insert(QStringLiteral("exp"), double(now - 600));
    if (change == QLatin1String("nbf"))
        claims.insert(QStringLiteral("nbf"), double(now + 600));
    if (change == QLatin1String("iat"))
        claims.insert(QStringLiteral("iat"), double(now + 600));
    // Entra's multi-tenant issuer "…/{tenantid}/v2.0": the token's own "tid" fills it in.
    const QString tenantIssuer = QStringLiteral("https://login.example.test/{tenantid}/v2.0");
    const bool tenant = change.contains(QLatin1String("tenant"));
    if (tenant) {
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.example.test/contoso/v2.0"));
        claims.insert(QStringLiteral("tid"),
                      change == QLatin1String("other-tenant")   ? QStringLiteral("fabrikam")
                      : change == QLatin1String("slash-tenant") ? QStringLiteral("contoso/v2.0")
                                                                : QStringLiteral("contoso"));
    }
    if (change == QLatin1String("none")) {
        header.insert(QStringLiteral("alg"), QStringLiteral("none"));
        how = JwtSigner::None;
    }
    if (change == QLatin1String("hs256")) {
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        how = JwtSigner::HmacWithPublicKey;
    }
    QByteArray token = test::forgeJwt(header, claims, m_provider->signingKeyFile(), how);
    if (change == QLatin1String("tampered"))
        token = test::forgeJwt(header, claims, m_provider->signingKeyFile(), how).replace(".eyJ", ".eyJ") +
                "AAAA";
    IdTokenExpectation expected;
    expected.issuer = tenant ? tenantIssuer : m_provider->issuer();
    expected.clientId = m_provider->clientId();
    expected.nonce = QStringLiteral("n-1");
    expected.now = QDateTime::currentDateTimeUtc();
    const auto r = validateIdToken(token, keys, expected);
    if (change.isEmpty() || change == QLatin1String("tenant")) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->subject, QStringLiteral("alice"));
        return;
    }
    QVERIFY(!r);
    if (!claim.isEmpty())
        QCOMPARE(r.error().details.value(QStringLiteral("claim")).toString(), claim);
    else
        QCOMPARE(r.error().code, QStringLiteral("bad-signature"));
}

// The access token lives 6 s: the service renews it on its own, and the rotated refresh token
// is what the keychain holds afterwards; the spent one no longer works.
void TstSignIn::silentRefreshKeepsTheRotatedToken()
{
    auto s = service();
    QVERIFY(s);
    signIn(*s);
    auto first = keychain(s->refreshTokenKey());
    QVERIFY(first);
    QTRY_VERIFY_WITH_TIMEOUT(keychain(s->refreshTokenKey()).value().bytes() != first->bytes(), 20000);
    QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    QCOMPARE(s->status().identity.name, QStringLiteral("Alice Example"));
    // The new token is the one in use: the next renewal succeeds with it.
    const QByteArray second = keychain(s->refreshTokenKey()).value().bytes();
    QTRY_VERIFY_WITH_TIMEOUT(keychain(s->refreshTokenKey()).value().bytes() != second, 20000);
    QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
}

void TstSignIn::revokedRefreshTokenSignsOut()
{
    auto s = service();
    QVERIFY(s);
    signIn(*s);
    auto token = keychain(s->refreshTokenKey());
    QVERIFY(token);
    const QByteArray form = "token=" + QUrl::toPercentEncoding(QString::fromUtf8(token->bytes())) +
                            "&token_type_hint=refresh_token&client_id=" + m_provider->clientId().toUtf8();
    QCOMPARE(m_browser->post(QUrl(m_provider->issuer() + QStringLiteral("/token/revocation")), form).status,
             200);
    s->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedOut), 20000);
    QCOMPARE(s->status().reason, QStringLiteral("session-ended"));
    QVERIFY(!s->status().message.isEmpty());
    QCOMPARE(keychain(s->refreshTokenKey()).error().code, QStringLiteral("not-found"));
}

void TstSignIn::signOutForgetsAndRevokes()
{
    auto s = service();
    QVERIFY(s);
    signIn(*s);
    auto token = keychain(s->refreshTokenKey());
    QVERIFY(token);
    QVERIFY(keychain(s->profileKey()));
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
    QCOMPARE(int(s->status().state), int(AccountState::SignedOut));
    QCOMPARE(keychain(s->refreshTokenKey()).error().code, QStringLiteral("not-found"));
    QCOMPARE(keychain(s->profileKey()).error().code, QStringLiteral("not-found"));
    QCOMPARE(refreshAt(token.value()), 400); // revoked at the provider (RFC 7009)
}

// Polling at once, twice, earns slow_down; nobody approves, so the code expires (12 s).
void TstSignIn::deviceFlowPendingSlowDownExpired()
{
    auto s = service(0);
    QVERIFY(s);
    QStringList answers;
    connect(s.get(), &SignInService::devicePollAnswered, this, [&](const QString &a) { answers.append(a); });
    std::optional<Result<DeviceCode>> code;
    s->deviceSignIn([&](Result<DeviceCode> c) { code = c; });
    QTRY_VERIFY(code.has_value());
    QVERIFY2(*code, qPrintable(*code ? QString() : code->error().message));
    QVERIFY(!code->value().userCode.isEmpty());
    QVERIFY(code->value().verificationUri.startsWith(m_provider->issuer()));
    QTRY_VERIFY_WITH_TIMEOUT(answers.contains(QStringLiteral("slow_down")), 10000);
    QVERIFY(answers.contains(QStringLiteral("authorization_pending")));
    QVERIFY(s->devicePollSeconds() >= 5);
    QCOMPARE(int(s->status().state), int(AccountState::SigningIn));
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedOut), 40000);
    QCOMPARE(s->status().reason, QStringLiteral("code-expired"));
    QVERIFY2(answers.contains(QStringLiteral("expired_token")), qPrintable(answers.join(QLatin1Char(','))));
}

// A new signing key at the provider: its kid is unknown to a service that already fetched the
// old JWKS, which fetches it again and accepts the token.
void TstSignIn::keyRotationStillValidates()
{
    auto s = service();
    QVERIFY(s);
    signIn(*s);
    const QString oldKid = m_provider->kid();
    QVERIFY2(m_provider->rotateKey(), qPrintable(m_provider->error()));
    QVERIFY(m_provider->kid() != oldKid);
    signIn(*s);
    QCOMPARE(s->status().identity.subject, QStringLiteral("alice"));
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
}

// RFC 9207: the provider advertises authorization_response_iss_parameter_supported and sends
// "iss" with its answer; an answer with the right state but another issuer (a mix-up attack)
// ends the sign-in, and so does one without "iss".
void TstSignIn::authorizationResponseFromAnotherIssuerIsRefused()
{
    const auto discovery =
        m_browser->get(QUrl(m_provider->issuer() + QStringLiteral("/.well-known/openid-configuration")));
    QVERIFY(QJsonDocument::fromJson(discovery.body)
                .object()
                .value(QStringLiteral("authorization_response_iss_parameter_supported"))
                .toBool());
    auto s = service();
    QVERIFY(s);
    QUrl back;
    signIn(*s, &back);
    QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_provider->issuer());
    for (const QString &iss : {QStringLiteral("https://evil.example"), QString()}) {
        std::optional<Result<QUrl>> url;
        s->signIn([&](Result<QUrl> u) { url = u; });
        QTRY_VERIFY(url.has_value());
        QVERIFY(*url);
        const QString state = QUrlQuery(url->value()).queryItemValue(QStringLiteral("state"));
        m_secrets << state << QUrlQuery(url->value()).queryItemValue(QStringLiteral("nonce"));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), QStringLiteral("from-elsewhere"));
        answer.addQueryItem(QStringLiteral("state"), state);
        if (!iss.isEmpty())
            answer.addQueryItem(QStringLiteral("iss"), iss);
        QUrl forged(QStringLiteral("http://127.0.0.1:%1/callback").arg(s->redirectPort()));
        forged.setQuery(answer);
        m_browser->get(forged);
        QTRY_COMPARE_WITH_TIMEOUT(s->status().reason, QStringLiteral("wrong-issuer"), 10000);
        // The session from before stays: a refused attempt signs nobody out.
        QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    }
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());
}

void TstSignIn::otherAlgorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("ES256") << QStringLiteral("ES256");
    QTest::newRow("PS256") << QStringLiteral("PS256");
}

// The provider signs the ID tokens of its "-es256" and "-ps256" clients with a P-256 and an
// RSA-PSS key: the service signs in with each, and the token it got is of that algorithm and
// verifies against the JWKS, while the same token with one byte of its signature changed fails.
void TstSignIn::otherAlgorithms()
{
    QFETCH(QString, alg);
    const QString clientId = m_provider->clientId() + QLatin1Char('-') + alg.toLower();
    auto s = service(-1, clientId);
    QVERIFY(s);
    signIn(*s);
    QCOMPARE(s->status().identity.name, QStringLiteral("Alice Example"));
    std::optional<bool> out;
    s->signOut([&]() { out = true; });
    QTRY_VERIFY(out.has_value());

    test::HeadlessBrowser browser(m_provider->caFile());
    const QByteArray token =
        m_provider->idTokenFor(browser, clientId, QStringLiteral("alice"), QStringLiteral("n-alg"));
    QVERIFY(!token.isEmpty());
    m_secrets << QString::fromLatin1(token);
    auto jwt = jose::parse(token);
    QVERIFY(jwt);
    QCOMPARE(jwt->alg(), alg);
    KeySet keys;
    keys.setKeys(
        QJsonDocument::fromJson(m_browser->get(QUrl(m_provider->issuer() + QStringLiteral("/jwks"))).body)
            .object()
            .value(QStringLiteral("keys"))
            .toArray());
    IdTokenExpectation expected;
    expected.issuer = m_provider->issuer();
    expected.clientId = clientId;
    expected.nonce = QStringLiteral("n-alg");
    expected.now = QDateTime::currentDateTimeUtc();
    const auto r = validateIdToken(token, keys, expected);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QByteArray tampered = token;
    const int at = int(tampered.lastIndexOf('.')) + 5;
    tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
    QCOMPARE(validateIdToken(tampered, keys, expected).error().code, QStringLiteral("bad-signature"));
}

// Idle sign-out (policy account/idle_logout_minutes, here 3 s): activity reported more often
// than that keeps the session through several idle periods; without it, the session ends with
// the reason "idle" and nothing is left in the keychain.
void TstSignIn::idleSignOut()
{
    auto s = service(-1, QString(), 3000);
    QVERIFY(s);
    signIn(*s);
    for (int i = 0; i < 20; ++i) { // 10 s of activity every half second
        QTest::qWait(500);
        s->noteActivity();
        QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedOut), 20000);
    QCOMPARE(s->status().reason, QStringLiteral("idle"));
    QVERIFY(!s->status().message.isEmpty());
    QCOMPARE(keychain(s->refreshTokenKey()).error().code, QStringLiteral("not-found"));
}

// Idle sign-out asks the desktop (logind's IdleHint on the user) before it ends a session: a
// user who works in other programs, with no input in PrintVault's window, stays signed in; once
// the desktop is idle, the session ends a limit after the desktop's last use, not earlier.
void TstSignIn::desktopUseDefersIdleSignOut()
{
    QTemporaryDir dir;
    test::PrivateSystemBus bus;
    QVERIFY(bus.start(dir.path()));
    QDBusConnection logind = QDBusConnection::connectToBus(bus.address(), QStringLiteral("logind"));
    QVERIFY(logind.isConnected());
    QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    LogindUser user;
    QVERIFY(logind.registerObject(QStringLiteral("/org/freedesktop/login1/user/_%1").arg(geteuid()), &user,
                                  QDBusConnection::ExportAllProperties));
    DesktopIdle desktop{uint(geteuid()), bus.address()};
    SignInOptions o = options();
    o.idleLogoutMs = 3000;
    o.idleSource = &desktop;
    auto s = start(o);
    QVERIFY(s);
    signIn(*s);
    QTest::qWait(10000); // three idle limits without input in the window: the desktop is in use
    QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    // Idle on the desktop since 2 s ago: the session ends about a second from now.
    QElapsedTimer idle;
    idle.start();
    user.setIdleSince(QDateTime::currentDateTimeUtc().addMSecs(-2000));
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedOut), 20000);
    QCOMPARE(s->status().reason, QStringLiteral("idle"));
    QVERIFY2(idle.elapsed() < 3000 + 3000, qPrintable(QString::number(idle.elapsed())));
    QCOMPARE(keychain(s->refreshTokenKey()).error().code, QStringLiteral("not-found"));
    logind.unregisterObject(QStringLiteral("/org/freedesktop/login1/user/_%1").arg(geteuid()));
    QDBusConnection::disconnectFromBus(QStringLiteral("logind"));
    QDBusConnection::disconnectFromBus(QStringLiteral("printvault-desktop-idle"));
}

// Closing the window or restarting the computer keeps the user signed in: a new service (the
// daemon's next start) finds the session in the keychain, shows the user at once, and renews it.
void TstSignIn::restartKeepsTheSession()
{
    auto first = service();
    QVERIFY(first);
    signIn(*first);
    const QByteArray before = keychain(first->refreshTokenKey()).value().bytes();
    first.reset(); // the daemon stops: nothing is revoked or forgotten
    auto again = service();
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(int(again->status().state), int(AccountState::SignedIn), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(again->status().identity.name, QStringLiteral("Alice Example"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(keychain(again->refreshTokenKey()).value().bytes() != before, 20000);
    QCOMPARE(int(again->status().state), int(AccountState::SignedIn));
    QCOMPARE(refreshAt(SecureBytes(before)), 400); // rotated: the old one is spent
    signOut(*again);
}

// A provider that does not answer (stopped: the connection opens, no reply comes) only delays
// the renewal: the user stays signed in with the reason shown, the keychain keeps its token,
// and once the provider answers again the next try renews the session.
void TstSignIn::networkErrorOnlyRetries()
{
    auto s = service();
    QVERIFY(s);
    signIn(*s);
    QVERIFY(m_provider->pause());
    const QByteArray before = keychain(s->refreshTokenKey()).value().bytes(); // nothing renews now
    s->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!s->status().reason.isEmpty(), 40000);
    const AccountStatus waiting = s->status();
    QVERIFY(m_provider->resume());
    QCOMPARE(int(waiting.state), int(AccountState::SignedIn));
    QVERIFY2(waiting.reason != QLatin1String("session-ended"), qPrintable(waiting.reason));
    QVERIFY(!waiting.message.isEmpty());
    QCOMPARE(keychain(s->refreshTokenKey()).value().bytes(), before);
    QTRY_VERIFY_WITH_TIMEOUT(keychain(s->refreshTokenKey()).value().bytes() != before, 40000);
    QTRY_VERIFY_WITH_TIMEOUT(s->status().reason.isEmpty(), 10000);
    QCOMPARE(int(s->status().state), int(AccountState::SignedIn));
    signOut(*s);
}

// Policy account/redirect_host=localhost, as some providers require: the provider is asked to
// send the browser to http://localhost:PORT/callback, and the loopback listener takes it there.
void TstSignIn::localhostRedirect()
{
    SignInOptions o = options();
    o.redirectHost = QStringLiteral("localhost");
    auto s = start(o);
    QVERIFY(s);
    QUrl back;
    std::optional<Result<QUrl>> url;
    s->signIn([&](Result<QUrl> u) { url = u; });
    QTRY_VERIFY(url.has_value());
    QVERIFY(*url);
    const QUrl redirect(
        QUrlQuery(url->value()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    QCOMPARE(redirect.port(), int(s->redirectPort()));
    QCOMPARE(m_browser->signIn(url->value(), QStringLiteral("alice"), &back).status, 200);
    QCOMPARE(back.host(), QStringLiteral("localhost"));
    QTRY_COMPARE_WITH_TIMEOUT(int(s->status().state), int(AccountState::SignedIn), 30000);
    signOut(*s);
}

// No token, code, state, nonce, PKCE verifier or device code in what was logged here and by the
// daemon, or in any file. Beside what the test saw, the provider's tap names every secret only
// the client saw: access and ID tokens, verifiers, device codes.
void TstSignIn::noSecretInLogsOrData()
{
    const QStringList tapped = m_provider->tappedSecrets();
    QVERIFY2(tapped.size() >= 20, qPrintable(QString::number(tapped.size())));
    m_secrets += tapped;
    m_secrets.removeAll(QString());
    const QString files =
        filesUnder(QDir::homePath()) + filesUnder(QString::fromLocal8Bit(qgetenv("XDG_RUNTIME_DIR")));
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY2(!m_log.contains(secret), "a secret is in the log");
        QVERIFY2(!files.contains(secret), "a secret is in a file");
    }
}

QTEST_GUILESS_MAIN(TstSignIn)
#include "tst_signin.moc"
