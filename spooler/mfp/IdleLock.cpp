#include "mfp/IdleLock.h"

#include "common/Logging.h"

namespace pv::mfp {

void IdleLock::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    qCInfo(lcAccounts) << (locked ? "the session is idle-locked" : "the idle lock ended with the PIN");
    Q_EMIT changed(locked);
}

} // namespace pv::mfp
