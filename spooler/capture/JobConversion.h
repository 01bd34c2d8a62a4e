#pragma once

#include "capture/CaptureTicket.h"
#include "common/Result.h"
#include "convert/WorkerProtocol.h"
#include "vault/JobRecord.h"

#include <QStringList>

#include <functional>

namespace pv {

// One acknowledged document on its way to being held: the vault's incoming draft and its ticket.
struct ConversionTask
{
    QString draftId;
    CaptureTicket ticket;
    std::function<bool()> abandoned; // asked right before the commit: a canceled job is not held
};

// The one way from an incoming draft to a held job: draft in, held PDF (the job record) or a
// reason out. The IPP server knows only this interface (ProcessConversion implements it with
// worker processes). `done` may run on any thread.
class JobConversion
{
public:
    using Done = std::function<void(const ConversionTask &task, const Result<JobRecord> &outcome)>;
    virtual ~JobConversion() = default;
    virtual void submit(ConversionTask task, Done done) = 0;
    // Asks running conversions to give up, and waits for them.
    virtual void stop() = 0;
};

// Whether an acknowledged document whose conversion failed stays in incoming/ for the next start.
// It goes only when the document itself is at fault (refused, over a limit, or it killed its
// worker the allowed number of times) or its job was canceled. Every other failure (the daemon
// stopping, no worker to start, a full disk, an I/O error, a locked vault) is the workstation's,
// and an acknowledged job is never lost to it: it is converted again when the daemon next starts.
inline bool keepIncomingAfter(const Error &why)
{
    static const QStringList documentsFault = {
        QStringLiteral("bad-document"), QStringLiteral("limit-exceeded"), QStringLiteral("converter-crashed"),
        QStringLiteral("canceled")};
    return !documentsFault.contains(why.code);
}

struct ConversionLimits
{
    int timeoutSeconds = 120; // policy capture/convert_timeout_seconds, per job (wall clock)
    int parallelJobs = 0;     // 0: two per core, at least four
    QString scratchDir;       // private (0700) folder; each job gets an empty folder of its own in it
    QString workerPath;       // printvault-worker; empty: next to this executable, else installed
    int maxAttempts = 3;      // a document whose worker dies this often is given up
    qint64 workerMemoryBytes = 1024ll << 20;
    qint64 outputBytes = 4096ll << 20; // the largest job file a worker may write (RLIMIT_FSIZE)
    DocumentLimits document;
    bool seccomp = true; // the worker's system-call filter (off only to measure its cost)
    QString language;    // of the daemon's messages, for the worker's
};

} // namespace pv
