// The local API's contract: docs/api/local-api.json against a real daemon (in process, real
// keychain), a real ippeveprinter and the real CLI. Every documented method is called and every
// documented event is made to happen; each reply, error and event must match its documented
// schema exactly (no undocumented key, no missing one), and every key anywhere is snake_case.
#include "daemon/Daemon.h"
#include "DaemonHarness.h"
#include "HttpsClient.h"
#include "IppEvePrinter.h"
#include "JsonSchema.h"
#include "localapi/Frame.h"
#include "localapi/LocalApiClient.h"
#include "mfp/MfpService.h"
#include "PdfBuilder.h"
#include "vault/KeychainCredentialStore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pv;
using localapi::LocalApiClient;

namespace {

QJsonObject loadSpec()
{
    QFile f(QStringLiteral(PV_SOURCE_DIR "/docs/api/local-api.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Every key the documentation itself names: property names, required names and error details.
QStringList documentedKeys(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            out += documentedKeys(x);
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("properties"))
            out += it.value().toObject().keys();
        if (it.key() == QLatin1String("required") || it.key() == QLatin1String("details")) {
            for (const QJsonValue &k : it.value().toArray())
                out.append(k.toString());
        }
        out += documentedKeys(it.value());
    }
    return out;
}

} // namespace

class TstApiContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentationIsSnakeCase();
    void everyMethodAndEventMatchesTheDocumentation();
    void cliJsonIsSnakeCase();
    void idleLockIsTheDaemons();

private:
    Result<QJsonObject> call(const QString &method, const QJsonObject &params = {});
    // A call whose reply only needs to match the documentation.
    void exercise(const QString &method, const QJsonObject &params = {})
    {
        static_cast<void>(call(method, params));
    }
    void check(const QString &method, const Result<QJsonObject> &r);
    void checkEvent(const QJsonObject &event);
    Result<QJsonObject> submit(const QByteArray &pdf);
    QString pairDevice(const QString &code);
    void causeProtocolError();
    void causeIdentify();
    QJsonObject cli(const QStringList &args);

    QJsonObject m_spec;
    std::unique_ptr<test::JsonSchema> m_schema;
    QTemporaryDir m_dir;
    Paths m_paths;
    SystemClock m_clock;
    std::unique_ptr<KeychainCredentialStore> m_credentials;
    std::unique_ptr<Daemon> m_daemon;
    std::unique_ptr<LocalApiClient> m_client;
    std::unique_ptr<LocalApiClient> m_watcher;
    std::unique_ptr<test::IppEvePrinter> m_printer;
    QSet<QString> m_called;
    QSet<QString> m_seenEvents;
    QStringList m_problems;
    int m_ippPort = 0;
};

