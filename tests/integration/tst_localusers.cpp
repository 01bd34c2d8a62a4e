// Two real local accounts, each with its own daemon, printing with `lp` through one private
// cupsd's "PrintVault" queue, made by the real `printvault-cli install-printer`, and the real
// printvault backend (run by cupsd as root). Needs root (CI runs as root): it creates the
// accounts and removes them again.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "LocalAccount.h"
#include "PdfBuilder.h"
#include "PrivateCupsd.h"

#include <QProcess>
#include <QtTest>

#include <cups/cups.h>

#include <memory>
#include <unistd.h>

using namespace pv::test;

namespace {

// What CUPS says about one of its jobs.
struct CupsJob
{
    ipp_jstate_t state = IPP_JSTATE_PENDING;
    QString printerMessage; // the backend's last INFO:/ERROR: line
    bool found = false;
};

CupsJob cupsJob(const PrivateCupsd &cups, int id)
{
    CupsJob job;
    http_t *http = httpConnect2(cups.socket().toLocal8Bit().constData(), 0, nullptr, AF_LOCAL,
                                HTTP_ENCRYPTION_NEVER, 1, 30000, nullptr);
    if (!http)
        return job;
    static const char *const wanted[] = {"job-state", "job-printer-state-message"};
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr,
                 QByteArray("ipp://localhost/jobs/" + QByteArray::number(id)).constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, "root");
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
    ipp_t *response = cupsDoRequest(http, request, "/");
    if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_EVENTS_COMPLETE) {
        job.found = true;
        job.state = ipp_jstate_t(ippGetInteger(ippFindAttribute(response, "job-state", IPP_TAG_ENUM), 0));
        job.printerMessage = QString::fromUtf8(
            ippGetString(ippFindAttribute(response, "job-printer-state-message", IPP_TAG_TEXT), 0, nullptr));
    }
    ippDelete(response);
    httpClose(http);
    return job;
}

// One account with its own daemon. The harness (and its daemon) goes before the account.
struct User
{
    std::unique_ptr<LocalAccount> account;
    std::unique_ptr<DaemonHarness> h;

    QProcessEnvironment env(const PrivateCupsd &cups) const
    {
        QProcessEnvironment e = h->environment();
        e.insert(QStringLiteral("CUPS_SERVER"), cups.socket());
        return e;
    }
    QStringList heldSha256() const
    {
        QStringList out;
        const QJsonArray jobs = h->jobs();
        for (const QJsonValue &j : jobs)
            out << j.toObject().value(QStringLiteral("sha256")).toString();
        return out;
    }
    QJsonObject jobWithSha(const QByteArray &sha) const
    {
        const QJsonArray jobs = h->jobs();
        for (const QJsonValue &j : jobs) {
            if (j.toObject().value(QStringLiteral("sha256")).toString().toLatin1() == sha)
                return j.toObject();
        }
        return QJsonObject();
    }
};

} // namespace

class TstLocalUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backendArguments();
    void backendForwardsOptions();
    void installPrinterNeedsRoot();
    void eachJobInItsOwnersVault();
    void otherUserCannotBeNamed();
    void otherUserCannotConnect();
    void jobWaitsWhileDaemonStopped();
    void cancelAfterAcknowledgementKeepsOneJob();
    void noPlaintextThroughCupsForEveryFormat();
    void releasedAsPrinted();

private:
    bool makeUser(User *user, const QString &name);
    // lp as the user; the CUPS job id, 0 when lp failed (its words in *said).
    int lp(const User &user, const QString &file, const QStringList &extra = {}, QByteArray *said = nullptr);
    bool waitCompleted(int cupsJobId);
    CliResult backend(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment());

    QTemporaryDir m_runRoot; // PRINTVAULT_RUNTIME_ROOT: each account's runtime folder, by uid
    std::unique_ptr<PrivateCupsd> m_cups;
    User m_a;
    User m_b;
    QTemporaryDir m_files;
};

