// Qt Quick Test for the window's pages (tests/qml/tst_*.qml), with the real view models over a
// real printvaultd (tests/with-keyring.sh), a real ippeveprinter to release to, and the CLI to
// compare against. QML sees them as the context property `fixture`.
#include "DaemonHarness.h"
#include "IppEvePrinter.h"
#include "PdfBuilder.h"

#include "core/DaemonConnection.h"
#include "core/JobImageProvider.h"
#include "core/SessionLock.h"
#include "core/TrayStatus.h"
#include "models/AccountModel.h"
#include "models/ActivityModel.h"
#include "models/DevicesModel.h"
#include "models/JobsModel.h"
#include "models/PrintersModel.h"
#include "models/QuotaModel.h"
#include "models/SettingsModel.h"

#include <QDir>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(PrintVaultPlugin)

using namespace pv::test;

class Fixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(pv::app::DaemonConnection *connection READ connection CONSTANT)
    Q_PROPERTY(pv::app::JobsModel *jobs READ jobs CONSTANT)
    Q_PROPERTY(pv::app::PrintersModel *printers READ printers CONSTANT)
    Q_PROPERTY(pv::app::QuotaModel *quota READ quota CONSTANT)
    Q_PROPERTY(pv::app::TrayStatus *trayStatus READ trayStatus CONSTANT)
    Q_PROPERTY(pv::app::DevicesModel *devices READ devices CONSTANT)
    Q_PROPERTY(pv::app::ActivityModel *activity READ activity CONSTANT)
    Q_PROPERTY(pv::app::SettingsModel *settings READ settings CONSTANT)
    Q_PROPERTY(pv::app::SessionLock *sessionLock READ sessionLock CONSTANT)
    Q_PROPERTY(pv::app::AccountModel *account READ account CONSTANT)
    Q_PROPERTY(QString printerUri READ printerUri CONSTANT)
    Q_PROPERTY(QString ippsPrinterUri READ ippsPrinterUri CONSTANT)
