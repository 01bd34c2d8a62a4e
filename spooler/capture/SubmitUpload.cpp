#include "capture/SubmitUpload.h"

#include "vault/JobDraft.h"

#include <QCoreApplication>

namespace pv {

namespace {
// The messages keep the context they had in the local API's session.
QString text(const char *source)
{
    return QCoreApplication::translate("pv::localapi::ApiSession", source);
}
} // namespace

Status SubmitUpload::take(const char *data, qint64 size)
{
    if (received + size > qint64(limitMb) * 1024 * 1024)
        return tooLarge();
    constexpr qsizetype HeadSize = 1024;
    if (head.size() < HeadSize && !head.contains("%PDF-")) {
        head.append(data, qMin<qint64>(size, HeadSize - head.size()));
        if (head.size() >= HeadSize && !head.contains("%PDF-"))
            return Error{QStringLiteral("bad-document"),
                         text(QT_TRANSLATE_NOOP("pv::localapi::ApiSession",
                                                "The document is not a PDF (no %PDF- header)."))};
    }
    received += size;
    return draft->append(data, size);
}

Error SubmitUpload::tooLarge() const
{
    return Error{QStringLiteral("too-large"),
                 text(QT_TRANSLATE_NOOP("pv::localapi::ApiSession",
                                        "The document is larger than %1 MB, the most this computer accepts."))
                     .arg(limitMb),
                 {{QStringLiteral("limit_mb"), limitMb},
                  {QStringLiteral("policy_key"), QStringLiteral("capture/max_job_mb")}}};
}

Status SubmitUpload::complete() const
{
    if (received == 0)
        return Error{QStringLiteral("bad-document"),
                     text(QT_TRANSLATE_NOOP("pv::localapi::ApiSession", "The document is empty."))};
    return {};
}

} // namespace pv
