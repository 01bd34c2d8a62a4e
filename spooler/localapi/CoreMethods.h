#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace pv {
class Vault;
}

namespace pv::localapi {

struct ApiContext;
class MethodRegistry;

// The API's own methods: hello, status, and the held jobs (list, get, delete, thumbnail).
void addCoreMethods(MethodRegistry &registry, const ApiContext *context);

// The `status` object, also carried by status.changed and events.subscribe.
QJsonObject statusJson(const ApiContext &context);

// The job named by params' "id": a full ID or a unique prefix of at least 4 hex digits.
Result<QString> jobIdParam(const Vault &vault, const QJsonObject &params);

} // namespace pv::localapi
