// printvault-cli submit's two ways in (docs/local-api.md): a regular file is handed to the
// daemon as an open descriptor (SCM_RIGHTS) and read on the daemon's reader thread; a pipe on
// standard input is streamed in D frames. Both end held with the exact bytes; the descriptor
// path keeps the size limit and the PDF check, and leaves nothing in incoming/ when it refuses.
// Real printvaultd, worker, printvault-cli and gnome-keyring.
#include "DaemonHarness.h"
#include "PdfBuilder.h"

#include <QDir>
#include <QtTest>

using namespace pv::test;

class TstCaptureSubmitFd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fileIsHandedOverAndPipeIsStreamed();
    void handedOverFileIsChecked();

private:
    int readerRuns() const { return int(m_h->log().count("read and encrypted")); }
    QStringList incoming() const
    {
        return QDir(m_h->vaultDir() + QStringLiteral("/incoming")).entryList(QDir::Files);
    }
    std::unique_ptr<DaemonHarness> m_h;
};

void TstCaptureSubmitFd::initTestCase()
{
    m_h = std::make_unique<DaemonHarness>();
    m_h->writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\nmax_job_mb=3\n[mfp]\nport=0\n");
    // The reader thread's debug line tells which way a document came.
    m_h->environment().insert(QStringLiteral("QT_LOGGING_RULES"),
                              QStringLiteral("printvault.spooler.capture.debug=true"));
    QCOMPARE(m_h->start(), QStringLiteral("ready"));
}

void TstCaptureSubmitFd::cleanupTestCase()
{
    if (m_h)
        QCOMPARE(m_h->stop(), 0);
}

void TstCaptureSubmitFd::fileIsHandedOverAndPipeIsStreamed()
{
    // Under capture/max_job_mb, and three 1 MiB blocks of ciphertext for the writer thread
    // (vault/WriteBehind.h), so their order and every byte of them count.
    const QByteArray viaFile = buildPdf({PdfPage{true, QStringLiteral("by descriptor"), 900000},
                                         PdfPage{false, QStringLiteral("page 2"), 900000},
                                         PdfPage{true, QStringLiteral("page 3"), 900000}});
    QVERIFY2(viaFile.size() > 2 * 1024 * 1024 && viaFile.size() < 3 * 1024 * 1024,
             QByteArray::number(viaFile.size()));
    const QByteArray viaPipe = buildPdf({PdfPage{false, QStringLiteral("by pipe"), 300000}});
    const QString file = m_h->writeFile(QStringLiteral("fd.pdf"), viaFile);
    const CliResult a = m_h->cli({QStringLiteral("--json"), QStringLiteral("submit"), file});
    QVERIFY2(a.exitCode == 0, a.err.constData());
    QCOMPARE(readerRuns(), 1);
    const CliResult b =
        m_h->cli({QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("-")}, viaPipe);
    QVERIFY2(b.exitCode == 0, b.err.constData());
    QCOMPARE(readerRuns(), 1); // streamed: the reader did not run

    QCOMPARE(sha256(m_h->exportJob(a.json().value(QStringLiteral("id")).toString())), sha256(viaFile));
    QCOMPARE(sha256(m_h->exportJob(b.json().value(QStringLiteral("id")).toString())), sha256(viaPipe));
    QVERIFY(incoming().isEmpty());
}

void TstCaptureSubmitFd::handedOverFileIsChecked()
{
    const int held = m_h->heldJobs();
    // Over capture/max_job_mb (3 MB): refused before a byte is read.
    const CliResult big =
        m_h->cli({QStringLiteral("--json"), QStringLiteral("submit"),
                  m_h->writeFile(QStringLiteral("big.pdf"),
                                 buildPdf({PdfPage{false, QStringLiteral("big"), 4000000}}))});
    QVERIFY(big.exitCode != 0);
    QVERIFY2(big.err.contains("3 MB") || big.out.contains("too-large"), big.err.constData());
    // Not a PDF: refused by the same header check as the streamed path, once read.
    const CliResult text = m_h->cli({QStringLiteral("--json"), QStringLiteral("submit"),
                                     m_h->writeFile(QStringLiteral("text.pdf"), QByteArray(4096, 'x'))});
    QVERIFY(text.exitCode != 0);
    QVERIFY2(text.err.contains("%PDF-") || text.out.contains("bad-document"), text.err.constData());
    QCOMPARE(m_h->heldJobs(), held);
    QVERIFY2(incoming().isEmpty(), qPrintable(incoming().join(u' ')));
}

QTEST_GUILESS_MAIN(TstCaptureSubmitFd)
#include "tst_capture_submitfd.moc"