public:
    Fixture()
        : m_printer(QStringLiteral("application/pdf"))
    {}

    bool start()
    {
        if (!m_printer.start() || !replaceIppsPrinter())
            return false;
        m_daemon.enableMfp("[quota]\nmonthly_pages=30\nmonthly_color_pages=5\n[tray]\nidle_lock_minutes=5\n");
        if (m_daemon.start() != QLatin1String("ready"))
            return false;
        m_connection = new pv::app::DaemonConnection(
            pv::app::ConnectionOptions{m_daemon.runtimeDir() + QStringLiteral("/api.sock"), {}, 500}, this);
        m_jobs = new pv::app::JobsModel(m_connection, this);
        m_printers = new pv::app::PrintersModel(m_connection, this);
        m_quota = new pv::app::QuotaModel(m_connection, this);
        m_lock = new pv::app::SessionLock(m_connection, this);
        m_account = new pv::app::AccountModel(m_connection, this);
        m_tray = new pv::app::TrayStatus(m_connection, m_jobs, m_lock, this);
        m_devices = new pv::app::DevicesModel(m_connection, this);
        m_activity = new pv::app::ActivityModel(m_connection, this);
        m_settings = new pv::app::SettingsModel(
            m_connection, {m_daemon.root() + QStringLiteral("/tray.conf"), QString(), QString()}, this);
        m_connection->start();
        return true;
    }

    pv::app::DaemonConnection *connection() const { return m_connection; }
    pv::app::JobsModel *jobs() const { return m_jobs; }
    pv::app::PrintersModel *printers() const { return m_printers; }
    pv::app::QuotaModel *quota() const { return m_quota; }
    pv::app::TrayStatus *trayStatus() const { return m_tray; }
    pv::app::DevicesModel *devices() const { return m_devices; }
    pv::app::ActivityModel *activity() const { return m_activity; }
    pv::app::SettingsModel *settings() const { return m_settings; }
    pv::app::SessionLock *sessionLock() const { return m_lock; }
    pv::app::AccountModel *account() const { return m_account; }
    // Sets the user's PIN with the CLI; true when stored.
    Q_INVOKABLE bool setPin(const QString &pin)
    {
        return m_daemon.cli({QStringLiteral("pin"), QStringLiteral("set")}, pin.toUtf8() + '\n').exitCode ==
               0;
    }
    // Where the test saves what it grabbed, for a person to look at: $PV_QML_SHOTS, else the
    // throw-away home.
    Q_INVOKABLE QString tempPath(const QString &name) const
    {
        return qEnvironmentVariable("PV_QML_SHOTS", m_daemon.root()) + QLatin1Char('/') + name;
    }
    QString printerUri() const { return m_printer.uri(); }
    // An IPPS printer (ippeveprinter's own TLS) on a port of its own; replacing it gives it a
    // new key and certificate on the same address, as a replaced printer would have.
    QString ippsPrinterUri() const { return m_ipps ? m_ipps->ippsUri() : QString(); }
    Q_INVOKABLE bool replaceIppsPrinter()
    {
        m_ipps.reset();
        for (const QString &f : QDir(m_ippsKeys.path()).entryList(QDir::Files))
            QFile::remove(m_ippsKeys.filePath(f));
        m_ipps = std::make_unique<IppEvePrinter>(QStringLiteral("application/pdf"),
                                                 QStringList{QStringLiteral("-K"), m_ippsKeys.path()});
        m_ipps->setPort(m_ippsPort);
        return m_ipps->start();
    }
    // SHA-256 of the certificate the IPPS printer made in its -K folder, lowercase hex.
    Q_INVOKABLE QString ippsCertificateSha256() const
    {
        const QList<QSslCertificate> made =
            QSslCertificate::fromPath(m_ippsKeys.filePath(QStringLiteral("*.crt")), QSsl::Pem,
                                      QSslCertificate::PatternSyntax::Wildcard);
        return made.size() == 1 ? QString::fromLatin1(made.first().digest(QCryptographicHash::Sha256).toHex())
                                : QString();
    }
    // What the daemon printed, for failure messages.
    Q_INVOKABLE QString daemonLog() const { return QString::fromUtf8(m_daemon.log().right(3000)); }
    Q_INVOKABLE int ippsSpooledCount() const
    {
        return m_ipps ? int(m_ipps->spooledFiles(QStringLiteral(".pdf")).size()) : 0;
    }
    Q_INVOKABLE QString ippsSpooledSha256() const
    {
        const QStringList files = m_ipps ? m_ipps->spooledFiles(QStringLiteral(".pdf")) : QStringList();
        QFile f(files.isEmpty() ? QString() : files.last());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(sha256(f.readAll())) : QString();
    }

    // Holds a PDF through the CLI, as another client would; returns the job ID.
    Q_INVOKABLE QString submit(const QString &title, const QString &colours)
    {
        m_lastPdf = buildPdf(colours, title);
        return m_daemon
            .cli({QStringLiteral("--json"), QStringLiteral("submit"),
                  m_daemon.writeFile(QStringLiteral("q.pdf"), m_lastPdf), QStringLiteral("--title"), title})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    }
    // `printvault-cli --json ARGS...`, parsed.
    Q_INVOKABLE QVariantMap cli(const QStringList &args)
    {
        return m_daemon.cli(QStringList{QStringLiteral("--json")} + args).json().toVariantMap();
    }
    // SHA-256 of what the printer spooled last, and of the last PDF submitted.
    Q_INVOKABLE QString spooledSha256() const
    {
        const QStringList files = m_printer.spooledFiles(QStringLiteral(".pdf"));
        QFile f(files.isEmpty() ? QString() : files.last());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(sha256(f.readAll())) : QString();
    }
    Q_INVOKABLE QString submittedSha256() const { return QString::fromLatin1(sha256(m_lastPdf)); }
    Q_INVOKABLE int spooledCount() const
    {
        return int(m_printer.spooledFiles(QStringLiteral(".pdf")).size());
    }

private:
    IppEvePrinter m_printer;
    QTemporaryDir m_ippsKeys;
    const int m_ippsPort = freeTcpPort();
    std::unique_ptr<IppEvePrinter> m_ipps;
    DaemonHarness m_daemon;
    QByteArray m_lastPdf;
    pv::app::DaemonConnection *m_connection = nullptr;
    pv::app::JobsModel *m_jobs = nullptr;
    pv::app::PrintersModel *m_printers = nullptr;
    pv::app::QuotaModel *m_quota = nullptr;
    pv::app::TrayStatus *m_tray = nullptr;
    pv::app::DevicesModel *m_devices = nullptr;
    pv::app::ActivityModel *m_activity = nullptr;
    pv::app::SettingsModel *m_settings = nullptr;
    pv::app::SessionLock *m_lock = nullptr;
    pv::app::AccountModel *m_account = nullptr;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        if (m_english.load(QStringLiteral(":/i18n/printvault_en.qm")))
            QCoreApplication::installTranslator(&m_english);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_fixture) {
            m_fixture = std::make_unique<Fixture>();
            if (!m_fixture->start())
                qFatal("the test daemon or printer did not start");
        }
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImageProvider(QStringLiteral("pvjobs"),
                                 new pv::app::JobImageProvider(m_fixture->connection()));
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), m_fixture.get());
    }
    void cleanupTestCase() { m_fixture.reset(); }

private:
    QTranslator m_english;
    std::unique_ptr<Fixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)
#include "tst_qml.moc"
