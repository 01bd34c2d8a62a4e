#include "accounting/PrintedJob.h"

#include "common/Logging.h"
#include "config/Policy.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace pv::accounting {

Result<FinishedJob> recordUsageThenFinish(const PrintedJobStores &stores, const PrintedJob &job)
{
    const QString &id = job.usage.jobId;
    // The ledger carries the owner's organisational identity beside the local account.
    UsageEntry usage = job.usage;
    if (auto record = stores.vault->job(id); record && usage.org.isEmpty())
        usage.org = record->request.org;
    // Counted first: until the ledger has the pages, the job must stay.
    auto written = stores.ledger->append(usage);
    if (!written) {
        qCWarning(lcAccounting) << "job" << id << "printed but its usage cannot be recorded; it is kept:"
                                << written.error().message;
        return Error{QStringLiteral("usage-not-recorded"),
                     QCoreApplication::translate(
                         "pv::accounting",
                         "the job printed, but its usage cannot be recorded (%1); it is kept in "
                         "the vault and nothing was counted")
                         .arg(written.error().message)};
    }
    FinishedJob finished{written.value(), false};
    if (stores.policy->keepAfterPrint)
        return finished;
    // Then deleted. A failure here loses nothing: the usage is counted, and the job expires.
    if (auto s = stores.vault->remove(id, job.removalReason); s)
        finished.deleted = true;
    else
        qCWarning(lcAccounting) << "job" << id << "printed and counted but cannot be deleted:" << s.message();
    return finished;
}

} // namespace pv::accounting
