#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pv::test {

QString binary(const char *name);

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs the real printvaultd and printvault-cli in a temporary XDG home, against whatever
// keychain the test process sees (tests/with-keyring.sh gives it a real gnome-keyring).
class DaemonHarness
{
public:
    DaemonHarness();
    ~DaemonHarness();

    QString root() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data/printvault")); }
    QString runtimeDir() const { return m_runtime + QStringLiteral("/printvault"); }
    QString configDir() const { return m_dir.filePath(QStringLiteral("config/printvault")); }
    QString vaultDir() const { return dataDir() + QStringLiteral("/vault"); }
    QString policyFile() const { return m_dir.filePath(QStringLiteral("policy.ini")); }
    QProcessEnvironment &environment() { return m_env; }

    void setDataHome(const QString &path);
    // Runs the daemon and the CLI as account (runuser), which owns this harness's folders, with
    // XDG_RUNTIME_DIR at runtime (made 0700, the account's); before start().
    bool runAs(const QString &account, const QString &runtime);
    void writePolicy(const QByteArray &ini);
    // The printvaultd that start() runs (a copied install tree, say); the build's by default.
    void setDaemonProgram(const QString &path) { m_daemonProgram = path; }
    // The virtual printer on its user-only socket (TCP off); returns its URI,
    // ipp://%2F…%2Fipp.sock/ipp/print.
    QString enablePrinter(const QByteArray &extraPolicy = QByteArray());
    // The virtual printer with its loopback TCP listener on too, on a free port; returns the TCP URI.
    QString enableTcpPrinter(const QByteArray &extraPolicy = QByteArray());
    QString printerUri() const { return m_printerUri; }
    // Turns the MFP API on, on a free loopback port (extra keys go in its [mfp] section).
    quint16 enableMfp(const QByteArray &extraPolicy = QByteArray());
    quint16 mfpPort() const { return m_mfpPort; }
    // The certificate the daemon made (or was given) for the MFP API, to pin in a client.
    QSslCertificate mfpCertificate() const;
    // Starts the daemon and waits until it answers status; returns its state ("ready", "locked").
    QString start();
    // Starts a daemon and returns its exit code and stderr when it refuses to start.
    CliResult startExpectingFailure();
    // SIGTERM, then the daemon's exit code (sanitizer reports make it non-zero).
    int stop();
    void kill9();
    qint64 pid() const;
    QByteArray log() const;

    CliResult cli(const QStringList &args, const QByteArray &stdinData = QByteArray()) const;
    QProcess *startCli(const QStringList &args) const;
    QString writeFile(const QString &name, const QByteArray &data) const;
    // `printvault-cli submit` of a PDF; the new job's ID (empty on failure).
    QString submit(const QByteArray &pdf) const;
    // The jobs `printvault-cli --json jobs list` shows, and how many.
    QJsonArray jobs() const;
    int heldJobs() const { return int(jobs().size()); }
    // `printvault-cli --json usage`: this month's figures.
    QJsonObject usage() const;
    // `printvault-cli jobs export`, read back; empty on failure.
    QByteArray exportJob(const QString &id) const;

private:
    void startProgram(QProcess *process, const QString &program, const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_runtime; // XDG_RUNTIME_DIR
    QString m_runAs;   // the account the processes run as; empty: this process's
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_daemon;
    mutable QByteArray m_log; // everything the daemon printed so far
    QString m_printerUri;
    quint16 m_mfpPort = 0;
    QString m_daemonProgram = binary("printvaultd");
};

int freeTcpPort();
// Runs ipptool; returns its exit code and output.
CliResult ipptool(const QStringList &args);
// The first capture group of the last match of pattern in text (ipptool -v output), or empty.
QString lastMatch(const QString &text, const QString &pattern);

// A file's bytes, or empty when it cannot be read.
QByteArray readFile(const QString &path);

// The tray app `app` (PV_APP) run as `--screenshot png --page page --texts texts` against h's
// daemon, offscreen; waits up to a minute. Its exit code (-1: it did not finish) and stderr.
struct AppRun
{
    int exitCode = -1;
    QByteArray err;
};
AppRun runAppScreenshot(const QString &app, DaemonHarness &h, const QString &page, const QString &png,
                        const QString &texts, const QStringList &extra = {});
QByteArray sha256(const QByteArray &data);
// True if any file under root contains needle.
bool treeContains(const QString &root, const QByteArray &needle);
// The processes below pid (from /proc), children first.
QList<qint64> descendants(qint64 pid);
// A process's command name (/proc/PID/comm, 15 characters at most).
QByteArray comm(qint64 pid);
// Gone, or a zombie nobody reaps (a container's init may not): either way it runs no more.
bool running(qint64 pid);
// Gives path and everything under it to the local account `account`.
bool chownTree(const QString &path, const QString &account);

} // namespace pv::test
