#pragma once

#include "localapi/MethodRegistry.h"

#include <functional>

namespace pv::accounting {

class Quota;
class UsageLedger;

// The local API's `usage.get` (a month's totals and entries of the ledger) and `quota.get` (the
// monthly quota as it stands), for a user (the session's user by default). They need the
// unlocked vault, with which the ledger opens.
void addUsageMethods(localapi::MethodRegistry &methods, UsageLedger *ledger, const Quota *quota,
                     const QString &owner);

} // namespace pv::accounting
