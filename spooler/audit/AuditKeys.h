#pragma once

#include "common/Result.h"
#include "vault/SecureBytes.h"

#include <functional>

namespace pv {
class CredentialStore;
}

namespace pv::audit {

// The audit log's keys, as one keychain item: the Ed25519 signing seed and the mask key
// (AuditLog::KeyMaterialSize bytes). Read, or made and stored on first use; `done` runs on the
// caller's thread. Errors are the store's ("keychain-unavailable", ...).
void loadAuditKeys(CredentialStore *store, const QString &name,
                   std::function<void(Result<SecureBytes>)> done);

} // namespace pv::audit
