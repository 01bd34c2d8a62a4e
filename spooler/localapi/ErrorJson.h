#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace pv::localapi {

// {"code", "message", "details"} as every error reply, and the CLI's --json, carry an error.
// `details` is present only when the error has some.
QJsonObject errorToJson(const Error &error);
Error errorFromJson(const QJsonObject &json);

} // namespace pv::localapi
