// The tray app's view models against the real printvaultd in a temporary home (real keychain,
// real ippeveprinter): rows and roles from the daemon, changes by events, delete and release
// through the models, the quota the CLI reports, and the tray icon's state and notifications.
#include "DaemonHarness.h"
#include "HttpsClient.h"
#include "IppEvePrinter.h"
#include "OidcTestProvider.h"
#include "PdfBuilder.h"
#include "PrivateCupsd.h"

#include "core/DaemonConnection.h"
#include "core/SessionLock.h"
#include "core/TrayStatus.h"
#include "models/AccountModel.h"
#include "models/DevicesModel.h"
#include "models/JobsModel.h"
#include "models/PrintersModel.h"
#include "models/QuotaModel.h"
#include "models/SettingsModel.h"

#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include <unistd.h>

using namespace pv::test;
using pv::Error;
using pv::Result;
using pv::app::DaemonConnection;
using pv::app::JobsModel;

namespace {

constexpr int EventWaitMs = 20000;

QString submit(DaemonHarness &h, const QString &title, const QString &colours, int copies = 1)
{
    const QString file = h.writeFile(QStringLiteral("doc.pdf"), buildPdf(colours, title));
    return h
        .cli({QStringLiteral("--json"), QStringLiteral("submit"), file, QStringLiteral("--title"), title,
              QStringLiteral("--copies"), QString::number(copies)})
        .json()
        .value(QStringLiteral("id"))
        .toString();
}

pv::app::ConnectionOptions options(const DaemonHarness &h)
{
    // No daemon launching here: the harness owns the daemon, so a test can stop and start it.
    return pv::app::ConnectionOptions{h.runtimeDir() + QStringLiteral("/api.sock"), {}, 500};
}

} // namespace

class TstViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobsArriveAndLeaveByEvents();
    void jobsModelShowsTheOutbox();
    void releaseThroughTheModelToARealPrinter();
    void quotaModelMatchesTheCli();
    void trayStateFollowsTheDaemonAndReconnects();
    void devicesPairingAndLockedPolicy();
    void discoveredPrintersCanBeAdded();
    void idleLockNeedsThePin();
    void accountModelThroughSignInAndOut();
    void accountModelWithoutAProvider();

private:
    QTranslator m_english;
};

