#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace pv::test {

// A private cupsd for tests: its own ServerRoot, spool, log and state folders in a temporary
// folder, listening on a free loopback port and on a socket there. Clients are pointed at it
// with CUPS_SERVER=socket(). Stopped by PID when destroyed. cupsd drops to "lp" for filters,
// so this needs root.
class PrivateCupsd
{
public:
    PrivateCupsd();
    ~PrivateCupsd();

    bool start();
    QString socket() const { return m_dir.path() + QStringLiteral("/cups.sock"); }
    int port() const { return m_port; }
    // Adds an IPP Everywhere queue for the printer at `uri` (lpadmin -m everywhere); false with
    // lpadmin's words in *said when CUPS refuses.
    bool addQueue(const QString &name, const QString &uri, QByteArray *said = nullptr) const;
    // Runs a CUPS client (lpadmin, lp, lpstat) against this server; returns its exit code.
    int run(const QString &program, const QStringList &args, QByteArray *output = nullptr) const;

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    QProcess m_cupsd;
};

} // namespace pv::test
