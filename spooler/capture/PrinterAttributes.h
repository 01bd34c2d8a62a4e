#pragma once

#include <QString>

#include <cups/ipp.h>

#include <atomic>
#include <ctime>

namespace pv {

// What the printer's state is right now: written by the daemon's thread, read by connection
// threads, hence atomics.
struct PrinterState
{
    std::atomic<bool> accepting{true};
    std::atomic<bool> paused{false}; // Pause-Printer: documents are taken, not yet converted
    std::atomic<int> vaultLevel{-1}; // percent free, -1 unknown
    std::atomic<time_t> stateChanged{0};
    time_t started = 0; // fixed before the first connection
    std::atomic<bool> identifyPending{false};
};

// What the printer takes, from policy: fixed for its life.
struct IntakeLimits
{
    qint64 maxDocumentBytes = 2048ll << 20; // capture/max_job_mb
    int waitForDocument = 60; // multiple-operation-time-out: Create-Job to Send-Document, seconds
};

// The printer's IPP description. The fixed part is built once, before the listeners open, and
// only read afterwards (from any connection thread); the changing part is added per response.
class PrinterAttributes
{
public:
    PrinterAttributes(QString name, IntakeLimits limits);
    ~PrinterAttributes();
    PrinterAttributes(const PrinterAttributes &) = delete;
    PrinterAttributes &operator=(const PrinterAttributes &) = delete;

    // Copies the requested attributes (all when requested is null) into the response, with
    // the printer-uri-supported of the listener the client came through.
    void copyTo(ipp_t *response, cups_array_t *requested, const PrinterState &state,
                const QString &printerUri, int queuedJobs) const;
    // The fixed attributes, for checks of a request's values (ippFindAttribute on them).
    ipp_t *fixed() const { return m_fixed; }
    const IntakeLimits &limits() const { return m_limits; }
    // IPP's printer-up-time: seconds since start, never 0 (it is integer(1:MAX)).
    static int upTime(const PrinterState &state);
    // printer-state and printer-state-reasons as they are now.
    static ipp_pstate_t printerState(const PrinterState &state, int queuedJobs);
    static const char *stateReason(const PrinterState &state);

private:
    void addDescription();
    void addJobTemplate();
    void addMedia();
    static void addNotify(ipp_t *p);

    QString m_name;
    IntakeLimits m_limits;
    ipp_t *m_fixed;
};

} // namespace pv
