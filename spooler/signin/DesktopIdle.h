#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace pv::signin {

// What the desktop says of the user's use of this computer: logind's IdleHint and
// IdleSinceHint on the user's object, which aggregate those of all their sessions. The
// desktops (GNOME, KDE, and the others through their screen savers) set them; logind keeps
// them itself for text consoles. Idle sign-out asks before ending a session, so that work in
// other programs counts as use, not only input in PrintVault's own window.
struct IdleReading
{
    bool known = false; // false: no logind to ask (a container, another init system)
    bool idle = false;
    QDateTime idleSince; // UTC; while idle, when the desktop last saw input (or declared idle)
};

class IdleSource
{
public:
    virtual ~IdleSource() = default;
    virtual void read(std::function<void(IdleReading)> done) = 0;
};

class DesktopIdle final : public IdleSource
{
public:
    // Asks logind about account `uid`, on the system bus, or on the bus at `busAddress`.
    explicit DesktopIdle(uint uid, QString busAddress = QString());
    void read(std::function<void(IdleReading)> done) override;

private:
    uint m_uid;
    QString m_busAddress;
};

} // namespace pv::signin
