// printvaultd and printvault-cli as a user runs them: real processes, a real Secret Service
// (tests/with-keyring.sh), real files. Covers the foundation's crash, plaintext, bad-input,
// full-disk and single-instance requirements.
#include "DaemonHarness.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pv::test;

namespace {
int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Hidden).size());
}
QStringList jobIds(const DaemonHarness &h)
{
    QStringList ids;
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    for (const QJsonValue &v : r.json().value(QStringLiteral("jobs")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}
} // namespace

class TstDaemon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void submitListShowExportDelete();
    void noPlaintextOnDiskOrInLogs();
    void badInputToSubmit_data();
    void badInputToSubmit();
    void secondDaemonIsRefused();
    void loosePermissionsAreRefused();
    void badPolicyNamesTheKey();
    void vaultCapFromPolicy();
    void keychainUnavailableRefusesCapture();
    void unreadableLedgerKeepsVaultLocked();
    void crashWhileSubmitting();
    void fullDisk();
};

void TstDaemon::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through ctest (tests/with-keyring.sh starts a real "
              "gnome-keyring)");
}

void TstDaemon::submitListShowExportDelete()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MCMC"), QStringLiteral("round trip"));
    const QString file = h.writeFile(QStringLiteral("report.pdf"), pdf);
    CliResult r =
        h.cli({QStringLiteral("submit"), file, QStringLiteral("--title"), QStringLiteral("Quarterly report"),
               QStringLiteral("--copies"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Quarterly report"));

    r = h.cli({QStringLiteral("jobs"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Quarterly report") && r.out.contains("in 71 h"), r.out.constData());

    r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    const QJsonObject job = r.json().value(QStringLiteral("jobs")).toArray().first().toObject();
    QCOMPARE(job.value(QStringLiteral("pages")).toInt(), 4);
    QCOMPARE(job.value(QStringLiteral("color_pages")).toInt(), 2);
    QCOMPARE(job.value(QStringLiteral("copies")).toInt(), 2);
    QCOMPARE(qint64(job.value(QStringLiteral("size")).toDouble()), pdf.size());
    const QString id = job.value(QStringLiteral("id")).toString();

    r = h.cli({QStringLiteral("jobs"), QStringLiteral("show"), id.left(6)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("MCMC"));
    QCOMPARE(sha256(h.exportJob(id)), sha256(pdf));

    r = h.cli({QStringLiteral("jobs"), QStringLiteral("delete"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(jobIds(h).isEmpty());
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/jobs")), 0);
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no job"));
    // A clean shutdown on SIGTERM (and, in CI, no sanitizer report).
    const int code = h.stop();
    QVERIFY2(code == 0, h.log().constData());
}

void TstDaemon::noPlaintextOnDiskOrInLogs()
{
    DaemonHarness h;
    h.environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("printvault.*.debug=true"));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray marker = "PVMARKER-" + QByteArray::number(qint64(getpid())) + "-c0ffee";
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QString::fromLatin1(marker));
    QVERIFY(pdf.contains(marker));
    const QString file = h.writeFile(QString::fromLatin1(marker) + QStringLiteral(".pdf"), pdf);
    QCOMPARE(h.cli({QStringLiteral("submit"), file}).exitCode, 0);
    const QStringList ids = jobIds(h);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(sha256(h.exportJob(ids.first())), sha256(pdf));
    QCOMPARE(h.stop(), 0);
    for (const QString &tree : {h.dataDir(), h.configDir(), h.runtimeDir()})
        QVERIFY2(!treeContains(tree, marker), qPrintable(tree));
    QVERIFY(!h.log().isEmpty());
    QVERIFY2(!h.log().contains(marker), h.log().constData());
}

void TstDaemon::badInputToSubmit_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray good = buildPdf(QStringLiteral("MM"), QStringLiteral("bad input"));
    QByteArray noise(100000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 2654435761u) >> 24);
    QTest::newRow("truncated PDF") << good.left(good.size() * 2 / 3) << QStringLiteral("truncated");
    QTest::newRow("random bytes named .pdf") << noise << QStringLiteral("not a PDF");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
}

void TstDaemon::badInputToSubmit()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const CliResult r = h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("bad.pdf"), data)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(jobIds(h).isEmpty());
    QTRY_COMPARE(filesIn(h.vaultDir() + QStringLiteral("/tmp")), 0);
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/jobs")), 0);

    const CliResult missing = h.cli({QStringLiteral("submit"), h.root() + QStringLiteral("/missing.pdf")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no such file"));
}

void TstDaemon::secondDaemonIsRefused()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const CliResult second = h.startExpectingFailure();
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already using this data folder"), second.err.constData());
    QVERIFY(second.err.contains(QByteArray::number(h.pid())));
    // The first one is unharmed.
    QCOMPARE(h.cli({QStringLiteral("status")}).exitCode, 0);
}

void TstDaemon::loosePermissionsAreRefused()
{
    DaemonHarness h;
    QVERIFY(QDir().mkpath(h.dataDir()));
    QVERIFY(chmod(QFile::encodeName(h.dataDir()).constData(), 0755) == 0);
    const CliResult r = h.startExpectingFailure();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("0755") && r.err.contains("must be 0700"), r.err.constData());
}

void TstDaemon::badPolicyNamesTheKey()
{
    DaemonHarness h;
    h.writePolicy("[vault]\nretention_hours=forever\n");
    const CliResult r = h.startExpectingFailure();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("vault/retention_hours") && r.err.contains("forever"), r.err.constData());
}

void TstDaemon::vaultCapFromPolicy()
{
    DaemonHarness h;
    h.writePolicy("[vault]\nmin_free_mb=0\nmax_size_mb=1\n[capture]\nipp_port=0\n[mfp]\nport=0\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray small = buildPdf(QStringLiteral("M"), QStringLiteral("fits"));
    const QByteArray big = buildPdf({PdfPage{false, QStringLiteral("too big"), 1500000}});
    QCOMPARE(h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("small.pdf"), small)}).exitCode, 0);
    const CliResult r = h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("big.pdf"), big)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("vault is full") && r.err.contains("max_size_mb"), r.err.constData());
    const QStringList ids = jobIds(h);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(sha256(h.exportJob(ids.first())), sha256(small));
    QTRY_COMPARE(filesIn(h.vaultDir() + QStringLiteral("/tmp")), 0);
}

