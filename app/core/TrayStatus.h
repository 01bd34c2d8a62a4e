#pragma once

#include <QObject>
#include <QQmlEngine>

namespace pv::app {

class DaemonConnection;
class JobsModel;
class SessionLock;

// What the tray icon shows and says, worked out from the connection and the jobs: the icon's
// state, its tooltip, and the notifications to raise. No widgets here, so it is tested without
// a desktop; TrayIcon only draws it. Main thread.
class TrayStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the tray status")
    Q_PROPERTY(QString iconState READ iconState NOTIFY changed)
    Q_PROPERTY(QString toolTip READ toolTip NOTIFY changed)
    Q_PROPERTY(int heldJobs READ heldJobs NOTIFY changed)
public:
    // `lock` may be null (no idle lock): then notifications always name the job.
    TrayStatus(DaemonConnection *connection, JobsModel *jobs, const SessionLock *lock = nullptr,
               QObject *parent = nullptr);

    // "ready" (nothing held), "held" (jobs waiting), "paused", "offline", "error" (or locked).
    QString iconState() const;
    QString toolTip() const;
    int heldJobs() const;

public Q_SLOTS:
    // For errors from any model: shown as a notification.
    void reportError(const QString &what, const QString &message);
    // Something the user did not ask for and must know (signed out by the organisation).
    void reportNotice(const QString &title, const QString &message);

Q_SIGNALS:
    void changed();
    void notify(const QString &title, const QString &message, bool isError);

private:
    DaemonConnection *m_connection;
    JobsModel *m_jobs;
    const SessionLock *m_lock;

    void say(const QString &title, const QString &message, bool isError);
};

} // namespace pv::app
