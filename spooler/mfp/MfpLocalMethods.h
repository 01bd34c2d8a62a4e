#pragma once

#include "localapi/MethodRegistry.h"

#include <functional>

namespace pv::mfp {

class IdleLock;
class MfpService;

// The local API's methods behind `printvault-cli cert|devices|pin|card|usage` (docs/local-api.md).
// They need the running MFP API (`service` returns it). `owner` is the session's user, the
// default for PINs and badges. While `lock` holds, pin.set, card.set and devices.pair need the
// owner's PIN as `current_pin`; session.lock and session.unlock set and end it.
void addMfpMethods(localapi::MethodRegistry &methods, std::function<MfpService *()> service,
                   const QString &owner, IdleLock *lock);

} // namespace pv::mfp
