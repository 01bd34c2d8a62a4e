#pragma once

#include "capture/IppPrinter.h"
#include "capture/JobConversion.h"
#include "capture/ProcessConversion.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace pv {

class CaptureService;
class Vault;

struct IppServerOptions
{
    QString socketPath;   // $XDG_RUNTIME_DIR/printvault/ipp.sock; its folder is 0700
    int tcpPort = 0;      // loopback TCP listener, 0: off (every local account could reach it)
    int inheritedFd = -1; // a listening socket at socketPath passed by systemd; used, never unlinked
    QString name = QStringLiteral("PrintVault");
    QString owner; // the account whose vault receives every job
    ConversionLimits limits;
    IntakeLimits intake; // largest document, time from Create-Job to its document
};

// The "PrintVault" IPP Everywhere printer, our own server on libcups' public server API.
// Threads: constructed, started and stopped on the daemon's main thread, where its signal is
// emitted. One accept thread polls the listeners; every connection gets a thread of its own
// (IppClientConnection), so no client waits for another and none is ever answered busy.
// Acknowledged documents are converted by the JobConversion, off all of these threads.
class IppServer : public QObject
{
    Q_OBJECT
public:
    IppServer(IppServerOptions options, Vault *vault, CaptureService *capture, QObject *parent = nullptr);
    ~IppServer() override;

    // Opens the listeners, and resumes the documents the last run acknowledged but did not hold.
    [[nodiscard]] Status start();
    void stop();
    // ipp://%2F…%2Fipp.sock/ipp/print, as libcups clients (ipptool, CUPS's ipp backend) name it.
    QString uri() const;
    // ipp://localhost:PORT/ipp/print, or empty while the TCP listener is off.
    QString tcpUri() const;
    int tcpPort() const { return m_options.tcpPort; }
    QString socketPath() const { return m_options.socketPath; }
    // Reports the room left in the vault as the printer's supply level (printer-supply).
    void setVaultLevel(int percentFree);
    // Paused capture: new jobs are refused (server-error-not-accepting-jobs), so the sending
    // queue keeps them and retries, rather than losing them.
    void setAcceptingJobs(bool accepting);

Q_SIGNALS:
    // An IPP client asked the printer to identify itself (Identify-Printer, action "display").
    void identifyRequested(const QString &message);
    // An IPP client enabled or disabled the printer (Enable-/Disable-Printer): the capture's pause.
    void acceptingRequested(bool accepting);

private:
    struct Listener
    {
        int fd = -1;
        QString printerUri;
        bool local = false;
        bool inherited = false; // systemd's socket: the path stays for the next activation
    };
    Status listenOnSocket();
    Status listenOnTcp();
    void resumeIncoming();
    void acceptLoop();
    void accept(const Listener &listener);
    void serve(http_t *http, QString printerUri);
    void convert(int jobId, ConversionTask task);
    void setHoldingPaused(bool paused);
    void abortWaitingJobs();
    void converted(int jobId, const ConversionTask &task, const Result<JobRecord> &outcome);

    IppServerOptions m_options;
    Vault *m_vault;
    std::unique_ptr<JobConversion> m_conversion;
    std::unique_ptr<IppPrinter> m_printer;
    std::vector<Listener> m_listeners;
    int m_wake[2] = {-1, -1};
    std::thread m_acceptThread;
    std::mutex m_mutex; // guards the connection set
    std::condition_variable m_connectionsDone;
    std::set<int> m_connections; // fds of open connections, shut down on stop
    // Pause-Printer: acknowledged documents wait here (guarded by m_mutex) until Resume-Printer.
    std::vector<std::pair<int, ConversionTask>> m_deferred;
};

} // namespace pv
