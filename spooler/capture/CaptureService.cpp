#include "capture/CaptureService.h"

#include "common/Logging.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <future>

namespace pv {

CaptureService::CaptureService(Vault *vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{}

Result<JobRecord> CaptureService::commitMeasuredBlocking(std::unique_ptr<JobDraft> draft,
                                                         const DocumentInfo &info,
                                                         const std::atomic<bool> &cancel,
                                                         const std::function<bool()> &abandoned)
{
    if (auto s = draft->finish(); !s)
        return s.error();
    if (abandoned && abandoned()) {
        qCInfo(lcCapture) << "job" << draft->id() << "was canceled while it was captured";
        return Error{QStringLiteral("canceled"), tr("the job was canceled")};
    }

    // The commit belongs to the vault's thread; wait for it without blocking shutdown forever.
    // The draft goes with the queued call: it is committed (or discarded) on that thread.
    auto outcome = std::make_shared<std::promise<Result<JobRecord>>>();
    std::future<Result<JobRecord>> future = outcome->get_future();
    auto held = std::make_shared<std::unique_ptr<JobDraft>>(std::move(draft));
    QMetaObject::invokeMethod(
        this, [this, held, outcome, info]() { outcome->set_value(m_vault->commit(std::move(*held), info)); },
        Qt::QueuedConnection);
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (cancel)
            return Error{QStringLiteral("shutting-down"), tr("PrintVault is shutting down")};
    }
    return future.get();
}

} // namespace pv
