#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace pv::app {

class DaemonConnection;

// Idle auto-lock (policy tray/idle_lock_minutes): after that long without keyboard or pointer
// input the window hides its content and the daemon is told (session.lock), so that its local
// API refuses PIN, badge and pairing changes without the PIN too; the PIN opens it again
// (session.unlock, checked by the daemon under the MFP lockout rules). A user without a PIN is not locked:
// there is nothing to check. While idle a single one-shot timer waits; nothing runs periodically. Main
// thread.
class SessionLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the session lock")
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit SessionLock(DaemonConnection *connection, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    bool isBusy() const { return m_busy; }
    int idleMinutes() const { return m_idleMinutes; }
    QString error() const { return m_error; }
    // The idle timer, for tests: armed while unlocked and a limit is set.
    const QTimer &idleTimer() const { return m_idle; }

    // What the idle timer does when it fires.
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE void unlock(const QString &pin);

Q_SIGNALS:
    void lockedChanged();
    void busyChanged();
    void idleMinutesChanged();
    void errorChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rearm();
    void setLocked(bool locked);
    void setError(const QString &error);

    DaemonConnection *m_connection;
    QTimer m_idle;
    int m_idleMinutes = 0;
    bool m_locked = false;
    bool m_busy = false;
    QString m_error;
};

} // namespace pv::app
