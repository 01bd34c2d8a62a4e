// keepIncomingAfter (capture/JobConversion.h) with a real daemon: a document acknowledged as
// stored, whose conversion then fails for the workstation's reason (here: no converter worker
// can start), stays encrypted in incoming/ and is held, byte for byte, at the next start.
// The daemon runs from a copied install tree whose printvault-worker cannot be executed; no
// fault switch in the daemon. Real printvaultd, printvault-cli and gnome-keyring.
#include "DaemonHarness.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace pv::test;

namespace {

// Polls until `done` holds or `ms` pass.
template<typename F> bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(100);
    }
    return true;
}

// printvaultd copied into `tree`, beside a printvault-worker that is executable by its mode
// but not by the kernel (no format it knows): every worker start fails.
QString daemonWithoutWorker(const QTemporaryDir &tree)
{
    const QString daemon = tree.filePath(QStringLiteral("printvaultd"));
    const QString worker = tree.filePath(QStringLiteral("printvault-worker"));
    QFile junk(worker);
    if (!QFile::copy(binary("printvaultd"), daemon) || !junk.open(QIODevice::WriteOnly) ||
        junk.write("not a program\n") < 0)
        return QString();
    junk.close();
    const auto exec = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(daemon, exec) || !QFile::setPermissions(worker, exec))
        return QString();
    return daemon;
}

} // namespace

class TestCaptureKeepIncoming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storedDocumentOutlivesAMissingWorker();
};

void TestCaptureKeepIncoming::storedDocumentOutlivesAMissingWorker()
{
    const QString marker = QStringLiteral("KEEPINCOMING-MARKER-7f3a");
    const QByteArray pdf = buildPdf(QStringLiteral("MCM"), marker);
    QTemporaryDir tree;
    QVERIFY(tree.isValid());
    const QString brokenDaemon = daemonWithoutWorker(tree);
    QVERIFY(!brokenDaemon.isEmpty());

    DaemonHarness h;
    h.setDaemonProgram(brokenDaemon);
    QCOMPARE(h.start(), QStringLiteral("ready"));

    // Acknowledged: encrypted and fsynced, so the CLI says stored.
    const QString file = h.writeFile(QStringLiteral("keep.pdf"), pdf);
    const CliResult stored =
        h.cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--no-wait"), file});
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(stored.json().value(QStringLiteral("state")).toString(), QStringLiteral("stored"));
    const QString id = stored.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    // Its conversion fails: no worker. A second, waiting submit hears why, as the workstation's.
    const CliResult waited = h.cli({QStringLiteral("--json"), QStringLiteral("submit"), file});
    QVERIFY2(waited.exitCode != 0, waited.out.constData());
    QVERIFY(waited.json().isEmpty() || waited.json().value(QStringLiteral("id")).toString().isEmpty());
    // It says so: kept, not "nothing of the document is kept".
    const QJsonObject error = waited.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("converter-unavailable"));
    QCOMPARE(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("kept")),
             QJsonValue(true));
    QVERIFY2(
        waited.err.contains("(the document is kept, encrypted, and is held when PrintVault next starts)"),
        waited.err.constData());
    QVERIFY2(waitFor(
                 [&]() {
                     const QByteArray line = "submitted document \"" + id.toLatin1() + "\" is not held";
                     return h.log().contains(line);
                 },
                 30000),
             h.log().constData());
    QCOMPARE(h.heldJobs(), 0);

    // Kept: both documents still in incoming/, with their tickets, and encrypted.
    const QDir incoming(h.vaultDir() + QStringLiteral("/incoming"));
    QVERIFY2(incoming.exists(id + QStringLiteral(".doc")), qPrintable(incoming.entryList().join(u' ')));
    QVERIFY(incoming.exists(id + QStringLiteral(".req")));
    QCOMPARE(incoming.entryList({QStringLiteral("*.doc")}, QDir::Files).size(), 2);
    QVERIFY(!treeContains(incoming.path(), marker.toLatin1())); // no plaintext
    QVERIFY(readFile(incoming.filePath(id + QStringLiteral(".doc"))).startsWith("PVSEG001"));
    QCOMPARE(h.stop(), 0);

    // The next start, with its worker: both are held, and the stored one is the same bytes.
    h.setDaemonProgram(binary("printvaultd"));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QVERIFY2(waitFor([&]() { return h.heldJobs() == 2; }, 90000), h.log().constData());
    bool found = false;
    for (const auto &job : h.jobs())
        found = found || job.toObject().value(QStringLiteral("id")).toString() == id;
    QVERIFY2(found, "the acknowledged job is held under the id it was stored with");
    const QByteArray exported = h.exportJob(id);
    QCOMPARE(sha256(exported), sha256(pdf));
    QVERIFY(waitFor([&]() { return incoming.entryList({QStringLiteral("*.doc")}, QDir::Files).isEmpty(); },
                    10000));
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TestCaptureKeepIncoming)
#include "tst_capture_keepincoming.moc"