bool TstLocalUsers::makeUser(User *user, const QString &name)
{
    user->account = std::make_unique<LocalAccount>(name);
    if (!user->account->isValid()) {
        qWarning("useradd %s failed", qPrintable(name));
        return false;
    }
    user->h = std::make_unique<DaemonHarness>();
    if (!user->h->runAs(name, m_runRoot.path() + QLatin1Char('/') + QString::number(user->account->uid()))) {
        qWarning("cannot give %s its folders", qPrintable(name));
        return false;
    }
    user->h->enablePrinter();
    const QString bus = user->account->startSession(user->h->environment());
    if (bus.isEmpty()) {
        qWarning("no session bus and keyring for %s", qPrintable(name));
        return false;
    }
    user->h->environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus);
    const QString state = user->h->start();
    if (state != QLatin1String("ready"))
        qWarning("the daemon of %s: %s\n%s", qPrintable(name), qPrintable(state), user->h->log().constData());
    return state == QLatin1String("ready");
}

void TstLocalUsers::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root: it creates two local accounts and runs a cupsd with a root backend");
    QFile::setPermissions(m_runRoot.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                QFile::ExeOther);
    QFile::setPermissions(m_files.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther);
    PrivateCupsdOptions options;
    // A job whose owner's daemon is not running comes back every second here (30 s by default).
    options.cupsdConf = {QStringLiteral("JobRetryInterval 1"), QStringLiteral("JobRetryLimit 1000")};
    options.cupsFilesConf = {QStringLiteral("SetEnv PRINTVAULT_RUNTIME_ROOT ") + m_runRoot.path()};
    options.backends.insert(QStringLiteral("printvault"), QStringLiteral(PV_BACKEND));
    m_cups = std::make_unique<PrivateCupsd>(options);
    QVERIFY(m_cups->start());

    // The real installer, as root, with no daemon, runtime folder or keychain of root's own.
    QProcess install;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), m_cups->socket());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    install.setProcessEnvironment(env);
    install.start(binary("printvault-cli"),
                  {QStringLiteral("install-printer"), QStringLiteral("--cupsd-conf"), m_cups->confPath()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    const QByteArray conf = readFile(m_cups->confPath());
    QVERIFY(conf.contains("<Policy printvault>"));
    QVERIFY(conf.contains("\nPreserveJobFiles No\n"));

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(makeUser(&m_a, QStringLiteral("pvta") + suffix), "first account and its daemon");
    QVERIFY2(makeUser(&m_b, QStringLiteral("pvtb") + suffix), "second account and its daemon");
}

void TstLocalUsers::cleanupTestCase()
{
    // The daemons stop before their accounts go; the accounts go whatever the checks say.
    QList<int> stopped;
    for (User *u : {&m_a, &m_b}) {
        if (u->h)
            stopped << u->h->stop();
        u->h.reset();
        u->account.reset();
    }
    if (m_cups) {
        QProcess uninstall;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), m_cups->socket());
        uninstall.setProcessEnvironment(env);
        uninstall.start(binary("printvault-cli"), {QStringLiteral("uninstall-printer"),
                                                   QStringLiteral("--cupsd-conf"), m_cups->confPath()});
        QVERIFY(uninstall.waitForFinished(120000));
        QVERIFY2(uninstall.exitCode() == 0, uninstall.readAllStandardError().constData());
        const QByteArray conf = readFile(m_cups->confPath());
        QVERIFY(!conf.contains("printvault"));
        QVERIFY(!conf.contains("PreserveJobFiles"));
        QVERIFY(m_cups->run(QStringLiteral("lpstat"), {QStringLiteral("-p"), QStringLiteral("PrintVault")}) !=
                0);
    }
    for (int code : stopped)
        QCOMPARE(code, 0);
}

