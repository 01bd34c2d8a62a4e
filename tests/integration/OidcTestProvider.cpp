#include "OidcTestProvider.h"

#include "DaemonHarness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QtTest>
#include <QUrlQuery>

#include <csignal>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <sys/prctl.h>

namespace pv::test {

namespace {

const QString OidcDir = QStringLiteral(PV_SOURCE_DIR "/tests/oidc");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct PemKey
{
    EVP_PKEY *key = nullptr;
    ~PemKey() { EVP_PKEY_free(key); }
};

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

QByteArray forgeJwtImpl(const QJsonObject &header, const QJsonObject &claims, const QString &keyFile,
                        JwtSigner how)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray pem = readFile(keyFile);
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    PemKey key{PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr)};
    BIO_free(bio);
    QByteArray sig;
    if (how == JwtSigner::Key) {
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        size_t size = 0;
        EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key.key);
        EVP_DigestSign(md, nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        sig.resize(int(size));
        EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &size,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        sig.resize(int(size));
        EVP_MD_CTX_free(md);
    } else if (how == JwtSigner::HmacWithPublicKey) {
        const QByteArray secret = publicPem(key.key);
        unsigned char mac[32];
        unsigned int macSize = 0;
        HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
             reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac, &macSize);
        sig = QByteArray(reinterpret_cast<const char *>(mac), int(macSize));
    }
    return input + '.' + base64Url(sig);
}

QStringList args(const char *line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '));
}

} // namespace

OidcTestProvider::OidcTestProvider(Options options)
    : m_options(std::move(options))
{}

OidcTestProvider::~OidcTestProvider()
{
    stop();
}

