#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "PrivateSystemBus.h"

namespace pv::test {

// A private avahi-daemon for DNS-SD tests: mDNS on loopback only, on a private D-Bus system bus
// that the printers and the daemon under test are pointed at. Loopback needs the MULTICAST flag
// for mDNS; it is set for the test (as root) and cleared again. Stopped by PID when destroyed.
class PrivateAvahi
{
public:
    PrivateAvahi();
    ~PrivateAvahi();

    // False, with why(), where it cannot run (no avahi-daemon, no right to set the flag, another
    // avahi-daemon running).
    bool start();
    QString why() const { return m_why; }
    QString busAddress() const { return m_bus.address(); }
    QByteArray log() const;

private:
    QTemporaryDir m_dir;
    QString m_why;
    PrivateSystemBus m_bus;
    bool m_setMulticast = false;
    QProcess m_avahi;
};

} // namespace pv::test
