#pragma once

#include "common/Result.h"
#include "vault/JobRecord.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pv {

class JobDraft;
class Vault;

// Where every captured document is committed to the vault: the virtual printer's and the CLI's
// submissions alike arrive sealed in the vault's incoming folder, are converted and measured in
// a converter worker (ProcessConversion), and end here, on the service's (the vault's) thread.
class CaptureService : public QObject
{
    Q_OBJECT
public:
    explicit CaptureService(Vault *vault, QObject *parent = nullptr);

    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // For a draft a converter worker wrote and measured (ProcessConversion), from any thread but
    // the service's: fsyncs it, then waits for the commit on the service's thread. Gives up with
    // an error once `cancel` becomes true. `abandoned`, when given, is asked once more right
    // before the commit: an IPP job canceled while it was being converted is dropped, not held.
    [[nodiscard]] Result<JobRecord> commitMeasuredBlocking(std::unique_ptr<JobDraft> draft,
                                                           const DocumentInfo &info,
                                                           const std::atomic<bool> &cancel,
                                                           const std::function<bool()> &abandoned = {});

private:
    Vault *m_vault;
    std::atomic<bool> m_paused{false};
};

} // namespace pv
