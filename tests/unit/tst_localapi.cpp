// The local API against an in-process daemon (fake keychain and clock): submit, events without
// polling, export, delete, refusals, malformed frames, and the CLI's exit codes and formatting.
#include "cli/CliFormat.h"
#include "cli/CliRunner.h"
#include "daemon/Daemon.h"
#include "Fakes.h"
#include "localapi/Frame.h"
#include "localapi/LocalApiClient.h"
#include "PdfBuilder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace pv;
using localapi::LocalApiClient;

namespace {

Result<QJsonObject> wait(const std::function<void(LocalApiClient::Callback)> &start)
{
    std::optional<Result<QJsonObject>> out;
    start([&](Result<QJsonObject> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&]() { return out.has_value(); }, 30000))
        return Error{QStringLiteral("timeout"), QStringLiteral("no reply")};
    return *out;
}

Result<QJsonObject> submit(LocalApiClient &client, const QByteArray &data, const QString &title)
{
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    return wait([&](LocalApiClient::Callback done) {
        client.submit(&source, QJsonObject{{QStringLiteral("title"), title}}, nullptr, std::move(done));
    });
}

// Both replies of a submission that asked for the first: stored (durable), then its outcome.
struct TwoReplies
{
    std::optional<Result<QJsonObject>> stored;
    std::optional<Result<QJsonObject>> outcome;
    bool storedFirst = false;
};

TwoReplies submitTwice(LocalApiClient &client, const QByteArray &data, const QString &title)
{
    TwoReplies r;
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    client.submit(
        &source, QJsonObject{{QStringLiteral("title"), title}}, nullptr,
        [&](Result<QJsonObject> x) {
            r.storedFirst = r.stored.has_value();
            r.outcome = std::move(x);
        },
        [&](Result<QJsonObject> x) { r.stored = std::move(x); });
    static_cast<void>(QTest::qWaitFor([&]() { return r.outcome.has_value(); }, 30000));
    return r;
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files).size());
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TstLocalApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void submitEventsExportDelete();
    void badDocumentIsRefusedAndLeavesNothing();
    void submitIsStoredThenHeldByteExact();
    void malformedSubmitIsRefusedAfterItIsStored();
    void cliSubmitSaysWhatHappened();
    void malformedFrameClosesOnlyThatClient();
    void unknownMethodAndBadId();
    void lockedKeychainRefusesCapture();
    void cliExitCodes();
    void cliFormatting();

private:
    void startDaemon();
    LocalApiClient *connectClient();

    std::unique_ptr<QTemporaryDir> m_dir;
    Paths m_paths;
    test::FakeClock m_clock;
    test::MemoryCredentialStore m_credentials;
    std::unique_ptr<Daemon> m_daemon;
    QList<LocalApiClient *> m_clients;
};

void TstLocalApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_paths.configDir = m_dir->filePath(QStringLiteral("config"));
    m_paths.dataDir = m_dir->filePath(QStringLiteral("data"));
    m_paths.runtimeDir = m_dir->filePath(QStringLiteral("run"));
    m_credentials.failWith.clear();
    m_credentials.entries.clear();
    // No free-space reserve, so the test runs on any disk; no virtual printer.
    QFile policy(m_dir->filePath(QStringLiteral("policy.ini")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n");
}

void TstLocalApi::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_daemon.reset();
    m_dir.reset();
}

void TstLocalApi::startDaemon()
{
    DaemonOptions o;
    o.paths = m_paths;
    o.workerPath = QStringLiteral(PV_BIN_DIR "/printvault-worker"); // jobs.submit converts in it
    o.policyFile = m_dir->filePath(QStringLiteral("policy.ini"));
    m_daemon = std::make_unique<Daemon>(o, &m_credentials, &m_clock);
    QVERIFY(m_daemon->start());
    QTRY_VERIFY(m_daemon->status()->state() != ServiceStatus::State::Starting);
}

LocalApiClient *TstLocalApi::connectClient()
{
    auto *c = new LocalApiClient;
    m_clients.append(c);
    c->connectToDaemon(m_paths.socketPath());
    if (!QTest::qWaitFor([c]() { return c->isConnected(); }, 5000))
        return nullptr;
    return c;
}

