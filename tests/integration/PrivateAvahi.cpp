#include "PrivateAvahi.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace pv::test {

namespace {

constexpr unsigned IffMulticast = 0x1000; // <linux/if.h>

bool loopbackHasMulticast()
{
    QFile flags(QStringLiteral("/sys/class/net/lo/flags"));
    return flags.open(QIODevice::ReadOnly) && (flags.readAll().trimmed().toUInt(nullptr, 16) & IffMulticast);
}

bool setLoopbackMulticast(bool on)
{
    QProcess ip;
    ip.start(QStringLiteral("ip"),
             {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
              QStringLiteral("multicast"), on ? QStringLiteral("on") : QStringLiteral("off")});
    return ip.waitForFinished(5000) && ip.exitCode() == 0;
}

} // namespace

PrivateAvahi::PrivateAvahi()
{
    m_avahi.setProcessChannelMode(QProcess::MergedChannels);
}

PrivateAvahi::~PrivateAvahi()
{
    if (m_avahi.state() != QProcess::NotRunning) {
        m_avahi.terminate();
        if (!m_avahi.waitForFinished(5000)) {
            m_avahi.kill();
            m_avahi.waitForFinished();
        }
    }
    m_bus.stop();
    if (m_setMulticast)
        setLoopbackMulticast(false);
}

bool PrivateAvahi::start()
{
    if (QStandardPaths::findExecutable(QStringLiteral("avahi-daemon"), {QStringLiteral("/usr/sbin")})
            .isEmpty()) {
        m_why = QStringLiteral("avahi-daemon is not installed (scripts/install-deps.sh installs it)");
        return false;
    }
    if (!loopbackHasMulticast()) {
        if (!setLoopbackMulticast(true)) {
            m_why = QStringLiteral("cannot set MULTICAST on lo for mDNS (needs root)");
            return false;
        }
        m_setMulticast = true;
    }
    if (!m_bus.start(m_dir.path())) {
        m_why = QStringLiteral("cannot start a private D-Bus system bus");
        return false;
    }

    QFile conf(m_dir.filePath(QStringLiteral("avahi-daemon.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    conf.write("[server]\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=lo\nenable-dbus=yes\n"
               "[publish]\npublish-hinfo=no\npublish-workstation=no\n");
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), busAddress());
    m_avahi.setProcessEnvironment(env);
    m_avahi.start(QStringLiteral("/usr/sbin/avahi-daemon"),
                  {QStringLiteral("-f"), conf.fileName(), QStringLiteral("--no-drop-root"),
                   QStringLiteral("--no-chroot"), QStringLiteral("--no-rlimits"),
                   QStringLiteral("--no-proc-title")});
    QByteArray said;
    for (int i = 0; i < 200 && m_avahi.state() != QProcess::NotRunning; ++i) {
        m_avahi.waitForReadyRead(50);
        said += m_avahi.readAll();
        if (said.contains("Server startup complete"))
            return true;
    }
    m_why = QStringLiteral("avahi-daemon did not start: %1").arg(QString::fromLocal8Bit(said));
    return false;
}

QByteArray PrivateAvahi::log() const
{
    return const_cast<QProcess &>(m_avahi).readAll();
}

} // namespace pv::test
