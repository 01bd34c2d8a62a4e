// The printers a job is released to, and the connection to them, through the real daemon and
// CLI: saved printers and discovery (a private cupsd), printers that are busy, late or stop
// mid-job (ippeveprinter), IPPS trust on first use (ippeveprinter's own TLS), and raw socket://
// printers (a TCP listener, all such a printer shows of itself).
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "PdfBuilder.h"
#include "PrivateAvahi.h"
#include "PrivateCupsd.h"
#include "release/RawSocket.h"
#include "SwitchingRelay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace pv::test;

class TstPrinters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedPrintersByName();
    void discoverFindsCupsQueues();
    void discoverFindsDnssdPrinters();
    void busyPrinterIsTriedAgain();
    void printerThatComesUpLaterGetsTheJob();
    void printerStoppedMidJobKeepsTheJob();
    void ippsTrustOnFirstUse();
    void certificateChangedMidJob();
    void rawSocketPrinter();
};

// printvault-cli printers: saved with what the printer said, shown, used by name, removed.
void TstPrinters::savedPrintersByName()
{
    IppEvePrinter printer(QStringLiteral("application/pdf,image/pwg-raster"), {QStringLiteral("-2")});
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));

    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("printers"), QStringLiteral("add"),
                         printer.uri(), QStringLiteral("--name"), QStringLiteral("3rd floor")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject caps =
        r.json().value(QStringLiteral("printer")).toObject().value(QStringLiteral("capabilities")).toObject();
    QVERIFY(caps.value(QStringLiteral("formats")).toArray().contains(QStringLiteral("image/pwg-raster")));
    QVERIFY(caps.value(QStringLiteral("pdf")).toBool());
    QVERIFY(caps.value(QStringLiteral("duplex")).toBool());
    // An address that answers nothing is not saved.
    r = h.cli({QStringLiteral("printers"), QStringLiteral("add"),
               QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(freeTcpPort())});
    QCOMPARE(r.exitCode, 1);
    r = h.cli({QStringLiteral("printers"), QStringLiteral("add"), QStringLiteral("http://example/ipp")});
    QCOMPARE(r.exitCode, 1);

    r = h.cli({QStringLiteral("--json"), QStringLiteral("printers"), QStringLiteral("list")});
    const QJsonArray list = r.json().value(QStringLiteral("printers")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("uri")).toString(), printer.uri());
    r = h.cli({QStringLiteral("printers"), QStringLiteral("show"), QStringLiteral("3RD FLOOR")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("image/pwg-raster") && r.out.contains("two-sided-long-edge"), r.out.constData());

    // Released by name: the printer gets the vault's bytes.
    const QByteArray pdf = buildPdf(QStringLiteral("MM"), QStringLiteral("by-name"));
    const QString id = h.submit(pdf);
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
               QStringLiteral("3rd floor")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QCOMPARE(sha256(readFile(spooled.first())), sha256(pdf));

    // Removed, the name means nothing: the release is refused and the job stays.
    QCOMPARE(
        h.cli({QStringLiteral("printers"), QStringLiteral("remove"), QStringLiteral("3rd floor")}).exitCode,
        0);
    const QString kept = h.submit(pdf);
    r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), kept,
               QStringLiteral("--printer"), QStringLiteral("3rd floor")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not-found"));
    QCOMPARE(h.heldJobs(), 1);
}

