#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pv::test {

struct PrivateCupsdOptions
{
    QStringList cupsdConf;           // more cupsd.conf lines (JobRetryInterval, …)
    QStringList cupsFilesConf;       // more cups-files.conf lines (SetEnv, …)
    QMap<QString, QString> backends; // scheme -> program: a ServerBin of its own with the
                                     // system's filters and backends, plus these, mode 0700
    int port = 0;                    // the loopback TCP port; 0: a free one
};

// A private cupsd for tests: its own ServerRoot, spool, log and state folders in a temporary
// folder, listening on a free loopback port and on a socket there. Clients are pointed at it
// with CUPS_SERVER=socket(). Stopped by PID when destroyed. cupsd drops to "lp" for filters,
// so this needs root.
class PrivateCupsd
{
public:
    explicit PrivateCupsd(PrivateCupsdOptions options = {});
    ~PrivateCupsd();

    bool start();
    QString socket() const { return m_dir.path() + QStringLiteral("/cups.sock"); }
    QString confPath() const { return m_dir.path() + QStringLiteral("/cupsd.conf"); }
    QString spoolDir() const { return m_dir.path() + QStringLiteral("/spool"); }
    QByteArray errorLog() const;
    int port() const { return m_port; }
    // Adds an IPP Everywhere queue for the printer at `uri` (lpadmin -m everywhere); false with
    // lpadmin's words in *said when CUPS refuses.
    bool addQueue(const QString &name, const QString &uri, QByteArray *said = nullptr) const;
    // Runs a CUPS client (lpadmin, lp, lpstat) against this server; returns its exit code.
    int run(const QString &program, const QStringList &args, QByteArray *output = nullptr) const;

private:
    bool makeServerBin(const QString &folder) const;

    PrivateCupsdOptions m_options;
    QTemporaryDir m_dir;
    int m_port = 0;
    QProcess m_cupsd;
};

} // namespace pv::test