void TstDaemon::keychainUnavailableRefusesCapture()
{
    DaemonHarness h;
    h.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/bus"));
    QCOMPARE(h.start(), QStringLiteral("locked"));
    CliResult status = h.cli({QStringLiteral("status")});
    QVERIFY2(status.out.contains("keychain"), status.out.constData());
    const CliResult r =
        h.cli({QStringLiteral("submit"),
               h.writeFile(QStringLiteral("a.pdf"), buildPdf(QStringLiteral("M"), QStringLiteral("x")))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("keychain"), r.err.constData());
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/jobs")), 0);
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/tmp")), 0);
}

// A store opened after the vault's key (here ledger.db, which cannot be opened: a folder) leaves
// the vault locked, not open without its ledger: submit is refused, nothing is stored.
void TstDaemon::unreadableLedgerKeepsVaultLocked()
{
    DaemonHarness h;
    QVERIFY(QDir().mkpath(h.dataDir() + QStringLiteral("/ledger.db")));
    QVERIFY(QFile::setPermissions(h.dataDir(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString state = h.start();
    QVERIFY2(state == QStringLiteral("locked"), h.log().right(2000).constData());
    const CliResult status = h.cli({QStringLiteral("--json"), QStringLiteral("status")});
    QVERIFY2(status.out.contains("vault-unreadable"), status.out.constData());
    const CliResult r =
        h.cli({QStringLiteral("submit"),
               h.writeFile(QStringLiteral("a.pdf"), buildPdf(QStringLiteral("M"), QStringLiteral("x")))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/jobs")), 0);
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/incoming")), 0);
    QCOMPARE(h.stop(), 0);
}

void TstDaemon::crashWhileSubmitting()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QList<QByteArray> inputs;
    QList<QProcess *> clients;
    for (int i = 0; i < 20; ++i) {
        // Mixed sizes so that some finish before the kill and some are mid-stream.
        inputs.append(
            buildPdf({PdfPage{i % 2 == 0, QStringLiteral("crash job %1").arg(i), (i % 5) * 400000}}));
        clients.append(h.startCli({QStringLiteral("--json"), QStringLiteral("submit"),
                                   h.writeFile(QStringLiteral("crash-%1.pdf").arg(i), inputs.last())}));
    }
    // Kill as soon as a few are acknowledged, while the rest are in flight.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(clients.begin(), clients.end(),
                                           [](QProcess *p) { return p->state() == QProcess::NotRunning; }) >=
                                 3,
                             60000);
    h.kill9();
    QHash<QString, QByteArray> acknowledged; // job id -> sha256 of what was submitted
    for (int i = 0; i < clients.size(); ++i) {
        QProcess *p = clients.at(i);
        p->waitForFinished(30000);
        if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0) {
            const QJsonObject job = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            acknowledged.insert(job.value(QStringLiteral("id")).toString(), sha256(inputs.at(i)));
        }
        delete p;
    }
    QVERIFY(acknowledged.size() >= 3);
    QVERIFY2(acknowledged.size() < 20, "every submission finished before the kill; the test proved nothing");

    QCOMPARE(h.start(), QStringLiteral("ready"));
    // Submissions stored before the kill and not yet held are checked and held now, as after
    // any restart (their drafts are in tmp/ meanwhile); leftovers of the kill are gone.
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(h.vaultDir() + QStringLiteral("/incoming")), 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(h.vaultDir() + QStringLiteral("/tmp")), 0, 10000);
    const QStringList listed = jobIds(h);
    QSet<QByteArray> inputHashes;
    for (const QByteArray &in : inputs)
        inputHashes.insert(sha256(in));
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        QVERIFY2(listed.contains(it.key()), "an acknowledged job was lost");
        QCOMPARE(sha256(h.exportJob(it.key())), it.value());
    }
    // Anything else listed is a whole job whose acknowledgement the kill cut off, never a partial one.
    for (const QString &id : listed)
        QVERIFY(inputHashes.contains(sha256(h.exportJob(id))));
    QCOMPARE(filesIn(h.vaultDir() + QStringLiteral("/jobs")), listed.size());
}