// The English catalogue the app loads by default: it holds the plural forms of the texts.
void TstViewModels::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(":/i18n/printvault_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TstViewModels::jobsArriveAndLeaveByEvents()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    submit(h, QStringLiteral("Already there"), QStringLiteral("M"));

    DaemonConnection connection(options(h));
    JobsModel jobs(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.isLoaded(), EventWaitMs);
    QCOMPARE(jobs.rowCount(), 1);

    // Two more, submitted by another client: they arrive as job.added events, nothing polls.
    QSignalSpy added(&jobs, &QAbstractItemModel::rowsInserted);
    const QString first = submit(h, QStringLiteral("Quarterly report"), QStringLiteral("MCMC"), 2);
    const QString second = submit(h, QStringLiteral("Minutes"), QStringLiteral("MMM"));
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 3, EventWaitMs);
    QCOMPARE(added.count(), 2);

    const QModelIndex row = jobs.index(1);
    QCOMPARE(row.data(JobsModel::IdRole).toString(), first);
    QCOMPARE(row.data(JobsModel::TitleRole).toString(), QStringLiteral("Quarterly report"));
    QCOMPARE(row.data(JobsModel::PagesRole).toInt(), 4);
    QCOMPARE(row.data(JobsModel::ColorPagesRole).toInt(), 2);
    QCOMPARE(row.data(JobsModel::CopiesRole).toInt(), 2);
    QVERIFY(row.data(JobsModel::SizeRole).toDouble() > 0);
    QVERIFY(row.data(JobsModel::ExpiresRole).toDateTime() > row.data(JobsModel::CreatedRole).toDateTime());
    QCOMPARE(row.data(JobsModel::ThumbnailRole).toString(),
             QStringLiteral("image://pvjobs/thumbnail/") + first);
    QCOMPARE(jobs.index(2).data(JobsModel::PagesRole).toInt(), 3);
    QCOMPARE(jobs.index(2).data(JobsModel::ColorPagesRole).toInt(), 0);

    // Delete the selected one through the model: the daemon has it no longer, and the row goes.
    jobs.selectOnly(1);
    QCOMPARE(jobs.selectedIds(), QStringList{first});
    jobs.deleteSelected();
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 2, EventWaitMs);
    QCOMPARE(h.heldJobs(), 2);
    QCOMPARE(jobs.selectedCount(), 0);
    QCOMPARE(jobs.index(1).data(JobsModel::IdRole).toString(), second);

    // The preview the window shows: a page rendered by the daemon from the encrypted document.
    Result<QJsonObject> preview = Error{};
    bool answered = false;
    connection.request(QStringLiteral("jobs.preview"),
                       QJsonObject{{QStringLiteral("id"), second},
                                   {QStringLiteral("page"), 2},
                                   {QStringLiteral("width"), 300}},
                       [&](Result<QJsonObject> r) {
                           preview = std::move(r);
                           answered = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(answered, EventWaitMs);
    QVERIFY2(preview.isOk(), qPrintable(preview.isOk() ? QString() : preview.error().message));
    QCOMPARE(preview->value(QStringLiteral("pages")).toInt(), 3);
    const QImage page = QImage::fromData(
        QByteArray::fromBase64(preview->value(QStringLiteral("png")).toString().toLatin1()), "PNG");
    QCOMPARE(page.width(), 300);
    QVERIFY(page.height() > 300); // portrait
    answered = false;
    connection.request(QStringLiteral("jobs.preview"),
                       QJsonObject{{QStringLiteral("id"), second}, {QStringLiteral("page"), 4}},
                       [&](Result<QJsonObject> r) {
                           preview = std::move(r);
                           answered = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(answered, EventWaitMs);
    QVERIFY(!preview.isOk());
    QCOMPARE(preview.error().code, QStringLiteral("not-found"));

    // Deleted by the CLI: the model hears of it too.
    h.cli({QStringLiteral("jobs"), QStringLiteral("delete"), second});
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 1, EventWaitMs);
}

// Server spooling with the print server away: the row says the job waits to be uploaded, why,
// and when it is tried next, kept current by job.outbox_changed events (each retry).
void TstViewModels::jobsModelShowsTheOutbox()
{
    DaemonHarness h;
    h.writePolicy(QStringLiteral("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[server]\n"
                                 "uri=ipps://127.0.0.1:%1/printers/hold\nmode=server\nretry_max_seconds=5\n")
                      .arg(freeTcpPort())
                      .toUtf8());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    JobsModel jobs(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.isLoaded(), EventWaitMs);
    QSignalSpy changed(&jobs, &QAbstractItemModel::dataChanged);
    const QString id = submit(h, QStringLiteral("Offline report"), QStringLiteral("M"));
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 1, EventWaitMs);
    const QModelIndex row = jobs.index(0);
    QCOMPARE(row.data(JobsModel::IdRole).toString(), id);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(JobsModel::LocationRole).toString(), QStringLiteral("waiting"),
                              EventWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        row.data(JobsModel::LocationTextRole).toString().contains(QStringLiteral("next try at")),
        EventWaitMs);
    QVERIFY2(row.data(JobsModel::LocationTextRole)
                 .toString()
                 .startsWith(QStringLiteral("Waiting to upload, next try at ")),
             qPrintable(row.data(JobsModel::LocationTextRole).toString()));
    QCOMPARE(row.data(JobsModel::UploadProgressRole).toDouble(), -1.0);
    QVERIFY(!row.data(JobsModel::OnServerRole).toBool());
    // The daemon tries again (5 s at most): more outbox events, the row follows them. A try
    // shows "uploading" while it connects, then "waiting" again: the row must end there.
    const int before = int(changed.count());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > before, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(JobsModel::LocationRole).toString(), QStringLiteral("waiting"),
                              EventWaitMs);
    QCOMPARE(h.stop(), 0);
}

