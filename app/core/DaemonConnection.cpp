#include "core/DaemonConnection.h"

#include "common/SecureFiles.h"
#include "localapi/Frame.h"
#include "localapi/LocalApiClient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcTray, "printvault.tray")

namespace pv::app {

namespace {

// After launching a daemon, this long without an answer means it did not start.
constexpr int LaunchGiveUpMs = 15000;

} // namespace

DaemonConnection::DaemonConnection(ConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new localapi::LocalApiClient(this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DaemonConnection::tryConnect);
    connect(m_client, &localapi::LocalApiClient::connected, this, &DaemonConnection::onConnected);
    connect(m_client, &localapi::LocalApiClient::connectionFailed, this, &DaemonConnection::onLost);
    connect(m_client, &localapi::LocalApiClient::disconnected, this,
            [this]() { onLost(tr("printvaultd stopped")); });
    connect(m_client, &localapi::LocalApiClient::eventReceived, this, [this](const QJsonObject &event) {
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("status.changed"))
            applyStatus(event.value(QStringLiteral("status")).toObject());
        Q_EMIT eventReceived(event);
    });
}

DaemonConnection::~DaemonConnection() = default;

void DaemonConnection::start()
{
    tryConnect();
}

QString DaemonConnection::lockAdvice() const
{
    const QString reason = m_status.value(QStringLiteral("reason")).toString();
    if (reason == QLatin1String("master-key-missing"))
        return tr("The key to this vault is no longer in your keychain, so the jobs held here cannot be "
                  "decrypted. If you restored your keychain from a backup, unlock it; otherwise ask your "
                  "administrator to reset PrintVault for your account.");
    if (reason == QLatin1String("vault-unreadable"))
        return tr("The vault's files cannot be read with the key in your keychain. Ask your administrator; "
                  "the details are in printvaultd's log.");
    return tr("PrintVault keeps the key to your vault in your desktop's keychain, and cannot reach it. "
              "Unlock your keyring (for example in Passwords and Keys), or sign out and sign in to your "
              "desktop again.");
}

QStringList DaemonConnection::lockedSettings() const
{
    QStringList out;
    for (const QJsonValue &v : m_status.value(QStringLiteral("locked_settings")).toArray())
        out.append(v.toString());
    return out;
}

void DaemonConnection::tryConnect()
{
    m_client->connectToDaemon(m_options.socketPath);
}

void DaemonConnection::onConnected()
{
    m_retry.stop();
    m_retryDelayMs = 100;
    m_client->request(
        QStringLiteral("hello"), QJsonObject{{QStringLiteral("protocol"), localapi::ProtocolVersion}},
        [this](Result<QJsonObject> hello) {
            if (!hello) {
                setState(QStringLiteral("error"), hello.error().message);
                return;
            }
            m_client->request(QStringLiteral("events.subscribe"), {}, [this](Result<QJsonObject> r) {
                if (!r) {
                    setState(QStringLiteral("error"), r.error().message);
                    return;
                }
                m_connected = true;
                m_launched = false;
                qCInfo(lcTray) << "connected to printvaultd";
                applyStatus(r->value(QStringLiteral("status")).toObject());
                Q_EMIT connectedChanged();
            });
        });
}

void DaemonConnection::onLost(const QString &why)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    m_client->disconnectFromDaemon();
    if (wasConnected) {
        qCInfo(lcTray).noquote() << "lost printvaultd:" << why;
        Q_EMIT connectedChanged();
    }
    if (!m_launched && !m_options.daemon.program.isEmpty()) {
        launchDaemon();
    } else if (m_launched && m_launchClock.elapsed() > LaunchGiveUpMs) {
        const QString said = m_options.daemon.systemd ? QString() : lastLogLine();
        if (m_options.daemon.systemd)
            setState(QStringLiteral("offline"),
                     tr("printvaultd did not start. Its messages are in journalctl --user -u printvaultd."));
        else
            setState(QStringLiteral("offline"), said.isEmpty()
                                                    ? tr("printvaultd did not start.")
                                                    : tr("printvaultd did not start: %1").arg(said));
    } else if (!m_launched) {
        setState(QStringLiteral("offline"), tr("printvaultd is not running (%1).").arg(why));
    }
    scheduleRetry();
}

// Backs off from 100 ms to the maximum, so a restarting daemon is found quickly and a missing one
// costs next to nothing.
void DaemonConnection::scheduleRetry()
{
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, m_options.maxRetryDelayMs);
}

void DaemonConnection::launchDaemon()
{
    m_launched = true;
    // Its messages go to a log in the private runtime folder; they name jobs by ID only.
    if (auto s = files::ensurePrivateDir(QFileInfo(logFile()).absolutePath()); !s) {
        setState(QStringLiteral("offline"), s.message());
        return;
    }
    m_launchClock.start();
    QProcess process;
    process.setProgram(m_options.daemon.program);
    process.setArguments(m_options.daemon.arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(logFile());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        setState(QStringLiteral("offline"),
                 tr("Cannot start %1: %2").arg(m_options.daemon.program, process.errorString()));
        return;
    }
    if (m_options.daemon.systemd)
        qCInfo(lcTray) << "asked systemd to start printvaultd.service";
    else
        qCInfo(lcTray) << "started printvaultd, pid" << pid;
    m_retryDelayMs = 100;
    setState(QStringLiteral("starting"), tr("Starting PrintVault…"));
}

QString DaemonConnection::logFile() const
{
    return QFileInfo(m_options.socketPath).absolutePath() + QStringLiteral("/printvaultd.log");
}

// What a daemon that failed to start said last: its reason, such as a bad policy value.
QString DaemonConnection::lastLogLine() const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QString last = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
    last.remove(QStringLiteral("printvaultd: "));
    return last;
}

void DaemonConnection::setState(const QString &state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT statusChanged();
}

void DaemonConnection::applyStatus(const QJsonObject &status)
{
    m_status = status;
    m_state.clear(); // always announce: the other fields may have changed
    setState(status.value(QStringLiteral("state")).toString(),
             status.value(QStringLiteral("message")).toString());
}

void DaemonConnection::request(const QString &method, const QJsonObject &params, Callback done)
{
    m_client->request(method, params, std::move(done));
}

void DaemonConnection::setCapturePaused(bool paused)
{
    request(QStringLiteral("capture.set_paused"), QJsonObject{{QStringLiteral("paused"), paused}},
            [this](Result<QJsonObject> r) {
                if (!r)
                    Q_EMIT errorOccurred(tr("Pause capture"), r.error().message);
            });
}

} // namespace pv::app
