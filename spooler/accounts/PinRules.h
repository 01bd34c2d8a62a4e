#pragma once

#include "common/Result.h"

#include <QString>

namespace pv::accounts {

// A PIN is 4 to 12 digits, and not a trivial one: all the same digit, or a straight run up or
// down (1234, 9876, 0123456789). Returns the reason it is refused.
[[nodiscard]] Status checkPin(const QString &pin);

} // namespace pv::accounts