bool OidcTestProvider::run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir.isEmpty() ? m_dir.path() : dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                  QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool OidcTestProvider::makeCertificates()
{
    QFile ext(m_dir.filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\n") <= 0)
        return false;
    ext.close();
    const QString openssl = QStringLiteral("openssl");
    return run(openssl, args("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key "
                             "-out ca.pem -days 1 -subj /CN=PrintVault-test-CA")) &&
           run(openssl,
               args("req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout tls.key -out tls.csr "
                    "-subj /CN=127.0.0.1")) &&
           run(openssl,
               args("x509 -req -in tls.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out tls.pem -days 1 "
                    "-extfile ext.cnf"));
}

bool OidcTestProvider::newSigningKey()
{
    const QString file = m_dir.filePath(QStringLiteral("key-%1.pem").arg(m_keys.size() + 1));
    if (!run(QStringLiteral("openssl"), args("genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out")
                                            << file))
        return false;
    m_keys.prepend(file);
    return true;
}

QString OidcTestProvider::kid() const
{
    return QFileInfo(m_keys.first()).completeBaseName();
}

QString OidcTestProvider::issuer() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

bool OidcTestProvider::start()
{
    if (!QFileInfo::exists(OidcDir + QStringLiteral("/node_modules/oidc-provider/package.json")) &&
        !run(QStringLiteral("npm"), args("ci --no-audit --no-fund"), OidcDir))
        return false;
    if (m_keys.isEmpty() &&
        (!makeCertificates() || !newSigningKey() ||
         !run(QStringLiteral("openssl"), args("genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out")
                                             << ecKeyFile()) ||
         !run(QStringLiteral("openssl"), args("genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out")
                                             << psKeyFile())))
        return false;
    if (m_port == 0)
        m_port = freeTcpPort();
    const QJsonObject config{{QStringLiteral("port"), m_port},
                             {QStringLiteral("issuer"), issuer()},
                             {QStringLiteral("tls_cert"), m_dir.filePath(QStringLiteral("tls.pem"))},
                             {QStringLiteral("tls_key"), m_dir.filePath(QStringLiteral("tls.key"))},
                             {QStringLiteral("signing_keys"),
                              QJsonArray::fromStringList(m_keys + QStringList{ecKeyFile(), psKeyFile()})},
                             {QStringLiteral("client_id"), m_options.clientId},
                             {QStringLiteral("mfp_client_id"), m_options.mfpClientId},
                             {QStringLiteral("access_token_seconds"), m_options.accessTokenSeconds},
                             {QStringLiteral("device_code_seconds"), m_options.deviceCodeSeconds},
                             {QStringLiteral("tap_file"), m_dir.filePath(QStringLiteral("tap.txt"))}};
    QFile file(m_dir.filePath(QStringLiteral("provider.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) <= 0)
        return false;
    file.close();
    m_node = std::make_unique<QProcess>();
    m_node->setProcessChannelMode(QProcess::MergedChannels);
    // The provider dies with the test, even when the test aborts: it must not outlive it holding
    // a port (or the build lock the test was started under).
    m_node->setChildProcessModifier([]() { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_node->start(QStringLiteral("node"), {OidcDir + QStringLiteral("/provider.mjs"), file.fileName()});
    QByteArray out;
    const bool ready = QTest::qWaitFor(
        [&]() {
            out += m_node->readAll();
            return out.contains("ready\n") || m_node->state() == QProcess::NotRunning;
        },
        30000);
    if (!ready || !out.contains("ready\n")) {
        m_error = QStringLiteral("the provider did not start: ") + QString::fromLocal8Bit(out);
        return false;
    }
    return true;
}

void OidcTestProvider::stop()
{
    if (!m_node)
        return;
    m_node->kill(); // by its PID: the QProcess knows it
    m_node->waitForFinished(5000);
    m_node.reset();
}

bool OidcTestProvider::pause()
{
    return m_node && ::kill(pid_t(m_node->processId()), SIGSTOP) == 0;
}

bool OidcTestProvider::resume()
{
    return m_node && ::kill(pid_t(m_node->processId()), SIGCONT) == 0;
}

QStringList OidcTestProvider::tappedSecrets() const
{
    return QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("tap.txt"))))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool OidcTestProvider::rotateKey()
{
    stop();
    return newSigningKey() && start();
}

HeadlessBrowser::HeadlessBrowser(const QString &caFile)
    : m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.addCaCertificates(QSslCertificate::fromPath(caFile));
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HeadlessBrowser::Page HeadlessBrowser::wait(QNetworkReply *reply)
{
    static_cast<void>(QTest::qWaitFor([reply]() { return reply->isFinished(); }, 30000));
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.url = reply->url();
    page.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && page.status == 0)
        page.error = reply->errorString();
    const QUrl location(QString::fromUtf8(reply->rawHeader("Location")));
    if (!location.isEmpty())
        page.body = reply->url().resolved(location).toString(QUrl::FullyEncoded).toUtf8();
    reply->deleteLater();
    return page;
}

HeadlessBrowser::Page HeadlessBrowser::get(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    return wait(m_network.get(r));
}

HeadlessBrowser::Page HeadlessBrowser::post(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return wait(m_network.post(r, form));
}

// Follows the provider's redirects and answers its two dev-interaction forms (login, consent).
// For a redirect, Page::body holds the absolute target.
HeadlessBrowser::Page HeadlessBrowser::signIn(const QUrl &authorizationUrl, const QString &user,
                                              QUrl *callback)
{
    return follow(get(authorizationUrl), user, callback);
}

HeadlessBrowser::Page HeadlessBrowser::follow(Page page, const QString &user, QUrl *callback)
{
    for (int step = 0; step < 20; ++step) {
        if (page.status >= 300 && page.status < 400) {
            const QUrl next(QString::fromUtf8(page.body));
            if (next.scheme() == QLatin1String("http")) { // the loopback redirect: the end
                if (callback)
                    *callback = next;
                return get(next);
            }
            page = get(next);
        } else if (page.status == 200 && page.url.path().startsWith(QLatin1String("/interaction/"))) {
            const QByteArray form = page.body.contains("value=\"login\"")
                                        ? "prompt=login&login=" + user.toUtf8() + "&password=secret"
                                        : QByteArrayLiteral("prompt=consent");
            page = post(page.url, form);
        } else {
            return page;
        }
    }
    return page;
}

// oidc-provider's pages: GET /device?user_code= answers a form with an xsrf secret, posting it
// answers the confirmation form, and confirming starts the login and consent interaction.
HeadlessBrowser::Page HeadlessBrowser::approveDevice(const QUrl &verificationUri, const QString &userCode,
                                                     const QString &user)
{
    QUrl url = verificationUri;
    url.setQuery(QStringLiteral("user_code=") + QString::fromLatin1(QUrl::toPercentEncoding(userCode)));
    Page page = get(url);
    const QRegularExpression xsrf(QStringLiteral("name=\"xsrf\" value=\"([0-9a-f]+)\""));
    const QString secret = xsrf.match(QString::fromUtf8(page.body)).captured(1);
    if (page.status != 200 || secret.isEmpty())
        return page;
    const QByteArray form = "xsrf=" + secret.toLatin1() + "&user_code=" + QUrl::toPercentEncoding(userCode);
    page = post(verificationUri, form);
    if (page.status != 200)
        return page;
    return follow(post(verificationUri, form + "&confirm=yes"), user, nullptr);
}

QByteArray forgeJwt(const QJsonObject &header, const QJsonObject &claims, const QString &keyFile,
                    JwtSigner how)
{
    return forgeJwtImpl(header, claims, keyFile, how);
}

// The authorization-code flow by hand, as an MFP's app would run it: PKCE, a nonce, the
// provider's login and consent pages, and the code exchanged at the token endpoint.
QByteArray OidcTestProvider::idTokenFor(HeadlessBrowser &browser, const QString &clientId,
                                        const QString &user, const QString &nonce) const
{
    const QByteArray verifier = QByteArray::number(QRandomGenerator::global()->generate64(), 16).repeated(4);
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(freeTcpPort());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid profile email"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    if (!nonce.isEmpty())
        q.addQueryItem(QStringLiteral("nonce"), nonce);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrl auth(issuer() + QStringLiteral("/auth"));
    auth.setQuery(q);
    QUrl back;
    browser.signIn(auth, user, &back); // nothing listens at the redirect: only its URL matters
    const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    if (code.isEmpty())
        return {};
    const QByteArray form = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
                            "&redirect_uri=" + QUrl::toPercentEncoding(redirect) +
                            "&client_id=" + QUrl::toPercentEncoding(clientId) + "&code_verifier=" + verifier;
    const auto reply = browser.post(QUrl(issuer() + QStringLiteral("/token")), form);
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("id_token")).toString().toUtf8();
}

} // namespace pv::test