void TstApiContract::initTestCase()
{
    m_spec = loadSpec();
    QVERIFY2(!m_spec.isEmpty(), "docs/api/local-api.json is missing or not JSON");
    QCOMPARE(m_spec.value(QStringLiteral("protocol")).toInt(), localapi::ProtocolVersion);
    m_schema = std::make_unique<test::JsonSchema>(m_spec);

    m_printer = std::make_unique<test::IppEvePrinter>(QStringLiteral("application/pdf"));
    QVERIFY(m_printer->start());

    m_paths.configDir = m_dir.filePath(QStringLiteral("config"));
    m_paths.dataDir = m_dir.filePath(QStringLiteral("data"));
    m_paths.runtimeDir = m_dir.filePath(QStringLiteral("run"));
    m_ippPort = test::freeTcpPort();
    QFile policy(m_dir.filePath(QStringLiteral("policy.ini")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[vault]\nmin_free_mb=0\n[release]\nretry_seconds=2\n[capture]\nipp_port=" +
                 QByteArray::number(m_ippPort) +
                 "\n[mfp]\nlisten_address=127.0.0.1\nport=" + QByteArray::number(test::freeTcpPort()) +
                 // Server spooling to a server that is never there: jobs stay in the outbox (and
                 // local release works), and the outbox and connection events are sent.
                 "\n[server]\nuri=ipps://127.0.0.1:1/printers/hold\nmode=server\n");
    policy.close();
    DaemonOptions o;
    o.paths = m_paths;
    o.workerPath = QStringLiteral(PV_BIN_DIR "/printvault-worker"); // jobs.submit converts in it
    o.policyFile = policy.fileName();
    m_credentials = std::make_unique<KeychainCredentialStore>(QStringLiteral("PrintVault contract test"));
    m_daemon = std::make_unique<Daemon>(o, m_credentials.get(), &m_clock);
    QVERIFY(m_daemon->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->status()->state() == ServiceStatus::State::Ready && m_daemon->mfp(),
                             30000);

    m_client = std::make_unique<LocalApiClient>();
    m_watcher = std::make_unique<LocalApiClient>();
    for (LocalApiClient *c : {m_client.get(), m_watcher.get()}) {
        c->connectToDaemon(m_paths.socketPath());
        QTRY_VERIFY(c->isConnected());
    }
    connect(m_watcher.get(), &LocalApiClient::eventReceived, this, &TstApiContract::checkEvent);
}

void TstApiContract::cleanupTestCase()
{
    m_client.reset();
    m_watcher.reset();
    m_daemon.reset();
    m_printer.reset();
}

void TstApiContract::documentationIsSnakeCase()
{
    QStringList bad;
    for (const QString &key : documentedKeys(m_spec)) {
        if (!test::JsonSchema::isSnakeCase(key))
            bad.append(key);
    }
    // Method and event names are dotted snake_case segments.
    const QStringList names = m_spec.value(QStringLiteral("methods")).toObject().keys() +
                              m_spec.value(QStringLiteral("events")).toObject().keys();
    for (const QString &name : names) {
        for (const QString &segment : name.split(QLatin1Char('.'))) {
            if (!test::JsonSchema::isSnakeCase(segment))
                bad.append(name);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));

    // The prose page names every method and event, and no camelCase key survives in it.
    QFile page(QStringLiteral(PV_SOURCE_DIR "/docs/local-api.md"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    for (const QString &name : names)
        QVERIFY2(text.contains(QLatin1Char('`') + name + QLatin1Char('`')),
                 qPrintable(name + QStringLiteral(" is not in local-api.md")));
    static const QRegularExpression camel(QStringLiteral("`\\{?\"?[a-z]+[A-Z][A-Za-z]*\"?`"));
    QVERIFY2(!camel.match(text).hasMatch(), qPrintable(camel.match(text).captured(0)));
}

// Checks one reply against the method's documented result, or an error against the documented
// error object and code list.
void TstApiContract::check(const QString &method, const Result<QJsonObject> &r)
{
    m_called.insert(method);
    const QJsonObject doc = m_spec.value(QStringLiteral("methods")).toObject().value(method).toObject();
    if (doc.isEmpty()) {
        m_problems.append(method + QStringLiteral(": not documented"));
        return;
    }
    if (r) {
        m_problems += m_schema->validate(r.value(), doc.value(QStringLiteral("result")).toObject(), method);
        m_problems += test::JsonSchema::nonSnakeKeys(r.value(), method);
        return;
    }
    const QJsonObject errors = m_spec.value(QStringLiteral("errors")).toObject();
    if (!errors.contains(r.error().code))
        m_problems.append(method + QStringLiteral(": undocumented error code ") + r.error().code);
    const QJsonObject details = r.error().details;
    const QJsonArray named =
        errors.value(r.error().code).toObject().value(QStringLiteral("details")).toArray();
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!named.contains(it.key()))
            m_problems.append(method + QStringLiteral(": undocumented detail ") + it.key());
    }
    m_problems += test::JsonSchema::nonSnakeKeys(details, method + QStringLiteral(".error.details"));
}

void TstApiContract::checkEvent(const QJsonObject &event)
{
    const QString name = event.value(QStringLiteral("event")).toString();
    m_seenEvents.insert(name);
    const QJsonObject schema = m_spec.value(QStringLiteral("events")).toObject().value(name).toObject();
    if (schema.isEmpty())
        m_problems.append(QStringLiteral("event ") + name + QStringLiteral(": not documented"));
    m_problems += m_schema->validate(event, schema, name);
    m_problems += test::JsonSchema::nonSnakeKeys(event, name);
}

Result<QJsonObject> TstApiContract::call(const QString &method, const QJsonObject &params)
{
    std::optional<Result<QJsonObject>> out;
    m_client->request(method, params, [&](Result<QJsonObject> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 60000))
        return Error{QStringLiteral("timeout"), method};
    check(method, *out);
    return *out;
}

Result<QJsonObject> TstApiContract::submit(const QByteArray &pdf)
{
    QBuffer source;
    source.setData(pdf);
    source.open(QIODevice::ReadOnly);
    // Both replies: once the document is durable (stored), and once it is held (job).
    std::optional<Result<QJsonObject>> stored;
    std::optional<Result<QJsonObject>> out;
    m_client->submit(
        &source,
        {{QStringLiteral("title"), QStringLiteral("Contract")},
         {QStringLiteral("file_name"), QStringLiteral("c.pdf")}},
        nullptr, [&](Result<QJsonObject> r) { out = std::move(r); },
        [&](Result<QJsonObject> r) { stored = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 60000))
        return Error{QStringLiteral("timeout"), QStringLiteral("jobs.submit")};
    if (!stored || !stored->value().contains(QStringLiteral("stored")))
        m_problems.append(QStringLiteral("jobs.submit: no stored reply before the job"));
    else
        check(QStringLiteral("jobs.submit"), *stored);
    check(QStringLiteral("jobs.submit"), *out);
    return *out;
}

// The MFP side of pairing, over HTTPS: it makes the daemon announce device.paired.
QString TstApiContract::pairDevice(const QString &code)
{
    test::HttpsClient https(m_daemon->mfp()->port(), m_daemon->mfp()->identity().certificate);
    const test::HttpReply reply =
        https.post("/api/v1/devices/pair", QByteArray(),
                   {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Lobby")}});
    return reply.json().value(QStringLiteral("device_id")).toString();
}

// A frame the daemon cannot read: it answers protocol.error and closes only this connection.
void TstApiContract::causeProtocolError()
{
    QLocalSocket raw;
    raw.connectToServer(m_paths.socketPath());
    QVERIFY(raw.waitForConnected(5000));
    raw.write(QByteArray::fromHex("00000003") + "Jxx");
    // The daemon runs on this thread: wait with the event loop turning.
    QByteArray frame;
    QTRY_VERIFY_WITH_TIMEOUT((frame += raw.readAll(), raw.state() == QLocalSocket::UnconnectedState), 10000);
    frame += raw.readAll();
    QVERIFY(frame.size() > 5);
    checkEvent(QJsonDocument::fromJson(frame.mid(5)).object());
}

// Identify-Printer on the virtual printer, through ipptool.
void TstApiContract::causeIdentify()
{
    QTemporaryFile test;
    QVERIFY(test.open());
    test.write("{ OPERATION Identify-Printer\n GROUP operation-attributes-tag\n"
               " ATTR charset attributes-charset utf-8\n ATTR language attributes-natural-language en\n"
               " ATTR uri printer-uri $uri\n ATTR keyword identify-actions display\n"
               " ATTR text message \"contract\"\n STATUS successful-ok }\n");
    test.close();
    QProcess ipptool;
    ipptool.start(QStringLiteral("ipptool"),
                  {QStringLiteral("-q"), QStringLiteral("ipp://localhost:%1/ipp/print").arg(m_ippPort),
                   test.fileName()});
    QVERIFY(ipptool.waitForFinished(30000));
    QCOMPARE(ipptool.exitCode(), 0);
}

void TstApiContract::everyMethodAndEventMatchesTheDocumentation()
{
    // hello lists exactly the documented methods.
    auto hello = call(QStringLiteral("hello"), {{QStringLiteral("protocol"), localapi::ProtocolVersion}});
    QVERIFY(hello);
    QStringList served;
    for (const QJsonValue &v : hello->value(QStringLiteral("methods")).toArray())
        served.append(v.toString());
    QStringList documented = m_spec.value(QStringLiteral("methods")).toObject().keys();
    std::sort(served.begin(), served.end());
    std::sort(documented.begin(), documented.end());
    QCOMPARE(served, documented);
    exercise(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}}); // unsupported-protocol
    {
        std::optional<Result<QJsonObject>> sub;
        m_watcher->request(QStringLiteral("events.subscribe"), {}, [&](Result<QJsonObject> r) { sub = r; });
        QTRY_VERIFY(sub.has_value());
        check(QStringLiteral("events.subscribe"), *sub);
    }
    exercise(QStringLiteral("status"));

    // Jobs: submit, read, export, pause.
    auto job = submit(test::buildPdf(QStringLiteral("MCM"), QStringLiteral("contract")));
    QVERIFY2(job, job ? "" : qPrintable(job.error().message));
    const QString id = job->value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject byId{{QStringLiteral("id"), id}};
    exercise(QStringLiteral("jobs.list"));
    exercise(QStringLiteral("jobs.get"), byId);
    exercise(QStringLiteral("jobs.get"), {{QStringLiteral("id"), QStringLiteral("ffff")}}); // not-found
    exercise(QStringLiteral("jobs.thumbnail"), byId);
    exercise(QStringLiteral("jobs.preview"), {{QStringLiteral("id"), id}, {QStringLiteral("width"), 64}});
    exercise(QStringLiteral("jobs.preview"),
             {{QStringLiteral("id"), id}, {QStringLiteral("width"), 1}}); // bad-request
    {
        QByteArray bytes;
        QBuffer sink(&bytes);
        sink.open(QIODevice::WriteOnly);
        std::optional<Result<QJsonObject>> out;
        m_client->exportJob(id, &sink, [&](Result<QJsonObject> r) { out = r; });
        QTRY_VERIFY(out.has_value());
        check(QStringLiteral("jobs.export"), *out);
    }
    exercise(QStringLiteral("capture.set_paused"), {{QStringLiteral("paused"), true}});
    exercise(QStringLiteral("capture.set_paused"), {{QStringLiteral("paused"), false}});

    // Printers, quota and usage, then a release that prints and counts.
    const QJsonObject printer{{QStringLiteral("uri"), m_printer->uri()},
                              {QStringLiteral("name"), QStringLiteral("Lab")}};
    QVERIFY(call(QStringLiteral("printers.add"), printer));
    exercise(QStringLiteral("printers.list"));
    exercise(QStringLiteral("printers.refresh"), {{QStringLiteral("name"), QStringLiteral("Lab")}});
    exercise(QStringLiteral("printers.discover"), {{QStringLiteral("timeout_ms"), 500}});
    exercise(QStringLiteral("printers.trust"), {{QStringLiteral("printer"), m_printer->ippsUri()}});
    exercise(QStringLiteral("quota.get"));
    auto released = call(QStringLiteral("jobs.release"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("printer"), QStringLiteral("Lab")}});
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    exercise(QStringLiteral("usage.get"));
    exercise(QStringLiteral("usage.history"), {{QStringLiteral("months"), 2}});
    exercise(QStringLiteral("printers.remove"), {{QStringLiteral("name"), QStringLiteral("Lab")}});

    // A printer that is not there: release.retrying, then printer-unreachable; the job stays.
    auto second = submit(test::buildPdf(QStringLiteral("M"), QStringLiteral("second")));
    QVERIFY(second);
    const QString secondId =
        second->value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    auto refused = call(QStringLiteral("jobs.release"),
                        {{QStringLiteral("id"), secondId},
                         {QStringLiteral("printer"),
                          QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(test::freeTcpPort())}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("printer-unreachable"));
    exercise(QStringLiteral("jobs.delete"), {{QStringLiteral("id"), secondId}});

    // The MFP side.
    exercise(QStringLiteral("mfp.certificate"));
    exercise(QStringLiteral("mfp.install_certificate"), {{QStringLiteral("certificate"), QStringLiteral("x")},
                                                         {QStringLiteral("key"), QStringLiteral("y")}});
    auto code = call(QStringLiteral("devices.pair"), {{QStringLiteral("name"), QStringLiteral("Lobby")}});
    QVERIFY(code);
    const QString device = pairDevice(code->value(QStringLiteral("code")).toString());
    QVERIFY(!device.isEmpty());
    exercise(QStringLiteral("devices.list"));
    exercise(QStringLiteral("devices.revoke"), {{QStringLiteral("id"), device}});
    exercise(QStringLiteral("session.lock"));                                               // no-pin
    exercise(QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("1111")}}); // weak-pin
    QVERIFY(call(QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("2580")}}));
    QVERIFY(call(QStringLiteral("session.lock")));
    exercise(QStringLiteral("devices.pair")); // session-locked
    QVERIFY(call(QStringLiteral("session.unlock"), {{QStringLiteral("pin"), QStringLiteral("2580")}}));
    exercise(QStringLiteral("pin.status"));
    exercise(QStringLiteral("pin.verify"), {{QStringLiteral("pin"), QStringLiteral("2580")}});
    exercise(QStringLiteral("pin.verify"),
             {{QStringLiteral("pin"), QStringLiteral("9999")}}); // bad-credentials
    exercise(QStringLiteral("card.set"), {{QStringLiteral("card_id"), QStringLiteral("04A1B2C3")}});

    // The audit log: the user's activity, a signed export, the key, a masked name.
    exercise(QStringLiteral("audit.activity"));
    exercise(QStringLiteral("audit.activity"), {{QStringLiteral("limit"), 0}}); // bad-request
    exercise(QStringLiteral("audit.export"),
             {{QStringLiteral("path"), m_dir.filePath(QStringLiteral("audit.jsonl"))}});
    exercise(QStringLiteral("audit.export"), {{QStringLiteral("path"), QStringLiteral("relative.jsonl")}});
    exercise(QStringLiteral("audit.public_key"));
    exercise(QStringLiteral("audit.mask"), {{QStringLiteral("value"), QStringLiteral("3rd floor")}});

    // The account, without a provider in policy: status says so, signing in is refused with
    // account-not-configured, and sign-out still answers (and says account.changed).
    QCOMPARE(call(QStringLiteral("account.status"))
                 ->value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("not_configured"));
    auto signIn = call(QStringLiteral("account.sign_in"));
    QVERIFY(!signIn);
    QCOMPARE(signIn.error().code, QStringLiteral("account-not-configured"));
    exercise(QStringLiteral("account.device_sign_in"));
    exercise(QStringLiteral("account.cancel"));
    exercise(QStringLiteral("account.activity"));
    exercise(QStringLiteral("account.sign_out"));
    // No print server in this policy: status says so, login is refused, logout has nothing to forget.
    exercise(QStringLiteral("server.status"));
    exercise(QStringLiteral("server.login"), {{QStringLiteral("password"), QStringLiteral("x")}});
    exercise(QStringLiteral("server.logout"));

    // Refusals that come before any method runs.
    auto unknown = call(QStringLiteral("no.such_method"));
    QCOMPARE(unknown.error().code, QStringLiteral("unknown-method"));
    m_called.remove(QStringLiteral("no.such_method"));
    m_problems.removeAll(QStringLiteral("no.such_method: not documented"));
    causeIdentify();
    causeProtocolError();

    QTRY_VERIFY_WITH_TIMEOUT(m_seenEvents.contains(QStringLiteral("printer.identify")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_seenEvents.contains(QStringLiteral("account.changed")), 10000);
    const QStringList methods = m_spec.value(QStringLiteral("methods")).toObject().keys();
    for (const QString &m : methods)
        QVERIFY2(m_called.contains(m), qPrintable(QStringLiteral("never called: ") + m));
    for (const QString &e : m_spec.value(QStringLiteral("events")).toObject().keys())
        QVERIFY2(m_seenEvents.contains(e), qPrintable(QStringLiteral("never seen: ") + e));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

// The tray's idle lock, held by the daemon: while it holds, changing the PIN, the badge or
// pairing a device is refused over the local API (to any client, not only the tray) until the
// PIN is given; nothing is changed by a refused call, and the right PIN ends the lock.
void TstApiContract::idleLockIsTheDaemons()
{
    const QString pin = QStringLiteral("2580"); // set by the contract above
    QVERIFY(call(QStringLiteral("pin.verify"), {{QStringLiteral("pin"), pin}}));
    auto locked = call(QStringLiteral("session.lock"));
    QVERIFY(locked);
    QVERIFY(locked->value(QStringLiteral("locked")).toBool());
    QVERIFY(call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());

    const QList<QPair<QString, QJsonObject>> guarded = {
        {QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("3690")}}},
        {QStringLiteral("card.set"), {{QStringLiteral("card_id"), QStringLiteral("0999FFEE")}}},
        {QStringLiteral("devices.pair"), {{QStringLiteral("name"), QStringLiteral("Passer-by")}}}};
    for (const auto &[method, params] : guarded) {
        const auto r = call(method, params);
        QVERIFY2(!r, qPrintable(method));
        QCOMPARE(r.error().code, QStringLiteral("session-locked"));
        QCOMPARE(r.error().details.value(QStringLiteral("param")).toString(), QStringLiteral("current_pin"));
    }
    // Another connection (the CLI's) meets the same lock: it is the daemon's, not the tray's.
    {
        LocalApiClient other;
        other.connectToDaemon(m_paths.socketPath());
        QTRY_VERIFY(other.isConnected());
        std::optional<Result<QJsonObject>> out;
        other.request(QStringLiteral("devices.pair"), {}, [&](Result<QJsonObject> r) { out = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QCOMPARE(out->error().code, QStringLiteral("session-locked"));
    }
    // The PIN was not changed and no pairing code was made.
    QVERIFY(call(QStringLiteral("pin.verify"), {{QStringLiteral("pin"), pin}}));
    QVERIFY(call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());
    // A wrong current PIN is a wrong PIN (it counts towards the lockout) and the lock holds.
    auto wrong = call(QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("3690")},
                                                  {QStringLiteral("current_pin"), QStringLiteral("7777")}});
    QCOMPARE(wrong.error().code, QStringLiteral("bad-credentials"));
    QVERIFY(call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());
    // The right one: the change is made and the lock ends.
    QVERIFY(call(QStringLiteral("card.set"), {{QStringLiteral("card_id"), QStringLiteral("0999FFEE")},
                                              {QStringLiteral("current_pin"), pin}}));
    QVERIFY(!call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());
    QVERIFY(call(QStringLiteral("devices.pair"), {{QStringLiteral("name"), QStringLiteral("Lobby 2")}}));

    // session.unlock: a wrong PIN leaves it locked, the right one ends it.
    QVERIFY(call(QStringLiteral("session.lock")));
    QCOMPARE(call(QStringLiteral("session.unlock"), {{QStringLiteral("pin"), QStringLiteral("7777")}})
                 .error()
                 .code,
             QStringLiteral("bad-credentials"));
    QVERIFY(call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());
    QVERIFY(call(QStringLiteral("session.unlock"), {{QStringLiteral("pin"), pin}}));
    QVERIFY(!call(QStringLiteral("status"))->value(QStringLiteral("idle_locked")).toBool());
    QVERIFY(call(QStringLiteral("pin.set"), {{QStringLiteral("pin"), QStringLiteral("3690")}}));
    QVERIFY(call(QStringLiteral("pin.verify"), {{QStringLiteral("pin"), QStringLiteral("3690")}}));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

