#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace pv {

class CaptureService;
class ConverterRegistry;
class SpoolRecovery;

struct VirtualPrinterOptions
{
    QString spoolDir;    // PAPPL's spool, under $XDG_RUNTIME_DIR (0700)
    QString recoveryDir; // documents the last run acknowledged but did not store (SpoolRecovery)
    QString owner;       // the workstation's user: owns recovered documents (their sender is not kept)
    int port = 8631;
    QString listenHost = QStringLiteral("localhost");
    QString name = QStringLiteral("PrintVault");
    int convertTimeoutSeconds = 120;
};

// The "PrintVault" IPP Everywhere printer at ipp://localhost:PORT/ipp/print, served by PAPPL on
// a thread of its own. Every job is converted to PDF by the ConverterRegistry, written straight
// into an encrypted vault draft through CaptureService::captureBlocking(), and its spool file is
// removed the moment the vault has it; documents a crash left in the spool are stored when it
// starts again. Constructed and stopped on the daemon's main thread; PAPPL's callbacks run on
// PAPPL's job threads.
class VirtualPrinter : public QObject
{
    Q_OBJECT
public:
    VirtualPrinter(VirtualPrinterOptions options, CaptureService *capture,
                   const ConverterRegistry *converters, QObject *parent = nullptr);
    ~VirtualPrinter() override;

    [[nodiscard]] Status start();
    void stop();
    QString uri() const;
    // Reports the room left in the vault as the printer's supply level (printer-supply).
    void setVaultLevel(int percentFree);
    // Paused capture: the printer refuses new jobs (server-error-not-accepting-jobs), so the
    // sending queue keeps them and retries, rather than losing them.
    void setAcceptingJobs(bool accepting);

    struct Private;

Q_SIGNALS:
    // An IPP client asked the printer to identify itself (Identify-Printer, action "display").
    void identifyRequested(const QString &message);

private:
    // Runs when a job is created or changes state, and again while a document is arriving.
    // Each spooled document gets its ticket (SpoolRecovery). Jobs a client asked to hold
    // (job-hold-until) are released into the vault, which holds every job: otherwise they
    // would wait in the plaintext spool for a Release-Job.
    void checkJobs();

    VirtualPrinterOptions m_options;
    CaptureService *m_capture;
    const ConverterRegistry *m_converters;
    std::unique_ptr<Private> d;
    std::unique_ptr<SpoolRecovery> m_recovery;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_vaultLevel{-1};
    QTimer m_jobCheck;
};

} // namespace pv
