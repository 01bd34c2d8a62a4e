#pragma once

#include "localapi/LocalApiServer.h"

#include <functional>

namespace pv::accounting {

class Quota;
class UsageLedger;

// The local API's `usage.get` (a month's totals and entries of the ledger) and `quota.get` (the
// monthly quota as it stands), for a user (the session's user by default). `ledger` returns null
// while the vault is locked.
void addUsageMethods(QHash<QString, localapi::Method> &methods, std::function<UsageLedger *()> ledger,
                     const Quota *quota, const QString &owner);

} // namespace pv::accounting
