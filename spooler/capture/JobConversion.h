#pragma once

#include "capture/CaptureTicket.h"
#include "common/Result.h"
#include "vault/JobRecord.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace pv {

class CaptureService;
class ConverterRegistry;
class Vault;

// One acknowledged document on its way to being held: the vault's incoming draft and its ticket.
struct ConversionTask
{
    QString draftId;
    CaptureTicket ticket;
    std::function<bool()> abandoned; // asked right before the commit: a canceled job is not held
};

// The one way from an incoming draft to a held job: draft in, held PDF (the job record) or a
// reason out. The IPP server knows only this interface, so that conversion can move into
// worker processes (issue 14) without touching the intake. `done` may run on any thread.
class JobConversion
{
public:
    using Done = std::function<void(const ConversionTask &task, const Result<JobRecord> &outcome)>;
    virtual ~JobConversion() = default;
    virtual void submit(ConversionTask task, Done done) = 0;
    // Asks running conversions to give up, and waits for them.
    virtual void stop() = 0;
};

struct ConversionLimits
{
    int timeoutSeconds = 120; // policy capture/convert_timeout_seconds, per job
    int parallelJobs = 0;     // 0: one per core, at least two
    QString scratchDir;       // private (0700) folder for Ghostscript's scratch files
};

// In-process conversion on a thread pool of its own: jobs run in parallel, each with its own
// time limit. Ghostscript is stopped when the limit passes; an in-process converter that
// overruns it has its result refused. The pool's threads read the draft through the
// decrypting device, write the PDF into a new encrypted draft, and wait for the commit on the
// capture service's (main) thread.
class ThreadPoolConversion : public JobConversion
{
public:
    ThreadPoolConversion(Vault *vault, CaptureService *capture, const ConverterRegistry *converters,
                         ConversionLimits limits);
    ~ThreadPoolConversion() override;

    void submit(ConversionTask task, Done done) override;
    void stop() override;

private:
    Result<JobRecord> convert(const ConversionTask &task) const;

    Vault *m_vault;
    CaptureService *m_capture;
    const ConverterRegistry *m_converters;
    ConversionLimits m_limits;
    QThreadPool m_pool;
    std::atomic<bool> m_stopping{false};
};

} // namespace pv
