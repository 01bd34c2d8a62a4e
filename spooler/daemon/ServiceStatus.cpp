#include "daemon/ServiceStatus.h"

namespace pv {

void ServiceStatus::set(State state, const QString &message, const QString &reason)
{
    if (state == m_state && message == m_message && reason == m_reason)
        return;
    m_state = state;
    m_message = message;
    m_reason = reason;
    Q_EMIT changed();
}

QString ServiceStatus::stateName(State state)
{
    switch (state) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Locked:
        return QStringLiteral("locked");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace pv