int TstLocalUsers::lp(const User &user, const QString &file, const QStringList &extra, QByteArray *said)
{
    QByteArray out;
    const int rc = user.account->run(QStringLiteral("lp"),
                                     QStringList{QStringLiteral("-d"), QStringLiteral("PrintVault")} + extra +
                                         QStringList{file},
                                     user.env(*m_cups), &out);
    if (said)
        *said = out;
    // "request id is PrintVault-12 (1 file(s))"
    static const QRegularExpression id(QStringLiteral("PrintVault-(\\d+)"));
    const auto m = id.match(QString::fromLocal8Bit(out));
    return rc == 0 && m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool TstLocalUsers::waitCompleted(int cupsJobId)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 120000) {
        const CupsJob job = cupsJob(*m_cups, cupsJobId);
        if (job.state == IPP_JSTATE_COMPLETED)
            return true;
        if (job.state > IPP_JSTATE_COMPLETED) {
            qWarning("CUPS job %d ended in state %d: %s", cupsJobId, int(job.state),
                     qPrintable(job.printerMessage));
            return false;
        }
        QThread::msleep(50);
    }
    return false;
}

CliResult TstLocalUsers::backend(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(PV_BACKEND), args);
    CliResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// What CUPS sees of the backend before any job: its discovery line, and its refusals.
void TstLocalUsers::backendArguments()
{
    const CliResult discovery = backend({});
    QCOMPARE(discovery.exitCode, 0);
    QVERIFY2(discovery.out.startsWith("direct printvault:/ \"PrintVault\""), discovery.out.constData());
    const CliResult usage = backend({QStringLiteral("1"), QStringLiteral("2")});
    QCOMPARE(usage.exitCode, 1); // CUPS_BACKEND_FAILED
    QVERIFY2(usage.err.contains("ERROR: Usage: printvault job-id user title copies options [file]"),
             usage.err.constData());
    const QStringList job = {QStringLiteral("5"), QString(), QStringLiteral("title"), QStringLiteral("1"),
                             QString()};
    QStringList root = job;
    root[1] = QStringLiteral("root");
    const CliResult rootJob = backend(root);
    QCOMPARE(rootJob.exitCode, 5); // CUPS_BACKEND_CANCEL: root has no vault
    QVERIFY2(rootJob.err.contains("ERROR: Jobs of root are not held"), rootJob.err.constData());
    QStringList unknown = job;
    unknown[1] = QStringLiteral("pv-no-such-account");
    const CliResult unknownJob = backend(unknown);
    QCOMPARE(unknownJob.exitCode, 5);
    QVERIFY2(unknownJob.err.contains("No local account \"pv-no-such-account\""), unknownJob.err.constData());
    QStringList badCopies = job;
    badCopies[1] = m_a.account->name();
    badCopies[3] = QStringLiteral("0");
    QCOMPARE(backend(badCopies).exitCode, 1);
}

