#pragma once

#include "common/Result.h"
#include "convert/PagePreview.h"
#include "convert/WorkerProtocol.h"

#include <QByteArray>

class QIODevice;

namespace pv {

// The preview worker's pipe protocol (printvault-worker --preview, docs/containment.md). On its
// stdin the daemon writes the held job's data key, raw (DataKeyBytes), then one JSON line, the
// request; the job's encrypted file is an inherited descriptor. The worker answers with one
// JSON line: {"ok":true,"png":"<base64>","page":I,"pages":P} or {"ok":false,"code","message"}.
struct PreviewRequest
{
    SealedStream input; // the held job's file; its segment size is read from the file
    int page = 1;       // 1-based
    int width = 600;    // pixels

    [[nodiscard]] Status write(QIODevice &pipe) const;
    [[nodiscard]] static Result<PreviewRequest> read(QIODevice &pipe);
};

QByteArray previewReplyLine(const Result<PagePreview> &outcome);
// Anything malformed is an error of its own: a worker's answer is not trusted to be sane.
[[nodiscard]] Result<PagePreview> previewFromReplyLine(const QByteArray &line);

constexpr qsizetype MaxPreviewReply = 64 * 1024 * 1024; // a 4096 px wide page as PNG, base64

} // namespace pv
