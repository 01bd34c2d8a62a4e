#include "IppEvePrinter.h"

#include "DaemonHarness.h"

#include <QDir>
#include <QTcpSocket>
#include <QThread>

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
    QString busAddress = m_sharedBus;
    if (busAddress.isEmpty()) {
        if (!m_bus.start(m_dir.path()))
            return false;
        busAddress = m_bus.address();
    }

    if (m_port == 0)
        m_port = freeTcpPort();
    m_printer = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), busAddress);
    m_printer->setProcessEnvironment(env);
    m_printer->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-k"),
                     QStringLiteral("-d"),
                     spoolDir(),
                     QStringLiteral("-c"),
                     m_command,
                     QStringLiteral("-p"),
                     QString::number(m_port),
                     QStringLiteral("-n"),
                     QStringLiteral("localhost")};
    if (m_sharedBus.isEmpty())
        args += {QStringLiteral("-r"), QStringLiteral("off")}; // no DNS-SD
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
    m_bus.stop();
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
