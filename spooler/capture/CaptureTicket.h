#pragma once

#include "common/Result.h"
#include "vault/JobRecord.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace pv {

// What an IPP client asked for with its document, sealed beside the encrypted document in the
// vault's incoming folder (Vault::sealIncoming), so that a job acknowledged before a crash is
// converted after it exactly as it was asked for. Plain data, any thread.
struct CaptureTicket
{
    JobRequest request;
    QString format;                 // the document's MIME type, after auto-typing
    QSizeF mediaPt{595.28, 841.89}; // the job's media, in points
    int ippJobId = 0;               // the IPP job, so a client polling it after a restart finds it

    QByteArray toJson() const;
    static Result<CaptureTicket> fromJson(const QByteArray &json);
};

} // namespace pv
