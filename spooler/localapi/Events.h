#pragma once

#include <QJsonObject>
#include <QString>

namespace pv {
struct JobRecord;
namespace accounting {
struct UsageEntry;
}
} // namespace pv

// Every event the local API sends (docs/api/local-api.json, "events"), built in this one place.
// Each is {"event": name, ...fields}; the daemon broadcasts them to subscribed sessions.
namespace pv::localapi::events {

QJsonObject jobAdded(const JobRecord &job);
// reason: deleted, expired, released, printed
QJsonObject jobRemoved(const QString &jobId, const QString &reason);
QJsonObject statusChanged(const QJsonObject &status);
// How far sending has got: bytes of a PDF, or pages of a rasterised job.
QJsonObject releaseProgress(const QString &jobId, qint64 done, qint64 total, bool pages);
// The printer was busy or out of reach; the next try starts in `seconds`.
QJsonObject releaseRetrying(const QString &jobId, const QString &message, int seconds);
QJsonObject usageAdded(const accounting::UsageEntry &entry);
// A job's place in the server outbox changed, or its upload progressed (server/ServerService.h,
// outboxJson).
QJsonObject outboxChanged(const QString &jobId, const QJsonObject &outbox);
// The print server's connection state changed (server.status).
QJsonObject serverChanged(const QJsonObject &status);
QJsonObject devicePaired(const QString &deviceId);
QJsonObject printerIdentify(const QString &message);
// The account's state changed (signin/AccountMethods.h, accountJson).
QJsonObject accountChanged(const QJsonObject &account);
// Sent right before the daemon closes a connection that broke the framing.
QJsonObject protocolError(const QString &message);

} // namespace pv::localapi::events
