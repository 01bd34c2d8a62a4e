#pragma once

#include "common/ChildProcess.h"
#include "common/Result.h"
#include "vault/JobRecord.h"
#include "vault/SecureBytes.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

class QIODevice;

namespace pv {

// The converter worker's pipe protocol (docs/containment.md). On its stdin the daemon writes
// the two data keys of the job, raw (DataKeyBytes each: the incoming document's, then the
// new job file's), then one JSON line, the request. The worker answers on stdout with one
// JSON line, the reply. The encrypted files themselves are inherited descriptors: the worker
// opens nothing in the vault and never sees the master key.

// Reads exactly `size` bytes from a worker pipe, waiting as needed; false at its end or on error.
bool readExactly(QIODevice &pipe, char *data, qint64 size);

// One encrypted stream: an inherited descriptor, its data key and the job id its segments
// are bound to.
struct SealedStream
{
    int fd = -1;
    SecureBytes key;
    QByteArray jobId; // raw 16 bytes
    int segmentSize = 0;
};

// What a document may cost, by policy (docs/policy.md, "limits").
struct DocumentLimits
{
    int maxPages = 10000;
    double maxPageSideIn = 200.0; // inches, either side of any page
    int maxRasterSide = 30000;    // pixels, either side of a raster page
};

struct WorkerRequest
{
    QString format; // MIME type of the incoming document
    QSizeF mediaPt{595.28, 841.89};
    SealedStream input;
    SealedStream output;
    DocumentLimits limits;
    ChildLimits childLimits; // for Ghostscript
    int timeoutSeconds = 120;

    // Writes the keys and the request line.
    [[nodiscard]] Status write(QIODevice &pipe) const;
    // Reads what write() wrote; fails on anything else.
    [[nodiscard]] static Result<WorkerRequest> read(QIODevice &pipe);
};

// The worker's answer: the measured document, or the reason there is none.
struct WorkerReply
{
    Status outcome;
    qint64 plaintextSize = 0;
    QByteArray sha256; // raw
    DocumentInfo info;

    QByteArray toJsonLine() const;
    // Anything malformed is an error of its own: a reply from a worker is not trusted to be sane.
    [[nodiscard]] static Result<WorkerReply> fromJsonLine(const QByteArray &line);
};

constexpr int DataKeyBytes = 32;

} // namespace pv
