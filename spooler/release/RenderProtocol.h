#pragma once

#include "common/Result.h"
#include "convert/WorkerProtocol.h"
#include "release/RasterOutput.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace pv::release {

// The render worker's pipe protocol (printvault-worker --render, docs/containment.md).
//
// On its stdin the daemon writes the held job's data key, raw (DataKeyBytes), then one JSON
// line, the request. The job's encrypted file is an inherited descriptor; the worker opens
// nothing in the vault and never sees the master key.
//
// On its stdout the worker answers with JSON lines, in this order:
//   {"chunk_bytes":N}  followed by N raw bytes of the raster stream (one per page, in order);
//   {"page":I,"pages":P} once page I of P has been written out;
//   {"ok":true} or {"ok":false,"code":"...","message":"..."} last.
// The daemon passes the chunks' bytes to the printer as they arrive, and trusts nothing else
// of the worker's: every line is checked, and a worker that says anything else is stopped.
//
// With "task":"pdf_update" the worker draws nothing: it reads the PDF with qpdf and answers with
// the incremental update release appends for a PDF printer (release/PdfWatermark.h: the
// watermark, pages turned gray, the pages asked for), as one chunk (none when nothing changes).
enum class RenderTask { Raster, PdfUpdate };

// Who draws a raster: Ghostscript (release/GhostscriptRaster.h) or Poppler (RasterOutput.h).
enum class RasterRenderer { Ghostscript, Poppler };

struct RenderRequest
{
    RenderTask task = RenderTask::Raster;
    SealedStream input;  // the held job's file; its segment size is read from the file
    RasterFormat format; // for an update: its watermark and plan (the pages turned gray) only
    RasterRenderer renderer = RasterRenderer::Poppler;
    QList<int> pages; // the document's pages to send (0-based, ascending); empty: all
    DocumentLimits limits;
    qint64 memoryBytes = 0; // each Ghostscript's RLIMIT_AS (capture/worker_memory_mb); 0: the worker's

    [[nodiscard]] Status write(QIODevice &pipe) const;
    [[nodiscard]] static Result<RenderRequest> read(QIODevice &pipe);
};

// One line of the worker's stdout, parsed.
struct RenderMessage
{
    enum class Kind { Chunk, Page, Done } kind = Kind::Done;
    qint64 chunkBytes = 0; // Chunk
    int page = 0;          // Page
    int pages = 0;         // Page
    Status outcome;        // Done

    [[nodiscard]] static Result<RenderMessage> fromJsonLine(const QByteArray &line);
};

// What the worker writes, as lines of the protocol above.
QByteArray chunkLine(qint64 bytes);
QByteArray pageLine(int page, int pages);
QByteArray doneLine(const Status &outcome);

// Largest single chunk the daemon accepts: a page of the largest media at 600 dpi in sRGB,
// uncompressed, with room to spare.
constexpr qint64 MaxChunkBytes = qint64(1) << 30;
constexpr qsizetype MaxRenderLine = 4096;

} // namespace pv::release