QJsonObject TstApiContract::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PV_BIN_DIR "/printvault-cli"),
            QStringList{QStringLiteral("--json"), QStringLiteral("--socket"), m_paths.socketPath()} + args);
    // The daemon runs in this process: keep its event loop turning while the CLI waits on it.
    if (!QTest::qWaitFor([&]() { return p.state() == QProcess::NotRunning; }, 60000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// --json prints what the daemon said (or an error object), so it keeps the same convention.
void TstApiContract::cliJsonIsSnakeCase()
{
    QStringList problems;
    const QList<QStringList> commands{
        {QStringLiteral("status")},
        {QStringLiteral("jobs"), QStringLiteral("list")},
        {QStringLiteral("quota")},
        {QStringLiteral("usage")},
        {QStringLiteral("printers"), QStringLiteral("list")},
        {QStringLiteral("devices"), QStringLiteral("list")},
        {QStringLiteral("cert"), QStringLiteral("show")},
        {QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("ffff")}};
    for (const QStringList &c : commands) {
        const QJsonObject out = cli(c);
        if (out.isEmpty())
            problems.append(c.join(QLatin1Char(' ')) + QStringLiteral(": no JSON"));
        problems += test::JsonSchema::nonSnakeKeys(out, c.join(QLatin1Char(' ')));
    }
    const QJsonObject status = cli({QStringLiteral("status")});
    problems += m_schema->validate(
        status,
        m_spec.value(QStringLiteral("definitions")).toObject().value(QStringLiteral("status")).toObject(),
        QStringLiteral("status"));
    const QJsonObject missing = cli({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("ffff")});
    problems += m_schema->validate(
        missing.value(QStringLiteral("error")),
        m_spec.value(QStringLiteral("definitions")).toObject().value(QStringLiteral("error")).toObject(),
        QStringLiteral("error"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstApiContract)
#include "tst_apicontract.moc"
