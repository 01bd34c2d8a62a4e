#pragma once

#include "localapi/MethodRegistry.h"

#include <functional>

namespace pv::mfp {

class MfpService;

// The local API's methods behind `printvault-cli cert|devices|pin|card|usage` (docs/local-api.md).
// They need the running MFP API (`service` returns it). `owner` is the session's user, the
// default for PINs and badges.
void addMfpMethods(localapi::MethodRegistry &methods, std::function<MfpService *()> service,
                   const QString &owner);

} // namespace pv::mfp