// DNS-SD: with an avahi-daemon (a private one, mDNS on loopback), an ippeveprinter that
// announces itself is found by `printers discover` at the address it announced, under the name
// it gives itself, and a job released there arrives byte for byte.
void TstPrinters::discoverFindsDnssdPrinters()
{
    PrivateAvahi avahi;
    if (!avahi.start())
        QSKIP(qPrintable(avahi.why()));
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    printer.announceOn(avahi.busAddress());
    QVERIFY(printer.start());
    DaemonHarness h;
    h.environment().insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), avahi.busAddress());
    h.environment().insert(QStringLiteral("CUPS_SERVER"),
                           QStringLiteral("/nonexistent/cups.sock")); // no CUPS
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QString uri;
    CliResult r;
    // The announcement takes a moment to be seen.
    for (int i = 0; i < 10 && uri.isEmpty(); ++i) {
        r = h.cli({QStringLiteral("--json"), QStringLiteral("printers"), QStringLiteral("discover")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.json().value(QStringLiteral("dnssd")).toBool());
        for (const QJsonValue &v : r.json().value(QStringLiteral("printers")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("name")).toString() == QLatin1String("Test Printer")) {
                QCOMPARE(p.value(QStringLiteral("source")).toString(), QStringLiteral("dnssd"));
                uri = p.value(QStringLiteral("uri")).toString();
            }
        }
    }
    // ippeveprinter announces IPP and IPPS on one port; libcups takes IPPS.
    QVERIFY2(!uri.isEmpty(), QByteArray(r.out + printer.log() + avahi.log()).constData());
    QCOMPARE(uri, printer.ippsUri());
    r = h.cli({QStringLiteral("printers"), QStringLiteral("add"), uri, QStringLiteral("--name"),
               QStringLiteral("Found")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("found over dns-sd"));
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), h.submit(pdf), QStringLiteral("--printer"),
               QStringLiteral("Found")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(sha256(readFile(printer.spooledFiles(QStringLiteral(".pdf")).value(0))), sha256(pdf));
}

