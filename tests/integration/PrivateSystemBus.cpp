#include "PrivateSystemBus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

namespace pv::test {

bool PrivateSystemBus::start(const QString &folder)
{
    const QString socket = QDir(folder).filePath(QStringLiteral("system_bus_socket"));
    QFile conf(QDir(folder).filePath(QStringLiteral("system-bus.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    conf.write(
        "<busconfig><type>system</type><listen>unix:path=" + socket.toUtf8() +
        "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/>"
        "<allow send_destination=\"*\"/><allow receive_sender=\"*\"/></policy></busconfig>");
    conf.close();
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + conf.fileName(),
                                              QStringLiteral("--fork"), QStringLiteral("--print-pid")});
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0)
        return false;
    m_pid = bus.readAllStandardOutput().trimmed().toLongLong();
    m_address = QStringLiteral("unix:path=") + socket;
    return m_pid > 0;
}

void PrivateSystemBus::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGTERM);
    // Wait for it to go, so that its socket is not removed under it (and the folder can go).
    const auto running = [pid = m_pid]() {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z "); // a zombie is gone
    };
    for (int i = 0; i < 100 && running(); ++i)
        QThread::msleep(20);
    m_pid = 0;
}

} // namespace pv::test
