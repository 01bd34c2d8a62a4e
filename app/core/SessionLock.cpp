#include "core/SessionLock.h"

#include "core/DaemonConnection.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonObject>
#include <QJsonValue>

namespace pv::app {

SessionLock::SessionLock(DaemonConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionLock::lockNow);
    connect(m_connection, &DaemonConnection::statusChanged, this, [this]() {
        const int minutes = m_connection->status().value(QStringLiteral("idle_lock_minutes")).toInt();
        if (minutes != m_idleMinutes) {
            m_idleMinutes = minutes;
            Q_EMIT idleMinutesChanged();
            rearm();
        }
        // The daemon holds the lock: a restarted tray (or one that missed the unlock) shows
        // what it says, and only the PIN, checked there, ends it.
        const QJsonValue daemonLocked = m_connection->status().value(QStringLiteral("idle_locked"));
        if (daemonLocked.isBool())
            setLocked(daemonLocked.toBool());
    });
    QCoreApplication::instance()->installEventFilter(this);
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    // Input anywhere in the app counts as activity; restarting a timer is cheap.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::rearm()
{
    if (m_idleMinutes > 0 && !m_locked)
        m_idle.start(m_idleMinutes * 60 * 1000);
    else
        m_idle.stop();
}

void SessionLock::lockNow()
{
    if (m_locked)
        return;
    // The daemon locks (and refuses PIN, badge and pairing changes without the PIN), and only
    // for a user with a PIN: there must be something to ask for.
    m_connection->request(QStringLiteral("session.lock"), {}, [this](Result<QJsonObject> r) {
        if (r && r->value(QStringLiteral("locked")).toBool()) {
            setError(QString());
            setLocked(true);
        } else {
            rearm(); // no PIN (or no MFP API): nothing to lock with; look again later
        }
    });
}

void SessionLock::unlock(const QString &pin)
{
    if (!m_locked || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    m_connection->request(QStringLiteral("session.unlock"), QJsonObject{{QStringLiteral("pin"), pin}},
                          [this](Result<QJsonObject> r) {
                              m_busy = false;
                              Q_EMIT busyChanged();
                              if (!r) {
                                  setError(r.error().code == QLatin1String("bad-credentials")
                                               ? tr("That PIN is not right.")
                                               : r.error().message);
                                  return;
                              }
                              setError(QString());
                              setLocked(false);
                          });
}

void SessionLock::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    rearm();
    Q_EMIT lockedChanged();
}

void SessionLock::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace pv::app
