#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Human-readable rendering for printvault-cli. Pure functions, unit-tested.
namespace pv::cli {

QString humanSize(qint64 bytes);
// "in 71 h", "in 12 min", "expired"
QString humanUntil(const QDateTime &now, const QDateTime &when);
QString jobTable(const QJsonArray &jobs, const QDateTime &now);
QString jobDetails(const QJsonObject &job, const QDateTime &now);
QString statusText(const QJsonObject &status);

} // namespace pv::cli
