#include "IppEvePrinter.h"

#include "DaemonHarness.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace pv::test {

IppEvePrinter::IppEvePrinter(const QString &formats, const QStringList &extra)
    : m_formats(formats)
    , m_extra(extra)
{}

IppEvePrinter::~IppEvePrinter()
{
    stop();
}

bool IppEvePrinter::start()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("spool"));
    const QString socket = m_dir.filePath(QStringLiteral("system_bus_socket"));
    QFile conf(m_dir.filePath(QStringLiteral("system-bus.conf")));
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
    m_busPid = bus.readAllStandardOutput().trimmed().toLongLong();

    if (m_port == 0)
        m_port = freeTcpPort();
    m_printer = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    m_printer->setProcessEnvironment(env);
    m_printer->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-k"),
                     QStringLiteral("-d"),
                     spoolDir(),
                     QStringLiteral("-c"),
                     m_command,
                     QStringLiteral("-p"),
                     QString::number(m_port),
                     QStringLiteral("-r"),
                     QStringLiteral("off"),
                     QStringLiteral("-n"),
                     QStringLiteral("localhost")};
    if (!m_formats.isEmpty())
        args += {QStringLiteral("-f"), m_formats}; // ippeveprinter refuses -f together with -a
    // -n localhost: it listens on loopback only.
    m_printer->start(QStringLiteral("ippeveprinter"),
                     args + m_extra + QStringList{QStringLiteral("Test Printer")});
    if (!m_printer->waitForStarted(10000))
        return false;
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

void IppEvePrinter::stop()
{
    if (m_printer && m_printer->state() != QProcess::NotRunning) {
        m_printer->terminate();
        if (!m_printer->waitForFinished(5000)) {
            m_printer->kill();
            m_printer->waitForFinished();
        }
    }
    if (m_busPid > 0) {
        ::kill(pid_t(m_busPid), SIGTERM);
        // Wait for it to go, so that its socket is not removed under it (and the folder can go).
        const auto running = [pid = m_busPid]() {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z "); // a zombie is gone
        };
        for (int i = 0; i < 100 && running(); ++i)
            QThread::msleep(20);
        m_busPid = 0;
    }
}

QStringList IppEvePrinter::spooledFiles(const QString &suffix) const
{
    QStringList out;
    const QFileInfoList files =
        QDir(spoolDir())
            .entryInfoList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &f : files)
        out.append(f.absoluteFilePath());
    return out;
}

QByteArray IppEvePrinter::log() const
{
    return m_printer ? m_printer->readAll() : QByteArray();
}

} // namespace pv::test
