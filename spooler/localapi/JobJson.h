#pragma once

#include "vault/JobRecord.h"

#include <QJsonObject>

namespace pv::localapi {

// A job as the local API shows it (docs/local-api.md). Only ever sent over the user-only socket.
QJsonObject jobToJson(const JobRecord &job);
// "A4", "Letter", ... or "210x297mm" for sizes without a common name.
QString paperSizeName(const QSizeF &points);

} // namespace pv::localapi
