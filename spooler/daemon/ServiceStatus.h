#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace pv {

// The daemon's overall state as clients see it. Lives on the main thread.
class ServiceStatus : public QObject
{
    Q_OBJECT
public:
    enum class State { Starting, Ready, Locked, Error };
    Q_ENUM(State)

    using QObject::QObject;

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // Why the daemon is locked or failed, as a stable code a client can act on (see
    // docs/api/local-api.json, status.reason): empty while ready.
    QString reason() const { return m_reason; }
    void set(State state, const QString &message, const QString &reason = QString());
    // For a change in what the status reports besides the state (capture paused).
    void notifyChanged() { Q_EMIT changed(); }
    static QString stateName(State state);

Q_SIGNALS:
    void changed();

private:
    State m_state = State::Starting;
    QString m_message;
    QString m_reason;
};

} // namespace pv