// printvault-cli printers discover: a queue of a (private) CUPS is found with the address to
// reach it, saved from there, and a job released through it comes out of the printer behind it.
// Without an Avahi daemon here, the answer says that network printers were not looked for.
void TstPrinters::discoverFindsCupsQueues()
{
    if (geteuid() != 0)
        QSKIP("a private cupsd needs root here (it drops to the lp user for filters)");
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    PrivateCupsd cups;
    QVERIFY(cups.start());
    QByteArray said;
    QVERIFY2(cups.addQueue(QStringLiteral("Lab"), printer.uri(), &said), said.constData());

    DaemonHarness h;
    // Over TCP, as a CUPS on another machine would be: the queue's address then names the port.
    h.environment().insert(QStringLiteral("CUPS_SERVER"), QStringLiteral("127.0.0.1:%1").arg(cups.port()));
    QCOMPARE(h.start(), QStringLiteral("ready"));
    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("printers"), QStringLiteral("discover")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QString uri;
    for (const QJsonValue &v : r.json().value(QStringLiteral("printers")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Lab")) {
            uri = v.toObject().value(QStringLiteral("uri")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("cups"));
        }
    }
    QVERIFY2(uri.startsWith(QLatin1String("ipp://")) && uri.endsWith(QLatin1String("/printers/Lab")),
             r.out.constData());
    const bool avahi = QFile::exists(QStringLiteral("/run/avahi-daemon/socket"));
    QCOMPARE(r.json().value(QStringLiteral("dnssd")).toBool(), avahi);
    if (!avahi)
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("avahi")));

    r = h.cli({QStringLiteral("printers"), QStringLiteral("add"), uri, QStringLiteral("--name"),
               QStringLiteral("Lab")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = h.submit(buildPdf(QStringLiteral("MM"), QStringLiteral("through cups")));
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
               QStringLiteral("Lab")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.heldJobs(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(printer.spooledFiles(QStringLiteral(".pdf")).size(), 1, 60000);
}

namespace {

// A printing command for ippeveprinter that takes `seconds`: meanwhile it answers new jobs busy.
QString slowCommand(const QTemporaryDir &dir, int seconds)
{
    const QString path = dir.filePath(QStringLiteral("slow-print.sh"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\nsleep " + QByteArray::number(seconds) + "\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

// While the printer processes one job it answers the next one busy: that one is tried again
// with backoff and prints once the printer is free.
void TstPrinters::busyPrinterIsTriedAgain()
{
    QTemporaryDir scratch;
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    printer.setCommand(slowCommand(scratch, 3));
    QVERIFY(printer.start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray first = buildPdf(QStringLiteral("M"), QStringLiteral("first"));
    const QByteArray second = buildPdf(QStringLiteral("MM"), QStringLiteral("second"));
    const QString a = h.submit(first);
    const QString b = h.submit(second);
    std::unique_ptr<QProcess> releasing(h.startCli(
        {QStringLiteral("jobs"), QStringLiteral("release"), a, QStringLiteral("--printer"), printer.uri()}));
    QTRY_COMPARE_WITH_TIMEOUT(printer.spooledFiles(QStringLiteral(".pdf")).size(), 1, 30000);
    const CliResult r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), b, QStringLiteral("--printer"), printer.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(releasing->waitForFinished(60000));
    QCOMPARE(releasing->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(h.log().contains("printer-busy") && h.log().contains("trying again"), 5000);
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 2);
    QCOMPARE(sha256(readFile(spooled.at(1))), sha256(second));
    QCOMPARE(h.heldJobs(), 0);
}

// A printer that is off when the release starts, and comes up a moment later, gets the job.
void TstPrinters::printerThatComesUpLaterGetsTheJob()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("later"));
    const QString id = h.submit(pdf);
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    printer.setPort(freeTcpPort());
    std::unique_ptr<QProcess> releasing(h.startCli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), printer.uri()}));
    QTRY_VERIFY_WITH_TIMEOUT(h.log().contains("printer-unreachable"), 30000);
    QVERIFY(printer.start());
    QVERIFY(releasing->waitForFinished(60000));
    QVERIFY2(releasing->exitCode() == 0, releasing->readAllStandardError().constData());
    QCOMPARE(sha256(readFile(printer.spooledFiles(QStringLiteral(".pdf")).value(0))), sha256(pdf));
    QCOMPARE(h.heldJobs(), 0);
}

// The printer has the job and goes away before it reports it done: the job is not sent again,
// it stays in the vault with a message that says so, and a later release prints it.
void TstPrinters::printerStoppedMidJobKeepsTheJob()
{
    QTemporaryDir scratch;
    auto printer = std::make_unique<IppEvePrinter>(QStringLiteral("application/pdf"));
    printer->setCommand(slowCommand(scratch, 5));
    QVERIFY(printer->start());
    DaemonHarness h;
    h.writePolicy(
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nretry_seconds=4\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("M"), QStringLiteral("mid-job"));
    const QString id = h.submit(pdf);
    std::unique_ptr<QProcess> releasing(h.startCli({QStringLiteral("jobs"), QStringLiteral("release"), id,
                                                    QStringLiteral("--printer"), printer->uri()}));
    QTRY_COMPARE_WITH_TIMEOUT(printer->spooledFiles(QStringLiteral(".pdf")).size(), 1, 30000);
    printer->stop();
    QVERIFY(releasing->waitForFinished(60000));
    QCOMPARE(releasing->exitCode(), 1);
    const QByteArray err = releasing->readAllStandardError();
    QVERIFY2(err.contains("took the job") && err.contains("stopped answering"), err.constData());
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(sha256(h.exportJob(id)), sha256(pdf));

    IppEvePrinter again(QStringLiteral("application/pdf"));
    QVERIFY(again.start());
    const CliResult r = h.cli(
        {QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"), again.uri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.heldJobs(), 0);
}

// IPPS: the certificate is pinned on first contact; a printer that comes back with another one
// is refused with the two fingerprints, the job kept, until the user trusts the new one.
void TstPrinters::ippsTrustOnFirstUse()
{
    QTemporaryDir keys;
    const int port = freeTcpPort();
    auto printer = std::make_unique<IppEvePrinter>(QStringLiteral("application/pdf"),
                                                   QStringList{QStringLiteral("-K"), keys.path()});
    printer->setPort(port);
    QVERIFY(printer->start());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("M"), QStringLiteral("over tls"));
    CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                         h.submit(pdf), QStringLiteral("--printer"), printer->ippsUri()});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(sha256(readFile(printer->spooledFiles(QStringLiteral(".pdf")).value(0))), sha256(pdf));

    // What was pinned is the certificate ippeveprinter made.
    const QList<QSslCertificate> made = QSslCertificate::fromPath(
        keys.filePath(QStringLiteral("*.crt")), QSsl::Pem, QSslCertificate::PatternSyntax::Wildcard);
    QCOMPARE(made.size(), 1);
    QFile pins(h.configDir() + QStringLiteral("/printer-trust.conf"));
    QVERIFY(pins.open(QIODevice::ReadOnly));
    QVERIFY(pins.readAll().contains(made.first().digest(QCryptographicHash::Sha256).toHex()));

    // The printer is replaced: a new key and certificate on the same address.
    printer.reset();
    for (const QString &f : QDir(keys.path()).entryList(QDir::Files))
        QVERIFY(QFile::remove(keys.filePath(f)));
    printer = std::make_unique<IppEvePrinter>(QStringLiteral("application/pdf"),
                                              QStringList{QStringLiteral("-K"), keys.path()});
    printer->setPort(port);
    QVERIFY(printer->start());
    const QString kept = h.submit(pdf);
    r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"), kept,
               QStringLiteral("--printer"), printer->ippsUri()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("printer-certificate-changed"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("printers trust")),
             r.out.constData());
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(printer->spooledFiles(QStringLiteral(".pdf")).size(), 0);
    // Nor can it be saved as a printer meanwhile.
    QCOMPARE(h.cli({QStringLiteral("printers"), QStringLiteral("add"), printer->ippsUri()}).exitCode, 1);

    r = h.cli({QStringLiteral("printers"), QStringLiteral("trust"), printer->ippsUri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = h.cli({QStringLiteral("jobs"), QStringLiteral("release"), kept, QStringLiteral("--printer"),
               printer->ippsUri()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(h.heldJobs(), 0);
}

// A man in the middle after the job was sent: the first printer takes the job, and every later
// connection to the same address (the status polls) reaches another printer with another
// certificate, which would answer "completed". The pin is checked again, the release fails
// with printer-certificate-changed, and the job is neither deleted nor charged.
void TstPrinters::certificateChangedMidJob()
{
    QTemporaryDir keysA, keysB;
    IppEvePrinter real(QStringLiteral("application/pdf"), {QStringLiteral("-K"), keysA.path()});
    IppEvePrinter impostor(QStringLiteral("application/pdf"), {QStringLiteral("-K"), keysB.path()});
    const int portA = freeTcpPort();
    real.setPort(portA);
    QVERIFY(real.start());
    const int portB = freeTcpPort();
    impostor.setPort(portB);
    QVERIFY(impostor.start());
    // Until the real printer holds a document: the real one; from then on, the impostor.
    SwitchingRelay relay(
        [&]() { return quint16(real.spooledFiles(QStringLiteral(".pdf")).isEmpty() ? portA : portB); });
    QVERIFY(relay.start());
    const QString uri = QStringLiteral("ipps://localhost:%1/ipp/print").arg(relay.port());

    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MM"), QStringLiteral("mid-job"));
    const QString id = h.submit(pdf);
    const CliResult r = h.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("release"),
                               id, QStringLiteral("--printer"), uri});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("printer-certificate-changed"));
    // The job did reach the real printer, over a connection the pin accepted...
    QCOMPARE(real.spooledFiles(QStringLiteral(".pdf")).size(), 1);
    QVERIFY(relay.connections() >= 2);
    // ... and the impostor was told nothing, nor believed.
    QCOMPARE(impostor.spooledFiles(QStringLiteral(".pdf")).size(), 0);
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(sha256(h.exportJob(id)), sha256(pdf));
    const QJsonObject usage = h.usage();
    QVERIFY2(usage.value(QStringLiteral("impressions")).toInt() == 0 &&
                 usage.value(QStringLiteral("jobs")).toInt() == 0,
             QJsonDocument(usage).toJson().constData());
    // The pin is still the real printer's certificate.
    const QList<QSslCertificate> made = QSslCertificate::fromPath(
        keysA.filePath(QStringLiteral("*.crt")), QSsl::Pem, QSslCertificate::PatternSyntax::Wildcard);
    QCOMPARE(made.size(), 1);
    QFile pins(h.configDir() + QStringLiteral("/printer-trust.conf"));
    QVERIFY(pins.open(QIODevice::ReadOnly));
    QVERIFY(pins.readAll().contains(made.first().digest(QCryptographicHash::Sha256).toHex()));
}