// The backend by hand, as CUPS would run it (root, a spool file): the job's options reach the
// vault as IPP attributes; unknown ones are named and left out.
void TstLocalUsers::backendForwardsOptions()
{
    const QByteArray pdf = buildPdf(QStringLiteral("MM"), QStringLiteral("backend options"));
    const QString file = m_files.filePath(QStringLiteral("options.pdf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pdf) == pdf.size());
    f.close();
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); // only root may read it
    QProcessEnvironment env;
    env.insert(QStringLiteral("PRINTVAULT_RUNTIME_ROOT"), m_runRoot.path());
    env.insert(QStringLiteral("FINAL_CONTENT_TYPE"), QStringLiteral("application/pdf"));
    const CliResult r =
        backend({QStringLiteral("41"), m_a.account->name(), QStringLiteral("options"), QStringLiteral("2"),
                 QStringLiteral("Duplex=DuplexNoTumble ColorModel=Gray media=Letter page-ranges=1-2 "
                                "finishings=4 sides=sideways"),
                 file},
                env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("INFO: Ignoring the option sides=sideways"), r.err.constData());
    const QJsonObject held = m_a.jobWithSha(sha256(pdf));
    QVERIFY2(!held.isEmpty(), r.err.constData());
    QCOMPARE(held.value(QStringLiteral("title")).toString(), QStringLiteral("options"));
    QCOMPARE(held.value(QStringLiteral("copies")).toInt(), 2);
    QCOMPARE(held.value(QStringLiteral("sides")).toString(), QStringLiteral("two-sided-long-edge"));
    QCOMPARE(held.value(QStringLiteral("color_mode")).toString(), QStringLiteral("monochrome"));
    QCOMPARE(held.value(QStringLiteral("owner")).toString(), m_a.account->name());
    QVERIFY(m_b.jobWithSha(sha256(pdf)).isEmpty());
}

void TstLocalUsers::installPrinterNeedsRoot()
{
    const CliResult r = m_a.h->cli({QStringLiteral("install-printer")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("must run as root") && r.err.contains("sudo printvault-cli install-printer"),
             r.err.constData());
}

// Each account's job lands in its own vault only, and CUPS reports it completed only once it is
// held there (the backend exits after the daemon's answer); CUPS keeps no plaintext copy.
void TstLocalUsers::eachJobInItsOwnersVault()
{
    const QByteArray marker = "LOCALUSERS-MARKER-" + QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray docA = buildPdf(QStringLiteral("MCM"), QString::fromLatin1(marker + "-a"));
    const QByteArray docB = buildPdf(QStringLiteral("M"), QString::fromLatin1(marker + "-b"));
    const QString fileA = m_a.h->writeFile(QStringLiteral("a.pdf"), docA);
    const QString fileB = m_b.h->writeFile(QStringLiteral("b.pdf"), docB);
    const int jobA = lp(m_a, fileA);
    const int jobB = lp(m_b, fileB);
    QVERIFY(jobA > 0 && jobB > 0);
    QVERIFY(waitCompleted(jobA));
    // Completed in CUPS means held: no wait here.
    const QJsonObject heldA = m_a.jobWithSha(sha256(docA));
    QVERIFY(!heldA.isEmpty());
    QVERIFY(waitCompleted(jobB));
    const QJsonObject heldB = m_b.jobWithSha(sha256(docB));
    QVERIFY(!heldB.isEmpty());
    QCOMPARE(heldA.value(QStringLiteral("owner")).toString(), m_a.account->name());
    QCOMPARE(heldB.value(QStringLiteral("owner")).toString(), m_b.account->name());
    QCOMPARE(heldA.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(sha256(m_a.h->exportJob(heldA.value(QStringLiteral("id")).toString())), sha256(docA));
    QCOMPARE(sha256(m_b.h->exportJob(heldB.value(QStringLiteral("id")).toString())), sha256(docB));
    QVERIFY(!m_a.heldSha256().contains(QString::fromLatin1(sha256(docB))));
    QVERIFY(!m_b.heldSha256().contains(QString::fromLatin1(sha256(docA))));
    // PreserveJobFiles No: CUPS drops the document once the job is complete.
    QTRY_VERIFY_WITH_TIMEOUT(!treeContains(m_cups->spoolDir(), marker), 30000);
    for (const User *u : {&m_a, &m_b}) {
        QVERIFY(!treeContains(u->h->dataDir(), marker));
        QVERIFY(!treeContains(u->h->runtimeDir(), marker));
    }
}

// The queue's policy: CUPS takes the owner from the peer credentials, never from -U.
void TstLocalUsers::otherUserCannotBeNamed()
{
    const int before = m_b.h->heldJobs();
    const int beforeA = m_a.h->heldJobs();
    const QString file = m_a.h->writeFile(QStringLiteral("claim.pdf"),
                                          buildPdf(QStringLiteral("M"), QStringLiteral("claimed")));
    QByteArray said;
    QCOMPARE(lp(m_a, file, {QStringLiteral("-U"), m_b.account->name()}, &said), 0);
    QVERIFY2(said.contains("Unauthorized") || said.contains("Forbidden"), said.constData());
    QCOMPARE(m_b.h->heldJobs(), before);
    QCOMPARE(m_a.h->heldJobs(), beforeA);
}

// Another account's processes cannot reach the capture socket at all (0700 folder, 0600 socket).
void TstLocalUsers::otherUserCannotConnect()
{
    const QString uriA = m_a.h->printerUri();
    QByteArray said;
    QCOMPARE(m_a.account->run(QStringLiteral("ipptool"),
                              {QStringLiteral("-T"), QStringLiteral("10"), uriA,
                               QStringLiteral("get-printer-attributes.test")},
                              m_a.h->environment(), &said),
             0);
    const int rc = m_b.account->run(
        QStringLiteral("ipptool"),
        {QStringLiteral("-T"), QStringLiteral("10"), uriA, QStringLiteral("get-printer-attributes.test")},
        m_b.h->environment(), &said);
    QVERIFY(rc != 0);
    QVERIFY2(said.contains("Unable to connect"), said.constData());
    // Not even a bare connect(2): the kernel refuses it (EACCES) before the daemon could look.
    const QString socket = m_a.h->runtimeDir() + QStringLiteral("/ipp.sock");
    const QString connect = QStringLiteral("import socket, sys\n"
                                           "s = socket.socket(socket.AF_UNIX)\n"
                                           "s.connect(sys.argv[1])\n");
    QCOMPARE(m_a.account->run(QStringLiteral("python3"), {QStringLiteral("-c"), connect, socket},
                              m_a.h->environment(), &said),
             0);
    QVERIFY(m_b.account->run(QStringLiteral("python3"), {QStringLiteral("-c"), connect, socket},
                             m_b.h->environment(), &said) != 0);
    QVERIFY2(said.contains("PermissionError"), said.constData());
}

// With the owner's daemon stopped the job waits in CUPS (the backend asks it to retry), and it
// arrives once the daemon is back.
void TstLocalUsers::jobWaitsWhileDaemonStopped()
{
    QCOMPARE(m_a.h->stop(), 0);
    const QByteArray doc = buildPdf(QStringLiteral("MM"), QStringLiteral("waiting for the daemon"));
    const int id = lp(m_a, m_a.h->writeFile(QStringLiteral("later.pdf"), doc));
    QVERIFY(id > 0);
    // The backend asked CUPS to retry: CUPS holds the job for JobRetryInterval, saying why.
    CupsJob waiting;
    for (int i = 0; i < 1200 && waiting.state != IPP_JSTATE_HELD &&
                    !waiting.printerMessage.contains(QLatin1String("not running"));
         ++i) {
        QThread::msleep(50);
        waiting = cupsJob(*m_cups, id);
    }
    QVERIFY2(waiting.state == IPP_JSTATE_HELD ||
                 waiting.printerMessage.contains(QLatin1String("not running")),
             qPrintable(QStringLiteral("state %1: %2\n").arg(int(waiting.state)).arg(waiting.printerMessage) +
                        QString::fromUtf8(m_cups->errorLog().right(3000))));
    QVERIFY(waiting.state < IPP_JSTATE_STOPPED);
    QCOMPARE(m_a.h->start(), QStringLiteral("ready"));
    QVERIFY(waitCompleted(id));
    const QJsonObject held = m_a.jobWithSha(sha256(doc));
    QVERIFY(!held.isEmpty());
    QCOMPARE(sha256(m_a.h->exportJob(held.value(QStringLiteral("id")).toString())), sha256(doc));
}

// `cancel` of the CUPS job after the daemon acknowledged it (the backend waits for it to be held,
// which a paused capture printer delays): CUPS ends the job as canceled, and the vault holds the
// document exactly once, as printed, when conversion resumes; CUPS keeps no copy and sends it no
// second time.
void TstLocalUsers::cancelAfterAcknowledgementKeepsOneJob()
{
    const auto control = [&](const char *what) {
        QByteArray said;
        const int rc = m_a.account->run(
            QStringLiteral("ipptool"),
            {QStringLiteral("-t"), QStringLiteral("-d"), QString::fromLatin1(what) + QStringLiteral("=1"),
             m_a.h->printerUri(), QStringLiteral(PV_IPP_TESTS "/printer-control.test")},
            m_a.h->environment(), &said);
        if (rc != 0)
            qWarning("%s: %s", what, said.constData());
        return rc == 0;
    };
    const QByteArray marker = "CANCELED-AFTER-ACK-" + QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray doc = buildPdf(QStringLiteral("MC"), QString::fromLatin1(marker));
    QVERIFY(control("pause"));
    const int id = lp(m_a, m_a.h->writeFile(QStringLiteral("canceled.pdf"), doc));
    QVERIFY(id > 0);
    // The backend's INFO: line once the daemon has acknowledged the document.
    QTRY_VERIFY2_WITH_TIMEOUT(cupsJob(*m_cups, id).printerMessage.contains(QLatin1String("acknowledged")),
                              qPrintable(cupsJob(*m_cups, id).printerMessage), 30000);
    QCOMPARE(m_a.account->run(QStringLiteral("cancel"), {QString::number(id)}, m_a.env(*m_cups)), 0);
    QTRY_COMPARE_WITH_TIMEOUT(int(cupsJob(*m_cups, id).state), int(IPP_JSTATE_CANCELED), 30000);
    QVERIFY(control("resume"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_a.jobWithSha(sha256(doc)).isEmpty(), 30000);
    // Longer than the backend's retry would take (and CUPS retries no cancelled job): one copy.
    QThread::msleep(3000);
    QCOMPARE(m_a.heldSha256().count(QString::fromLatin1(sha256(doc))), 1);
    QCOMPARE(sha256(m_a.h->exportJob(m_a.jobWithSha(sha256(doc)).value(QStringLiteral("id")).toString())),
             sha256(doc));
    QCOMPARE(int(cupsJob(*m_cups, id).state), int(IPP_JSTATE_CANCELED));
    QTRY_VERIFY_WITH_TIMEOUT(!treeContains(m_cups->spoolDir(), marker), 30000);
}

namespace {

// A varied stretch of a file's own bytes from its middle: any plaintext copy of it contains it.
QByteArray bytesOf(const QByteArray &data)
{
    for (qsizetype at = data.size() / 2; at + 48 <= data.size(); at += 48) {
        const QByteArray chunk = data.mid(at, 48);
        if (QSet<char>(chunk.cbegin(), chunk.cend()).size() >= 12)
            return chunk;
    }
    return data.right(48);
}

bool gs(const QString &device, const QString &in, const QString &out, const QStringList &extra = {})
{
    return QProcess::execute(QStringLiteral("gs"),
                             QStringList{QStringLiteral("-q"), QStringLiteral("-dSAFER"),
                                         QStringLiteral("-sDEVICE=") + device, QStringLiteral("-r100")} +
                                 extra + QStringList{QStringLiteral("-o"), out, in}) == 0;
}

} // namespace

// A marker document in every format the queue takes as it is, printed with lp through the
// private cupsd and the real backend: once each is held, neither the marker nor the document's
// own bytes are anywhere in the account's data, config, runtime, temporary or cache folders, its
// daemon's log, or the cupsd's folders (spool and its tmp, state, cache, logs).
void TstLocalUsers::noPlaintextThroughCupsForEveryFormat()
{
    const QByteArray marker =
        "CUPSPLAINMARKER-" + QByteArray::number(QCoreApplication::applicationPid()) + "-7e";
    // Made outside every folder searched, readable by the account.
    const QString in = m_files.path() + QStringLiteral("/formats");
    QVERIFY(QDir().mkpath(in));
    QVERIFY(QFile::setPermissions(m_files.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(in, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
    const auto make = [&](const QString &name, const QByteArray &data) {
        QFile f(in + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() ? f.fileName() : QString();
    };
    const QString pdf =
        make(QStringLiteral("marker.pdf"), buildPdf(QStringLiteral("MC"), QString::fromLatin1(marker)));
    const QList<QPair<QString, QString>> files = {
        {pdf, QStringLiteral("application/pdf")},
        {make(QStringLiteral("marker.ps"), "%!PS\n/Helvetica findfont 14 scalefont setfont 72 720 moveto (" +
                                               marker + ") show showpage\n"),
         QStringLiteral("application/postscript")},
        {make(QStringLiteral("marker.txt"), marker + " in text\n"), QStringLiteral("text/plain")},
        {in + QStringLiteral("/marker.pwg"), QStringLiteral("image/pwg-raster")},
        {in + QStringLiteral("/marker.urf"), QStringLiteral("image/urf")},
        {in + QStringLiteral("/marker.jpg"), QStringLiteral("image/jpeg")},
        {in + QStringLiteral("/marker.png"), QStringLiteral("image/png")}};
    QVERIFY(gs(QStringLiteral("pwgraster"), pdf, files[3].first));
    QVERIFY(gs(QStringLiteral("appleraster"), pdf, files[4].first,
               {QStringLiteral("-dcupsColorSpace=19"), QStringLiteral("-dcupsBitsPerColor=8")}));
    QVERIFY(gs(QStringLiteral("jpeg"), pdf, files[5].first, {QStringLiteral("-dLastPage=1")}));
    QVERIFY(gs(QStringLiteral("png16m"), pdf, files[6].first, {QStringLiteral("-dLastPage=1")}));

    QList<QByteArray> needles{marker};
    for (const auto &[file, format] : files) {
        QVERIFY2(!file.isEmpty(), qPrintable(format));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray doc = readFile(file);
        const int before = m_b.h->heldJobs();
        const int id = lp(m_b, file, {QStringLiteral("-o"), QStringLiteral("document-format=") + format});
        QVERIFY2(id > 0, qPrintable(format));
        QVERIFY2(waitCompleted(id), qPrintable(format));
        QCOMPARE(m_b.h->heldJobs(), before + 1);
        needles.append(bytesOf(doc));
    }
    const QStringList trees = {m_b.h->dataDir(),
                               m_b.h->configDir(),
                               m_b.h->runtimeDir(),
                               m_b.h->root() + QStringLiteral("/tmp"),
                               m_b.h->root() + QStringLiteral("/cache"),
                               QFileInfo(m_cups->confPath()).path()};
    for (const QByteArray &needle : needles) {
        for (const QString &tree : trees)
            QTRY_VERIFY2_WITH_TIMEOUT(
                !treeContains(tree, needle),
                qPrintable(tree + QStringLiteral(": ") + QString::fromLatin1(needle.toHex())), 10000);
        QVERIFY2(!m_b.h->log().contains(needle), m_b.h->log().constData());
    }
}

// The whole way: a PDF printed with lp comes out of a real IPP printer byte for byte.
void TstLocalUsers::releasedAsPrinted()
{
    const QString system = QStringLiteral("/usr/share/cups/data/default-testpage.pdf");
    const QByteArray doc =
        QFile::exists(system) ? readFile(system) : buildPdf(QStringLiteral("CM"), QStringLiteral("release"));
    QVERIFY(!doc.isEmpty());
    const int id = lp(m_b, m_b.h->writeFile(QStringLiteral("release.pdf"), doc));
    QVERIFY(id > 0);
    QVERIFY(waitCompleted(id));
    const QString jobId = m_b.jobWithSha(sha256(doc)).value(QStringLiteral("id")).toString();
    QVERIFY(!jobId.isEmpty());
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    const CliResult released = m_b.h->cli({QStringLiteral("jobs"), QStringLiteral("release"), jobId,
                                           QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QCOMPARE(sha256(readFile(spooled.first())), sha256(doc));
}

QTEST_GUILESS_MAIN(TstLocalUsers)
#include "tst_localusers.moc"
