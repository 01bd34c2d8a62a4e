#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "PrivateSystemBus.h"

#include <memory>

namespace pv::test {

// A real IPP Everywhere printer for tests: ippeveprinter (cups-ipp-utils) on a free loopback
// port, keeping every document it receives in its spool folder (-k), with a private D-Bus
// system bus (it wants one even without DNS-SD). Both are stopped by PID.
class IppEvePrinter
{
public:
    // `formats` is ippeveprinter's -f list (empty: its default, or what an -a file says); `extra`
    // more arguments (-2 for duplex, -a FILE for attributes, ...).
    explicit IppEvePrinter(const QString &formats, const QStringList &extra = {});
    ~IppEvePrinter();

    // Before start(): a fixed port (default: a free one), and the command that "prints" each job
    // (default /bin/true, instant; while it runs, ippeveprinter answers new jobs busy).
    void setPort(int port) { m_port = port; }
    void setCommand(const QString &command) { m_command = command; }
    // Announces the printer over DNS-SD through the avahi-daemon on this system bus (see
    // PrivateAvahi), instead of a bus of its own without DNS-SD.
    void announceOn(const QString &systemBus) { m_sharedBus = systemBus; }
    bool start();
    void stop();
    QString uri() const { return QStringLiteral("ipp://localhost:%1/ipp/print").arg(m_port); }
    // The same printer over TLS: ippeveprinter serves both on one port, with a self-signed
    // certificate it makes in its -K folder.
    QString ippsUri() const { return QStringLiteral("ipps://localhost:%1/ipp/print").arg(m_port); }
    QString spoolDir() const { return m_dir.filePath(QStringLiteral("spool")); }
    // The documents it has spooled, oldest first.
    QStringList spooledFiles(const QString &suffix) const;
    QByteArray log() const;

private:
    QTemporaryDir m_dir;
    QString m_formats;
    QStringList m_extra;
    int m_port = 0;
    QString m_command = QStringLiteral("/bin/true");
    QString m_sharedBus;
    PrivateSystemBus m_bus;
    std::unique_ptr<QProcess> m_printer;
};

} // namespace pv::test