void TstViewModels::releaseThroughTheModelToARealPrinter()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"), {QStringLiteral("-2")});
    QVERIFY(printer.start());
    DaemonHarness h;
    // A printer that went away is tried again briefly, so that the test sees the end of it.
    h.writePolicy(
        "[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[release]\nretry_seconds=3\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QByteArray pdf = buildPdf(QStringLiteral("MC"), QStringLiteral("tray-release"));
    const QString id =
        h.cli({QStringLiteral("--json"), QStringLiteral("submit"), h.writeFile(QStringLiteral("r.pdf"), pdf),
               QStringLiteral("--title"), QStringLiteral("Release me")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!id.isEmpty());

    DaemonConnection connection(options(h));
    JobsModel jobs(&connection);
    pv::app::PrintersModel printers(&connection);
    pv::app::TrayStatus tray(&connection, &jobs);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.isLoaded() && jobs.rowCount() == 1, EventWaitMs);

    // Add the printer by URI: the daemon asks it what it takes before saving it.
    QSignalSpy printerAdded(&printers, &pv::app::PrintersModel::printerAdded);
    printers.addPrinter(printer.uri(), QStringLiteral("3rd floor"));
    QTRY_COMPARE_WITH_TIMEOUT(printers.rowCount(), 1, EventWaitMs);
    QCOMPARE(printerAdded.count(), 1);
    QCOMPARE(printers.index(0).data(pv::app::PrintersModel::NameRole).toString(),
             QStringLiteral("3rd floor"));
    QVERIFY(printers.index(0).data(pv::app::PrintersModel::PdfRole).toBool());
    QVERIFY(printers.index(0).data(pv::app::PrintersModel::DuplexRole).toBool());

    QSignalSpy finished(&jobs, &JobsModel::releaseFinished);
    QSignalSpy notified(&tray, &pv::app::TrayStatus::notify);
    QSignalSpy progress(&jobs, &JobsModel::releasingChanged);
    jobs.selectOnly(0);
    jobs.releaseSelected(QStringLiteral("3rd floor"), 2, true, false);
    QVERIFY(jobs.isReleasing());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(3).toString()));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Release me"));
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 0, EventWaitMs);
    QVERIFY(!jobs.isReleasing());
    QVERIFY(progress.count() >= 2);

    // The printer got the vault's bytes, and the tray said where it went.
    const QStringList spooled = printer.spooledFiles(QStringLiteral(".pdf"));
    QCOMPARE(spooled.size(), 1);
    QFile file(spooled.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(sha256(file.readAll()), sha256(pdf));
    bool saidReleased = false;
    for (const QList<QVariant> &n : std::as_const(notified))
        saidReleased = saidReleased || n.at(0).toString() == QStringLiteral("Released to 3rd floor");
    QVERIFY(saidReleased);

    // A release to a printer that is gone fails clearly and keeps the job.
    const QString kept =
        h.cli({QStringLiteral("--json"), QStringLiteral("submit"), h.writeFile(QStringLiteral("k.pdf"), pdf)})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 1, EventWaitMs);
    printer.stop();
    jobs.selectAll();
    jobs.releaseSelected(QStringLiteral("3rd floor"), 0, false, false);
    // Meanwhile the window says it is trying again.
    QTRY_VERIFY_WITH_TIMEOUT(jobs.releaseStatus().contains(QLatin1String("trying again")), EventWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(!finished.at(1).at(3).toString().isEmpty());
    QCOMPARE(jobs.rowCount(), 1);
    QCOMPARE(h.heldJobs(), 1);
    QCOMPARE(jobs.index(0).data(JobsModel::IdRole).toString(), kept);
}

