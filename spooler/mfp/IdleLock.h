#pragma once

#include <QObject>

namespace pv::mfp {

// The workstation's idle lock as the daemon knows it (docs/security.md, "Idle lock"). The tray
// says when it locks (session.lock); only the owner's PIN, checked here under the PIN lockout
// rules, ends it (session.unlock, or current_pin on a guarded method). While it holds, the
// local API refuses what would change how someone signs in at an MFP (pin.set, card.set,
// devices.pair) without the PIN: the tray's lock is then not only a curtain over the window
// that printvault-cli walks around. Main thread.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);

Q_SIGNALS:
    void changed(bool locked);

private:
    bool m_locked = false;
};

} // namespace pv::mfp
