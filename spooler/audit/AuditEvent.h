#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace pv::audit {

// Who acted. The local account is the daemon's user unless an MFP user or a job's owner says
// otherwise; the organisational identity is there while signed in; the device is the MFP.
struct AuditActor
{
    QString account;
    QString identity;
    QString deviceId;
    QString deviceName;
};

// One security-relevant event, as the services report it (docs/audit.md lists every name).
// Never document content or a secret: details hold counts, names and identifiers only.
struct AuditEvent
{
    QString event; // "job.released", "mfp.session_refused", ...
    AuditActor actor;
    QString jobId;
    QString outcome = QStringLiteral("ok"); // "ok", "refused" or "failed"
    QString reason;                         // an error code, or why: "expired", "bad-credentials"
    QJsonObject details;                    // snake_case: printer, impressions, title, ...
};

} // namespace pv::audit

Q_DECLARE_METATYPE(pv::audit::AuditEvent)
