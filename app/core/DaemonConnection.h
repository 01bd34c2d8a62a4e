#pragma once

#include "common/Result.h"
#include "core/DaemonLauncher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace pv::localapi {
class LocalApiClient;
}

namespace pv::app {

struct ConnectionOptions
{
    QString socketPath;
    DaemonLauncher daemon; // how to start printvaultd when none answers
    int maxRetryDelayMs = 5000;
};

// The tray app's one link to printvaultd over the local API. It starts the daemon when none
// answers, reconnects by itself when the daemon restarts, and turns the daemon's events into
// signals. While connected it runs no timer: everything arrives as events. Main thread.
class DaemonConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the daemon connection")
    Q_PROPERTY(QString state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
    Q_PROPERTY(bool capturePaused READ capturePaused NOTIFY statusChanged)
    Q_PROPERTY(QString printerUri READ printerUri NOTIFY statusChanged)
    Q_PROPERTY(int retentionHours READ retentionHours NOTIFY statusChanged)
    Q_PROPERTY(QStringList lockedSettings READ lockedSettings NOTIFY statusChanged)
    Q_PROPERTY(QString daemonVersion READ daemonVersion NOTIFY statusChanged)
    Q_PROPERTY(QString lockAdvice READ lockAdvice NOTIFY statusChanged)
public:
    using Callback = std::function<void(Result<QJsonObject>)>;

    explicit DaemonConnection(ConnectionOptions options, QObject *parent = nullptr);
    ~DaemonConnection() override;

    void start();
    bool isConnected() const { return m_connected; }

    // "connecting", "starting" (a daemon was launched and is not answering yet), "offline",
    // or the daemon's own state: "starting", "ready", "locked", "error".
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    bool capturePaused() const { return m_status.value(QStringLiteral("capture_paused")).toBool(); }
    QString printerUri() const { return m_status.value(QStringLiteral("printer_uri")).toString(); }
    int retentionHours() const { return m_status.value(QStringLiteral("retention_hours")).toInt(); }
    QStringList lockedSettings() const;
    // status.managed_settings: {key, value, file} for every key the policy sets.
    QJsonArray managedSettings() const
    {
        return m_status.value(QStringLiteral("managed_settings")).toArray();
    }
    QString daemonVersion() const { return m_status.value(QStringLiteral("version")).toString(); }
    // What the user can do while the vault is locked, chosen by the daemon's status.reason.
    QString lockAdvice() const;
    QJsonObject status() const { return m_status; }

    // A local API call; fails at once while disconnected.
    void request(const QString &method, const QJsonObject &params, Callback done);
    Q_INVOKABLE void setCapturePaused(bool paused);

Q_SIGNALS:
    void connectedChanged();
    void statusChanged();
    // Every event the daemon sends (job.added, job.removed, release.progress, usage.added, ...).
    void eventReceived(const QJsonObject &event);
    // A call failed: for the app to show. `what` says which action.
    void errorOccurred(const QString &what, const QString &message);

private:
    void tryConnect();
    void onConnected();
    void onLost(const QString &why);
    void scheduleRetry();
    void launchDaemon();
    void setState(const QString &state, const QString &message);
    void applyStatus(const QJsonObject &status);
    QString logFile() const;
    QString lastLogLine() const;

    ConnectionOptions m_options;
    localapi::LocalApiClient *m_client;
    QTimer m_retry;
    QElapsedTimer m_launchClock;
    int m_retryDelayMs = 100;
    bool m_connected = false;
    bool m_launched = false; // one launch per outage: a daemon that refuses to start is not hammered
    QString m_state = QStringLiteral("connecting");
    QString m_message;
    QJsonObject m_status;
};

} // namespace pv::app