void TstLocalApi::submitEventsExportDelete()
{
    startDaemon();
    QCOMPARE(m_daemon->status()->state(), ServiceStatus::State::Ready);
    LocalApiClient *watcher = connectClient();
    LocalApiClient *client = connectClient();
    QVERIFY(watcher && client);
    QVERIFY(wait([&](auto done) { watcher->request(QStringLiteral("events.subscribe"), {}, done); }));
    QSignalSpy events(watcher, &LocalApiClient::eventReceived);

    const QByteArray pdf = test::buildPdf(QStringLiteral("MCM"), QStringLiteral("api test"));
    auto r = submit(*client, pdf, QStringLiteral("Quarterly report.pdf"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const QJsonObject job = r->value(QStringLiteral("job")).toObject();
    QCOMPARE(job.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(job.value(QStringLiteral("color_pages")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("paper_size")).toString(), QStringLiteral("A4"));
    QCOMPARE(job.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));

    // The watcher hears about it without asking.
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(events.first().first().toJsonObject().value(QStringLiteral("event")).toString(),
             QStringLiteral("job.added"));

    QByteArray exported;
    QBuffer sink(&exported);
    sink.open(QIODevice::WriteOnly);
    const QString id = job.value(QStringLiteral("id")).toString();
    QVERIFY(wait([&](auto done) { client->exportJob(id.left(8), &sink, done); }));
    QCOMPARE(exported, pdf);

    QVERIFY(wait([&](auto done) {
        client->request(QStringLiteral("jobs.delete"), {{QStringLiteral("id"), id}}, done);
    }));
    QTRY_COMPARE(events.size(), 2);
    const QJsonObject removed = events.at(1).first().toJsonObject();
    QCOMPARE(removed.value(QStringLiteral("event")).toString(), QStringLiteral("job.removed"));
    QCOMPARE(removed.value(QStringLiteral("id")).toString(), id);
    auto list = wait([&](auto done) { client->request(QStringLiteral("jobs.list"), {}, done); });
    QCOMPARE(list->value(QStringLiteral("jobs")).toArray().size(), 0);
}

void TstLocalApi::badDocumentIsRefusedAndLeavesNothing()
{
    startDaemon();
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    const QByteArray good = test::buildPdf(QStringLiteral("M"), QStringLiteral("ok"));
    for (const QByteArray &bad : {QByteArray(), QByteArray(300000, 'r'), good.left(good.size() - 40)}) {
        auto r = submit(*client, bad, QStringLiteral("bad"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("bad-document"));
    }
    const QString vault = m_paths.vaultDir();
    QTRY_COMPARE(QDir(vault + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
    QCOMPARE(QDir(vault + QStringLiteral("/jobs")).entryList(QDir::Files).size(), 0);
    QCOMPARE(QDir(vault + QStringLiteral("/incoming")).entryList(QDir::Files).size(), 0);
    // The same connection carries a good job afterwards.
    QVERIFY(submit(*client, good, QStringLiteral("good")));
}

// The printer's intake: stored (encrypted, fsynced) and answered first, then checked in a
// converter worker and held with the exact bytes submitted.
void TstLocalApi::submitIsStoredThenHeldByteExact()
{
    startDaemon();
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    const QByteArray pdf = test::buildPdf(QStringLiteral("MC"), QStringLiteral("stored first"));
    const TwoReplies r = submitTwice(*client, pdf, QStringLiteral("Stored first"));
    QVERIFY(r.outcome.has_value());
    QVERIFY2(*r.outcome, *r.outcome ? "" : qPrintable(r.outcome->error().message));
    QVERIFY(r.storedFirst);
    QVERIFY(*r.stored);
    const QJsonObject stored = r.stored->value().value(QStringLiteral("stored")).toObject();
    const QJsonObject job = r.outcome->value().value(QStringLiteral("job")).toObject();
    QCOMPARE(stored.value(QStringLiteral("id")).toString(), job.value(QStringLiteral("id")).toString());
    QCOMPARE(qint64(stored.value(QStringLiteral("size")).toDouble()), qint64(pdf.size()));
    QCOMPARE(job.value(QStringLiteral("sha256")).toString(), sha256Hex(pdf));
    QCOMPARE(job.value(QStringLiteral("pages")).toInt(), 2);
    QCOMPARE(job.value(QStringLiteral("color_pages")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("title")).toString(), QStringLiteral("Stored first"));

    QByteArray exported;
    QBuffer sink(&exported);
    sink.open(QIODevice::WriteOnly);
    QVERIFY(
        wait([&](auto done) { client->exportJob(job.value(QStringLiteral("id")).toString(), &sink, done); }));
    QCOMPARE(sha256Hex(exported), sha256Hex(pdf));
    QCOMPARE(exported, pdf);
    // Its incoming document went once it was held.
    QCOMPARE(filesIn(m_paths.vaultDir() + QStringLiteral("/incoming")), 0);

    // Its preview is drawn by a worker (printvault-worker --preview) from the held file.
    auto preview = wait([&](auto done) {
        client->request(QStringLiteral("jobs.preview"),
                        {{QStringLiteral("id"), job.value(QStringLiteral("id"))},
                         {QStringLiteral("page"), 2},
                         {QStringLiteral("width"), 120}},
                        done);
    });
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->value(QStringLiteral("page")).toInt(), 2);
    QCOMPARE(preview->value(QStringLiteral("pages")).toInt(), 2);
    const QByteArray png =
        QByteArray::fromBase64(preview->value(QStringLiteral("png")).toString().toLatin1());
    QVERIFY(png.startsWith("\x89PNG"));
    auto missing = wait([&](auto done) {
        client->request(
            QStringLiteral("jobs.preview"),
            {{QStringLiteral("id"), job.value(QStringLiteral("id"))}, {QStringLiteral("page"), 3}}, done);
    });
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));
}

// A document with a PDF header that Poppler cannot open passes the early check, so it is
// stored and acknowledged; the worker then refuses it with the reason, and nothing stays.
void TstLocalApi::malformedSubmitIsRefusedAfterItIsStored()
{
    startDaemon();
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    const QByteArray bad = "%PDF-1.7\n" + QByteArray(200000, 'x') + "\n%%EOF\n";
    const TwoReplies r = submitTwice(*client, bad, QStringLiteral("Broken"));
    QVERIFY(r.outcome.has_value());
    QVERIFY(r.storedFirst);
    QVERIFY(r.stored && *r.stored);
    QVERIFY(!*r.outcome);
    QCOMPARE(r.outcome->error().code, QStringLiteral("bad-document"));
    QCOMPARE(r.outcome->error().message, QStringLiteral("the PDF is damaged and cannot be opened"));
    const QString vault = m_paths.vaultDir();
    QCOMPARE(filesIn(vault + QStringLiteral("/incoming")), 0);
    QCOMPARE(filesIn(vault + QStringLiteral("/tmp")), 0);
    QCOMPARE(filesIn(vault + QStringLiteral("/jobs")), 0);
    auto list = wait([&](auto done) { client->request(QStringLiteral("jobs.list"), {}, done); });
    QCOMPARE(list->value(QStringLiteral("jobs")).toArray().size(), 0);
}

// printvault-cli submit waits for the outcome and says it; --no-wait returns once stored.
void TstLocalApi::cliSubmitSaysWhatHappened()
{
    startDaemon();
    const QString bad = m_dir->filePath(QStringLiteral("broken.pdf"));
    const QString good = m_dir->filePath(QStringLiteral("good.pdf"));
    const QByteArray broken = "%PDF-1.7\n" + QByteArray(5000, 'x') + "\n%%EOF\n";
    for (const auto &[path, bytes] :
         {std::pair{bad, broken},
          std::pair{good, test::buildPdf(QStringLiteral("M"), QStringLiteral("cli"))}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto run = [&](const QStringList &args, QString *output) {
        FILE *out = tmpfile();
        FILE *err = tmpfile();
        cli::CliRunner runner(out, err);
        const int rc = runner.run(
            QStringList{QStringLiteral("printvault-cli"), QStringLiteral("--socket"), m_paths.socketPath()} +
            args);
        QByteArray text;
        for (FILE *f : {out, err}) {
            fflush(f);
            fseek(f, 0, SEEK_SET);
            char buf[4096];
            size_t n = 0;
            while ((n = fread(buf, 1, sizeof buf, f)) > 0)
                text.append(buf, qsizetype(n));
            fclose(f);
        }
        *output = QString::fromLocal8Bit(text);
        return rc;
    };
    QString text;
    QCOMPARE(run({QStringLiteral("submit"), bad}, &text), int(cli::CliRunner::Failed));
    QVERIFY2(text.contains(QStringLiteral("not held: the PDF is damaged and cannot be opened")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("nothing of the document is kept")), qPrintable(text));

    QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--no-wait"), good}, &text),
             int(cli::CliRunner::Ok));
    QVERIFY2(text.startsWith(QStringLiteral("Stored job ")), qPrintable(text));
    const QString id = text.mid(11, 8);
    // Checked and held after the CLI has gone.
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(wait([&](auto done) { client->request(QStringLiteral("jobs.list"), {}, done); })
                                     ->value(QStringLiteral("jobs"))
                                     .toArray()
                                     .size() == 1,
                             30000);
    auto job = wait([&](auto done) {
        client->request(QStringLiteral("jobs.get"), {{QStringLiteral("id"), id}}, done);
    });
    QVERIFY2(job, job ? "" : qPrintable(job.error().message));
}

void TstLocalApi::malformedFrameClosesOnlyThatClient()
{
    startDaemon();
    QLocalSocket raw;
    raw.connectToServer(m_paths.socketPath());
    QVERIFY(raw.waitForConnected(5000));
    raw.write(QByteArray("\xff\xff\xff\xff"
                         "Jgarbage",
                         12));
    QTRY_COMPARE(raw.state(), QLocalSocket::UnconnectedState);
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    QVERIFY(wait([&](auto done) { client->request(QStringLiteral("status"), {}, done); }));
}

void TstLocalApi::unknownMethodAndBadId()
{
    startDaemon();
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    auto r = wait([&](auto done) { client->request(QStringLiteral("jobs.format-disk"), {}, done); });
    QCOMPARE(r.error().code, QStringLiteral("unknown-method"));
    r = wait([&](auto done) {
        client->request(QStringLiteral("jobs.get"),
                        {{QStringLiteral("id"), QStringLiteral("../../etc/passwd")}}, done);
    });
    QCOMPARE(r.error().code, QStringLiteral("not-found"));
    r = wait([&](auto done) {
        client->request(QStringLiteral("hello"), {{QStringLiteral("protocol"), 99}}, done);
    });
    QCOMPARE(r.error().code, QStringLiteral("unsupported-protocol"));
}

void TstLocalApi::lockedKeychainRefusesCapture()
{
    m_credentials.failWith = QStringLiteral("the collection is locked");
    startDaemon();
    QCOMPARE(m_daemon->status()->state(), ServiceStatus::State::Locked);
    LocalApiClient *client = connectClient();
    QVERIFY(client);
    auto r = submit(*client, test::buildPdf(QStringLiteral("M"), QStringLiteral("x")), QStringLiteral("t"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("vault-locked"));
    QVERIFY(r.error().message.contains(QStringLiteral("the collection is locked")));
    QCOMPARE(r.error().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("keychain-unavailable"));
    QVERIFY(!QFile::exists(m_paths.vaultDir() + QStringLiteral("/tmp/x")));
    QCOMPARE(QDir(m_paths.vaultDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
    // Nothing was written in the clear anywhere: no job files at all.
    QCOMPARE(QDir(m_paths.vaultDir() + QStringLiteral("/jobs")).entryList(QDir::Files).size(), 0);
}

void TstLocalApi::cliExitCodes()
{
    FILE *out = tmpfile();
    FILE *err = tmpfile();
    cli::CliRunner unknown(out, err);
    QCOMPARE(unknown.run({QStringLiteral("printvault-cli"), QStringLiteral("--socket"), QStringLiteral("/x"),
                          QStringLiteral("frobnicate")}),
             int(cli::CliRunner::Usage));
    cli::CliRunner missing(out, err);
    QCOMPARE(missing.run({QStringLiteral("printvault-cli"), QStringLiteral("--socket"), QStringLiteral("/x"),
                          QStringLiteral("submit"), QStringLiteral("/no/such/file.pdf")}),
             int(cli::CliRunner::Failed));
    cli::CliRunner unreachable(out, err);
    QCOMPARE(unreachable.run({QStringLiteral("printvault-cli"), QStringLiteral("--socket"),
                              m_dir->filePath(QStringLiteral("none.sock")), QStringLiteral("status")}),
             int(cli::CliRunner::Unreachable));
    fseek(err, 0, SEEK_SET);
    char buf[4096] = {};
    const size_t n = fread(buf, 1, sizeof buf - 1, err);
    const QString text = QString::fromLocal8Bit(buf, int(n));
    QVERIFY2(text.contains(QStringLiteral("no such file")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Is it running?")), qPrintable(text));
    fclose(out);
    fclose(err);
}

void TstLocalApi::cliFormatting()
{
    QCOMPARE(cli::humanSize(512), QStringLiteral("512 B"));
    QCOMPARE(cli::humanSize(1536), QStringLiteral("1.5 KB"));
    QCOMPARE(cli::humanSize(3 * 1024 * 1024), QStringLiteral("3.0 MB"));
    const QDateTime now = m_clock.now();
    QCOMPARE(cli::humanUntil(now, now.addSecs(72 * 3600 - 60)), QStringLiteral("in 71 h"));
    QCOMPARE(cli::humanUntil(now, now.addSecs(300)), QStringLiteral("in 5 min"));
    QCOMPARE(cli::humanUntil(now, now.addSecs(-1)), QStringLiteral("expired"));
    QVERIFY(cli::jobTable(QJsonArray(), now).contains(QStringLiteral("No jobs held")));
}

QTEST_GUILESS_MAIN(TstLocalApi)
#include "tst_localapi.moc"