void TstDaemon::fullDisk()
{
    if (geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs; the segment writer's full-device handling is unit-tested");
    DaemonHarness h;
    const QString mnt = h.root() + QStringLiteral("/small-disk");
    QVERIFY(QDir().mkpath(mnt));
    if (mount("tmpfs", QFile::encodeName(mnt).constData(), "tmpfs", 0, "size=6m,mode=0700") != 0)
        QSKIP("this machine does not allow mounting a tmpfs");
    h.setDataHome(mnt);
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray small = buildPdf(QStringLiteral("MC"), QStringLiteral("survivor"));
    QCOMPARE(h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("small.pdf"), small)}).exitCode, 0);
    const QByteArray big = buildPdf({PdfPage{false, QStringLiteral("too big"), 4000000},
                                     PdfPage{false, QStringLiteral("too big"), 4000000}});
    const CliResult r = h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("big.pdf"), big)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("disk is full") || r.err.contains("nearly full"), r.err.constData());
    const QString vault = mnt + QStringLiteral("/printvault/vault");
    QTRY_COMPARE(filesIn(vault + QStringLiteral("/tmp")), 0);
    const QStringList ids = jobIds(h);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(sha256(h.exportJob(ids.first())), sha256(small));
    // Once there is room again, capture carries on.
    QCOMPARE(h.cli({QStringLiteral("submit"), h.writeFile(QStringLiteral("small2.pdf"), small)}).exitCode, 0);
    h.stop();
    umount2(QFile::encodeName(mnt).constData(), MNT_DETACH);
}

QTEST_GUILESS_MAIN(TstDaemon)
#include "tst_daemon.moc"