void TstViewModels::quotaModelMatchesTheCli()
{
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    DaemonHarness h;
    h.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n"
                  "[quota]\nmonthly_pages=40\nmonthly_color_pages=10\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    const QString id = submit(h, QStringLiteral("Counted"), QStringLiteral("MCC"));

    DaemonConnection connection(options(h));
    pv::app::QuotaModel quota(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(quota.isLoaded(), EventWaitMs);
    QCOMPARE(quota.pagesUsed(), 0);

    // A release by the CLI is counted; the model hears usage.added and reads the quota again.
    QSignalSpy changed(&quota, &pv::app::QuotaModel::changed);
    QCOMPARE(h.cli({QStringLiteral("jobs"), QStringLiteral("release"), id, QStringLiteral("--printer"),
                    printer.uri()})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0 && quota.pagesUsed() == 3, EventWaitMs);

    const QJsonObject cli = h.cli({QStringLiteral("--json"), QStringLiteral("quota")}).json();
    QCOMPARE(quota.limited(), cli.value(QStringLiteral("limited")).toBool());
    QCOMPARE(quota.pageLimit(), cli.value(QStringLiteral("page_limit")).toInt());
    QCOMPARE(quota.pagesUsed(), cli.value(QStringLiteral("pages_used")).toInt());
    QCOMPARE(quota.pagesLeft(), cli.value(QStringLiteral("pages_left")).toInt());
    QCOMPARE(quota.colorLimit(), cli.value(QStringLiteral("color_limit")).toInt());
    QCOMPARE(quota.colorUsed(), cli.value(QStringLiteral("color_used")).toInt());
    QCOMPARE(quota.colorUsed(), 2);
    QCOMPARE(quota.resetsAt(),
             QDateTime::fromString(cli.value(QStringLiteral("resets_at")).toString(), Qt::ISODate));

    // Twelve months, this one last, holding the release; the recent list names the printer.
    QCOMPARE(quota.months().size(), 12);
    const QVariantMap now = quota.months().last().toMap();
    QCOMPARE(now.value(QStringLiteral("month")).toString(),
             QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(now.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(quota.monthMax(), 3);
    QCOMPARE(quota.recent().size(), 1);
    QCOMPARE(quota.recent().first().toMap().value(QStringLiteral("where")).toString(), printer.uri());

    // Saved under a name, the printer is shown by it.
    QCOMPARE(h.cli({QStringLiteral("printers"), QStringLiteral("add"), printer.uri(),
                    QStringLiteral("--name"), QStringLiteral("Lab")})
                 .exitCode,
             0);
    QSignalSpy again(&quota, &pv::app::QuotaModel::changed);
    quota.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, EventWaitMs);
    QCOMPARE(quota.recent().first().toMap().value(QStringLiteral("where")).toString(), QStringLiteral("Lab"));

    // Export CSV writes what the CLI's export writes.
    QSignalSpy exported(&quota, &pv::app::QuotaModel::exported);
    const QString csvPath = h.root() + QStringLiteral("/usage.csv");
    quota.exportCsv(QUrl::fromLocalFile(csvPath));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, EventWaitMs);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray fromCli =
        h.cli({QStringLiteral("usage"), QStringLiteral("export"), QStringLiteral("--csv"),
               QStringLiteral("--from"),
               QDate::currentDate().addMonths(-11).toString(QStringLiteral("yyyy-MM-01"))})
            .out;
    QCOMPARE(csv.readAll(), fromCli);
}

void TstViewModels::trayStateFollowsTheDaemonAndReconnects()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    JobsModel jobs(&connection);
    pv::app::TrayStatus tray(&connection, &jobs);
    QSignalSpy notified(&tray, &pv::app::TrayStatus::notify);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.isLoaded(), EventWaitMs);
    QCOMPARE(tray.iconState(), QStringLiteral("ready"));

    submit(h, QStringLiteral("Quarterly report.pdf"), QStringLiteral("MCMCMCMCMCMC"));
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), QStringLiteral("held"), EventWaitMs);
    QCOMPARE(tray.heldJobs(), 1);
    QVERIFY2(tray.toolTip().contains(QStringLiteral("1 job")), qPrintable(tray.toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, EventWaitMs);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Captured: Quarterly report.pdf, 12 pages"));
    QCOMPARE(notified.at(0).at(2).toBool(), false);

    // Pausing capture is the daemon's state: it comes back as status.changed.
    connection.setCapturePaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), QStringLiteral("paused"), EventWaitMs);
    const CliResult refused =
        h.cli({QStringLiteral("submit"),
               h.writeFile(QStringLiteral("p.pdf"), buildPdf(QStringLiteral("M"), QStringLiteral("p")))});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("paused"), refused.err.constData());
    connection.setCapturePaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), QStringLiteral("held"), EventWaitMs);

    // The daemon goes away: offline. It comes back: the app finds it by itself.
    QCOMPARE(h.stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), QStringLiteral("offline"), EventWaitMs);
    QVERIFY(!connection.isConnected());
    QCOMPARE(h.start(), QStringLiteral("ready"));
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), EventWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tray.iconState(), QStringLiteral("held"), EventWaitMs);
    QCOMPARE(jobs.rowCount(), 1);
}

