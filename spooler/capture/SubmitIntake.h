#pragma once

#include "capture/JobConversion.h"
#include "capture/ProcessConversion.h"
#include "common/Result.h"
#include "vault/JobRecord.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pv {

class CaptureService;
class JobDraft;
class Vault;

// Documents submitted through the local API (printvault-cli submit) take the virtual printer's
// intake: encrypted into the vault's incoming folder as they arrive, sealed with their ticket
// and fsynced, acknowledged, and only then converted and inspected in a converter worker
// (ProcessConversion, docs/containment.md), never in the daemon. A document acknowledged before
// a restart is held after it (resume()).
// Threads: everything but the conversions on the daemon's main thread, where `done` runs too.
class SubmitIntake : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<JobRecord> &outcome)>;

    SubmitIntake(Vault *vault, CaptureService *capture, ConversionLimits limits, QObject *parent = nullptr);
    ~SubmitIntake() override;

    // A new incoming draft for the request; refused while capture is paused.
    [[nodiscard]] Result<std::unique_ptr<JobDraft>> begin(const JobRequest &request);
    // Seals the whole document with its ticket and fsyncs both: durable, may be acknowledged.
    // Answers the job's id (the held job keeps it). The draft is spent either way.
    [[nodiscard]] Result<QString> seal(std::unique_ptr<JobDraft> draft, const JobRequest &request);
    // Converts and inspects the sealed document `id` in a worker, then holds it or drops it;
    // `done` gets the held job or the reason it was not held.
    void convert(const QString &id, const JobRequest &request, Done done);
    // Submitted documents the last run acknowledged and did not hold: held now.
    void resume();
    // Gives up running conversions (they resume at the next start) and waits for them.
    void stop();

private:
    Vault *m_vault;
    CaptureService *m_capture;
    ProcessConversion m_conversion;
};

} // namespace pv
