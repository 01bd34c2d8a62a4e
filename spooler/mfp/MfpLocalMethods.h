#pragma once

#include "localapi/LocalApiServer.h"

#include <functional>

namespace pv::mfp {

class MfpService;

// The local API's methods behind `printvault-cli cert|devices|pin|card|usage` (docs/local-api.md).
// `service` returns null until the vault is unlocked and the MFP API has started. `owner` is the
// session's user, the default for PINs, badges and usage.
void addMfpMethods(QHash<QString, localapi::Method> &methods, std::function<MfpService *()> service,
                   const QString &owner);

} // namespace pv::mfp