void TstViewModels::devicesPairingAndLockedPolicy()
{
    DaemonHarness h;
    h.enableMfp();
    h.writePolicy("[vault]\nmin_free_mb=0\nretention_hours=24\n[capture]\nipp_port=0\n[mfp]\nport=" +
                  QByteArray::number(h.mfpPort()) + "\nlisten_address=127.0.0.1\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    pv::app::DevicesModel devices(&connection);
    pv::app::SettingsModel settings(&connection, {h.root() + QStringLiteral("/tray.conf"),
                                                  h.root() + QStringLiteral("/autostart/printvault.desktop"),
                                                  QStringLiteral("/usr/bin/printvault")});
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(devices.isAvailable(), EventWaitMs);

    // The fingerprint shown is the daemon's certificate's, grouped for reading aloud.
    const QString cliFingerprint =
        h.cli({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show")})
            .json()
            .value(QStringLiteral("fingerprint_sha256"))
            .toString();
    QVERIFY(!cliFingerprint.isEmpty());
    QCOMPARE(devices.fingerprint().toLower(), cliFingerprint.toLower());

    // A pairing code with its countdown, then a real pairing over TLS: the list updates by event.
    devices.pair(QStringLiteral("Lobby"));
    QTRY_VERIFY_WITH_TIMEOUT(!devices.pairingCode().isEmpty(), EventWaitMs);
    QCOMPARE(devices.pairingCode().size(), 8);
    QVERIFY(devices.pairingSecondsLeft() > 590 && devices.pairingSecondsLeft() <= 600);
    QCOMPARE(devices.rowCount(), 0);
    const HttpsClient mfp(h.mfpPort(), h.mfpCertificate());
    const HttpReply paired = mfp.post("/api/v1/devices/pair", QByteArray(),
                                      QJsonObject{{QStringLiteral("code"), devices.pairingCode()},
                                                  {QStringLiteral("name"), QStringLiteral("Lobby")}});
    QCOMPARE(paired.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(devices.rowCount(), 1, EventWaitMs);
    QCOMPARE(devices.index(0).data(pv::app::DevicesModel::NameRole).toString(), QStringLiteral("Lobby"));
    QVERIFY(devices.pairingCode().isEmpty()); // used: gone from the window
    devices.revoke(devices.index(0).data(pv::app::DevicesModel::IdRole).toString());
    QTRY_COMPARE_WITH_TIMEOUT(devices.rowCount(), 0, EventWaitMs);

    // Weak PINs are refused with the daemon's reason; a good one is stored.
    QSignalSpy errors(&devices, &pv::app::DevicesModel::errorOccurred);
    QSignalSpy pinSet(&devices, &pv::app::DevicesModel::pinSet);
    devices.setPin(QStringLiteral("1234"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, EventWaitMs);
    devices.setPin(QStringLiteral("4071"));
    QTRY_COMPARE_WITH_TIMEOUT(pinSet.count(), 1, 60000);

    // The administrator set the retention: shown, and shown locked.
    QTRY_COMPARE_WITH_TIMEOUT(settings.retentionHours(), 24, EventWaitMs);
    QVERIFY(settings.retentionLocked());
    QVERIFY(!settings.isLocked(QStringLiteral("quota/monthly_pages")));
    // Every key the policy sets is listed as set by the organisation, with its label and value,
    // in docs/policy.md's order; nothing else is.
    QStringList managedKeys;
    QVariantMap retention, address;
    for (const QVariant &v : settings.managedSettings()) {
        const QVariantMap m = v.toMap();
        managedKeys.append(m.value(QStringLiteral("key")).toString());
        if (managedKeys.last() == QLatin1String("vault/retention_hours"))
            retention = m;
        if (managedKeys.last() == QLatin1String("mfp/listen_address"))
            address = m;
    }
    QCOMPARE(managedKeys,
             (QStringList{QStringLiteral("vault/retention_hours"), QStringLiteral("vault/min_free_mb"),
                          QStringLiteral("capture/ipp_port"), QStringLiteral("mfp/port"),
                          QStringLiteral("mfp/listen_address")}));
    QCOMPARE(retention.value(QStringLiteral("label")).toString(),
             QStringLiteral("Held jobs are deleted after (hours)"));
    QCOMPARE(retention.value(QStringLiteral("value")).toString(), QStringLiteral("24"));
    QCOMPARE(address.value(QStringLiteral("value")).toString(), QStringLiteral("127.0.0.1"));
    const QStringList locked = settings.lockedSettings();
    QCOMPARE(QSet<QString>(managedKeys.begin(), managedKeys.end()),
             QSet<QString>(locked.begin(), locked.end()));

    // Start at login writes an XDG autostart entry, and removes it.
    settings.setStartAtLogin(true);
    QVERIFY(settings.startAtLogin());
    QFile entry(h.root() + QStringLiteral("/autostart/printvault.desktop"));
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains("Exec=/usr/bin/printvault --minimized"));
    settings.setStartAtLogin(false);
    QVERIFY(!settings.startAtLogin());

    // The language choice survives a restart of the app.
    settings.setLanguage(QStringLiteral("de"));
    pv::app::SettingsModel again(&connection,
                                 {h.root() + QStringLiteral("/tray.conf"), QString(), QString()});
    QCOMPARE(again.language(), QStringLiteral("de"));
}

// Find printers: a queue of a private CUPS is offered with its address; added, it is saved with
// its capabilities and no longer offered.
void TstViewModels::discoveredPrintersCanBeAdded()
{
    if (geteuid() != 0)
        QSKIP("a private cupsd needs root here (it drops to the lp user for filters)");
    IppEvePrinter printer(QStringLiteral("application/pdf"));
    QVERIFY(printer.start());
    PrivateCupsd cups;
    QVERIFY(cups.start());
    QVERIFY(cups.addQueue(QStringLiteral("Lab"), printer.uri()));
    DaemonHarness h;
    h.environment().insert(QStringLiteral("CUPS_SERVER"), QStringLiteral("127.0.0.1:%1").arg(cups.port()));
    QCOMPARE(h.start(), QStringLiteral("ready"));

    DaemonConnection connection(options(h));
    pv::app::PrintersModel printers(&connection);
    connection.start();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), EventWaitMs);
    printers.discover();
    QVERIFY(printers.isDiscovering());
    QTRY_VERIFY_WITH_TIMEOUT(!printers.isDiscovering(), EventWaitMs);
    QVariantMap lab;
    for (const QVariant &v : printers.discovered()) {
        if (v.toMap().value(QStringLiteral("name")).toString() == QLatin1String("Lab"))
            lab = v.toMap();
    }
    QVERIFY(lab.value(QStringLiteral("uri")).toString().endsWith(QLatin1String("/printers/Lab")));
    if (!QFile::exists(QStringLiteral("/run/avahi-daemon/socket")))
        QVERIFY(!printers.discoveryMessage().isEmpty());

    printers.addPrinter(lab.value(QStringLiteral("uri")).toString(), QStringLiteral("Lab"));
    QTRY_COMPARE_WITH_TIMEOUT(printers.rowCount(), 1, EventWaitMs);
    QVERIFY(printers.index(0).data(pv::app::PrintersModel::PdfRole).toBool());
    for (const QVariant &v : printers.discovered())
        QVERIFY(v.toMap().value(QStringLiteral("uri")) != lab.value(QStringLiteral("uri")));
}

// Idle auto-lock from policy: armed while unlocked; locks only a user with a PIN; the PIN opens
// it, a wrong one does not, and enough wrong ones lock out (the MFP rules) even the right one.
void TstViewModels::idleLockNeedsThePin()
{
    DaemonHarness h;
    h.enableMfp("[tray]\nidle_lock_minutes=2\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    pv::app::SessionLock lock(&connection);
    JobsModel jobs(&connection);
    pv::app::TrayStatus tray(&connection, &jobs, &lock);
    QSignalSpy notified(&tray, &pv::app::TrayStatus::notify);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(lock.idleMinutes(), 2, EventWaitMs);
    QVERIFY(lock.idleTimer().isActive());
    QCOMPARE(lock.idleTimer().interval(), 2 * 60 * 1000);
    QVERIFY(lock.idleTimer().isSingleShot());

    // No PIN yet: nothing to ask for, so no lock; the timer waits again.
    QSignalSpy lockedChanged(&lock, &pv::app::SessionLock::lockedChanged);
    lock.lockNow();
    QTRY_VERIFY_WITH_TIMEOUT(lock.idleTimer().isActive(), EventWaitMs);
    QVERIFY(!lock.isLocked());

    QCOMPARE(h.cli({QStringLiteral("pin"), QStringLiteral("set")}, "4071\n").exitCode, 0);
    lock.lockNow();
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), EventWaitMs);
    QVERIFY(!lock.idleTimer().isActive()); // locked: nothing runs
    // The daemon holds the lock: the CLI cannot change the PIN or the badge meanwhile.
    const CliResult refused = h.cli({QStringLiteral("pin"), QStringLiteral("set")}, "5927\n");
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("locked after inactivity"), refused.err.constData());
    QVERIFY(h.cli({QStringLiteral("card"), QStringLiteral("set")}, "04A1B2C3\n").exitCode != 0);

    // Locked, a notification does not name the job.
    submit(h, QStringLiteral("Salary review"), QStringLiteral("M"));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, EventWaitMs);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("PrintVault"));
    QVERIFY(!notified.at(0).at(1).toString().contains(QLatin1String("Salary")));

    lock.unlock(QStringLiteral("9999"));
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isBusy() && !lock.error().isEmpty(), 60000);
    QVERIFY(lock.isLocked());
    lock.unlock(QStringLiteral("4071"));
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isLocked(), 60000);
    QVERIFY(lock.error().isEmpty());
    QVERIFY(lock.idleTimer().isActive());

    // Five wrong PINs (policy default) lock the user out, here as at an MFP.
    lock.lockNow();
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), EventWaitMs);
    for (int i = 0; i < 5; ++i) {
        lock.unlock(QStringLiteral("1357"));
        QTRY_VERIFY_WITH_TIMEOUT(!lock.isBusy(), 60000);
    }
    lock.unlock(QStringLiteral("4071"));
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isBusy(), 60000);
    QVERIFY(lock.isLocked());
    QVERIFY2(lock.error().contains(QLatin1String("too many")), qPrintable(lock.error()));
}