// socket://: a raw (AppSocket / JetDirect) printer gets a PJL header with the job's name,
// copies, duplex and colour, then the vault's PDF byte for byte, then the end of the job.
// Its side here is a plain TCP listener: that is all such a printer shows of itself.
void TstPrinters::rawSocketPrinter()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    QByteArray received;
    bool closed = false;
    connect(&printer, &QTcpServer::newConnection, this, [&]() {
        QTcpSocket *peer = printer.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&, peer]() { received += peer->readAll(); });
        connect(peer, &QTcpSocket::disconnected, this, [&, peer]() {
            received += peer->readAll();
            closed = true;
        });
    });
    const QString uri = QStringLiteral("socket://127.0.0.1:%1").arg(printer.serverPort());
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));

    // Saved: it answers, and what it takes is PDF.
    std::unique_ptr<QProcess> add(
        h.startCli({QStringLiteral("--json"), QStringLiteral("printers"), QStringLiteral("add"), uri,
                    QStringLiteral("--name"), QStringLiteral("Basement")}));
    QTRY_VERIFY_WITH_TIMEOUT(add->state() == QProcess::NotRunning, 30000);
    QCOMPARE(add->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(closed, 10000); // the probe connected and left
    received.clear();
    closed = false;

    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("raw"));
    const QString id = h.submit(pdf);
    std::unique_ptr<QProcess> release(
        h.startCli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
                    QStringLiteral("Basement"), QStringLiteral("--copies"), QStringLiteral("2"),
                    QStringLiteral("--duplex"), QStringLiteral("--mono")}));
    QTRY_VERIFY_WITH_TIMEOUT(release->state() == QProcess::NotRunning && closed, 30000);
    QVERIFY2(release->exitCode() == 0, release->readAllStandardError().constData());
    const QByteArray head = "\x1b%-12345X@PJL\r\n";
    QVERIFY(received.startsWith(head));
    for (const char *line : {"@PJL SET COPIES=2\r\n", "@PJL SET DUPLEX=ON\r\n",
                             "@PJL SET RENDERMODE=GRAYSCALE\r\n", "@PJL SET USERNAME="})
        QVERIFY2(received.contains(line), received.left(400).constData());
    const QByteArray enter = "@PJL ENTER LANGUAGE=PDF\r\n";
    const qsizetype body = received.indexOf(enter) + enter.size();
    QVERIFY(body > enter.size());
    QCOMPARE(sha256(received.mid(body, pdf.size())), sha256(pdf));
    QCOMPARE(received.mid(body + pdf.size()), pv::release::pjlTrailer());
    QCOMPARE(h.heldJobs(), 0);
    // Nobody reports impressions on a raw socket: counted as pages x copies.
    QCOMPARE(h.usage().value(QStringLiteral("impressions")).toInt(), 4);

    // A socket nobody listens on is not saved.
    printer.close();
    const CliResult gone = h.cli({QStringLiteral("printers"), QStringLiteral("add"), uri});
    QCOMPARE(gone.exitCode, 1);
}

QTEST_GUILESS_MAIN(TstPrinters)
#include "tst_printers.moc"
