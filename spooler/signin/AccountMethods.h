#pragma once

#include <QJsonObject>

namespace pv::localapi {
class MethodRegistry;
}

namespace pv::signin {

class SignInService;
struct AccountStatus;

// The local API's account.* methods (docs/api/local-api.json): status, sign_in,
// device_sign_in, cancel and sign_out. `service` outlives the registry's sessions.
void addAccountMethods(localapi::MethodRegistry &registry, SignInService *service);

// The "account" object of account.status and account.changed.
QJsonObject accountJson(const AccountStatus &status);

} // namespace pv::signin
