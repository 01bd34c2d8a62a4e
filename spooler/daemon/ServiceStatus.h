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
    void set(State state, const QString &message);
    // For a change in what the status reports besides the state (capture paused).
    void notifyChanged() { Q_EMIT changed(); }
    static QString stateName(State state);

Q_SIGNALS:
    void changed();

private:
    State m_state = State::Starting;
    QString m_message;
};

} // namespace pv
