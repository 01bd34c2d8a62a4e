#pragma once

#include <QJsonObject>
#include <QString>

namespace pv::accounting {

// The entries of a `usage.get` reply as RFC 4180 CSV, with a header line; the CLI's
// `usage export --csv` and the tray's Export CSV write the same bytes.
QString usageCsv(const QJsonObject &usageReply);

} // namespace pv::accounting