// The account model over a daemon with a real provider: the sign-in page, the browser flow it
// asks the app to open, the header's name, the device code with its countdown, Cancel in
// words, and a refused renewal (the provider restarted, so it knows no grant any more) that
// signs out with a notification.
void TstViewModels::accountModelThroughSignInAndOut()
{
    OidcTestProvider provider{OidcTestProvider::Options()};
    QVERIFY2(provider.start(), qPrintable(provider.error()));
    DaemonHarness h;
    h.writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n[account]\nissuer=" +
                  provider.issuer().toUtf8() + "\nclient_id=" + provider.clientId().toUtf8() +
                  "\nca_file=" + provider.caFile().toUtf8() + "\ndevice_flow=true\n");
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    pv::app::AccountModel account(&connection);
    JobsModel jobs(&connection);
    pv::app::TrayStatus tray(&connection, &jobs);
    connect(&account, &pv::app::AccountModel::signedOutBy, &tray, &pv::app::TrayStatus::reportNotice);
    QSignalSpy notified(&tray, &pv::app::TrayStatus::notify);
    QSignalSpy opened(&account, &pv::app::AccountModel::openUrlRequested);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(account.page(), QStringLiteral("signin"), EventWaitMs);
    QVERIFY(account.isConfigured());
    QVERIFY(account.deviceFlowAllowed());
    QCOMPARE(account.organisation(), QStringLiteral("127.0.0.1"));

    // The device code, then Cancel: back to the start, saying so.
    account.signInWithCode();
    QTRY_COMPARE_WITH_TIMEOUT(account.page(), QStringLiteral("device"), EventWaitMs);
    QVERIFY(!account.userCode().isEmpty());
    QVERIFY(account.verificationUri().startsWith(provider.issuer()));
    QVERIFY(account.secondsLeft() > 0 && account.secondsLeft() <= 12);
    QVERIFY(account.countdownText().contains(QLatin1Char(':')));
    account.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(account.page(), QStringLiteral("signin"), EventWaitMs);
    QCOMPARE(account.error(), QStringLiteral("The sign-in was cancelled."));

    // The browser flow: the model asks for the URL to be opened, and the wait is shown.
    account.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, EventWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(account.page(), QStringLiteral("browser"), EventWaitMs);
    HeadlessBrowser browser(provider.caFile());
    QCOMPARE(browser.signIn(opened.first().first().toUrl(), QStringLiteral("alice")).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(account.isSignedIn(), EventWaitMs);
    QCOMPARE(account.page(), QString());
    QCOMPARE(account.name(), QStringLiteral("Alice Example"));
    QCOMPARE(account.email(), QStringLiteral("alice@example.test"));
    QCOMPARE(account.error(), QString());

    // The provider forgets every grant: the next renewal is refused, and that signs out.
    notified.clear();
    provider.stop();
    QVERIFY2(provider.start(), qPrintable(provider.error()));
    QTRY_VERIFY_WITH_TIMEOUT(!account.isSignedIn(), 30000);
    QCOMPARE(account.page(), QStringLiteral("signin"));
    QCOMPARE(account.error(), QStringLiteral("Your organisation ended the sign-in. Please sign in again."));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, EventWaitMs);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("You were signed out"));
    QCOMPARE(notified.first().at(1).toString(),
             QStringLiteral("Your organisation ended the sign-in. Please sign in again."));
    QCOMPARE(notified.first().at(2).toBool(), true);
    QCOMPARE(h.stop(), 0);
}

// No provider in policy: not connected, no page to cover the window, and signing in refused.
void TstViewModels::accountModelWithoutAProvider()
{
    DaemonHarness h;
    QCOMPARE(h.start(), QStringLiteral("ready"));
    DaemonConnection connection(options(h));
    pv::app::AccountModel account(&connection);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(account.state(), QStringLiteral("not_configured"), EventWaitMs);
    QVERIFY(!account.isConfigured());
    QCOMPARE(account.page(), QString());
    account.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!account.error().isEmpty(), EventWaitMs);
    QCOMPARE(account.page(), QString());
    QCOMPARE(h.stop(), 0);
}

QTEST_GUILESS_MAIN(TstViewModels)
#include "tst_viewmodels.moc"
