#pragma once

#include <QString>

namespace pv::test {

// A private D-Bus "system" bus that anyone may use, listening on a socket in `folder`: for
// ippeveprinter (which wants one even without DNS-SD) and avahi-daemon. Stopped by PID.
class PrivateSystemBus
{
public:
    ~PrivateSystemBus() { stop(); }
    bool start(const QString &folder);
    void stop();
    QString address() const { return m_address; }

private:
    QString m_address;
    qint64 m_pid = 0;
};

} // namespace pv::test
