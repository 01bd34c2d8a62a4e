#pragma once

#include "accounting/UsageLedger.h"
#include "common/Result.h"

#include <QString>

namespace pv {
class Vault;
struct Policy;
} // namespace pv

namespace pv::accounting {

// A job that a printer (release) or a paired MFP says is printed, and what to count for it.
struct PrintedJob
{
    UsageEntry usage;      // user, source, device, job ID and counts; append stamps the time
    QString removalReason; // the vault's word for why the job goes: "released", "printed"
};

// What finishing a printed job did.
struct FinishedJob
{
    UsageEntry entry; // as the ledger wrote it
    bool deleted = false;
};

// Where a printed job is counted and then finished.
struct PrintedJobStores
{
    UsageLedger *ledger = nullptr;
    Vault *vault = nullptr;
    const Policy *policy = nullptr;
};

// The one way a printed job ends, for release and for the MFP's "printed" report alike: its
// usage goes into the ledger first, and only then is the job deleted (unless policy keeps
// printed jobs). If the ledger cannot be written, nothing is deleted and the error is
// "usage-not-recorded": a job deleted with its pages uncounted would let the quota be beaten,
// while a kept job can be reported or released again once the ledger works. A job counted but
// not deleted is only logged: its usage is safe, and it expires like any other.
// Main thread, as the ledger and the vault are.
[[nodiscard]] Result<FinishedJob> recordUsageThenFinish(const PrintedJobStores &stores,
                                                        const PrintedJob &job);

} // namespace pv::accounting
