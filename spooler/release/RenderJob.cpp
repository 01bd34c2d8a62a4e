// Runs in printvault-worker only: the untrusted PDF is parsed and drawn here, never in the
// daemon, which reads back nothing but the protocol's lines and the raster bytes.
#include "release/RenderJob.h"

#include "common/Renderers.h"
#include "convert/SealedInput.h"
#include "release/GhostscriptRaster.h"
#include "release/PdfPages.h"
#include "release/PdfWatermark.h"
#include "release/RenderProtocol.h"
#include "vault/DecryptingDevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QTemporaryDir>
#include <QThreadPool>

#include <new>
#include <unistd.h>

namespace pv::release {

namespace {

bool put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return false;
    auto *file = qobject_cast<QFileDevice *>(&out);
    return !file || file->flush();
}

// What the request asks of either renderer, and the protocol's lines for its pages.
void askFor(RasterPagesJob *job, const RenderRequest &request, QIODevice &out)
{
    job->format = request.format;
    job->pages = request.pages;
    job->maxPages = request.limits.maxPages;
    job->maxPageSidePt = request.limits.maxPageSideIn * 72.0;
    job->write = [&out](const char *data, size_t size) {
        return put(out, chunkLine(qint64(size))) && put(out, QByteArray::fromRawData(data, qsizetype(size)));
    };
    job->progress = [&out](int page, int pages) {
        put(out, pageLine(page, pages));
    };
}

// The held document, decrypted as read, after the test build's fault injection has seen it.
Result<std::unique_ptr<DecryptingDevice>> openDocument(const RenderRequest &request,
                                                       const BeforeRender &beforeRender)
{
    auto device = openSealed(request.input);
    if (device && beforeRender) {
        beforeRender(*device.value());
        device.value()->seek(0);
    }
    return device;
}

Status renderWithGhostscript(const RenderRequest &request, QIODevice *document, QIODevice &out)
{
    // TMPDIR is this run's empty scratch folder (release/WorkerRendering.cpp); gs gets one inside.
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("gs-XXXXXX")));
    if (!scratch.isValid())
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::release", "cannot create a scratch folder for Ghostscript")};
    GhostscriptJob job;
    askFor(&job, request, out);
    job.pdf = document;
    job.processes = renderersPerDocument();
    job.scratchDir = scratch.path();
    job.memoryBytes = request.memoryBytes;
    return writeRasterWithGhostscript(job);
}

Status renderWithPoppler(const RenderRequest &request, QIODevice &out, const BeforeRender &beforeRender)
{
    // A reader per renderer thread: a Poppler document is drawn with by one thread at a time.
    std::vector<std::unique_ptr<DecryptingDevice>> readers;
    RasterJob job;
    for (int i = 0; i < renderersPerDocument(); ++i) {
        auto device = openSealed(request.input);
        if (!device)
            return device.error();
        job.pdfs.push_back(device.value().get());
        readers.push_back(std::move(device.value()));
    }
    if (beforeRender) {
        beforeRender(*readers.front());
        readers.front()->seek(0);
    }
    QThreadPool renderers;
    renderers.setMaxThreadCount(renderersPerDocument());
    askFor(&job, request, out);
    job.renderers = &renderers;
    return writeRaster(job);
}

Status render(const RenderRequest &request, QIODevice &out, const BeforeRender &beforeRender)
{
    if (request.renderer != RasterRenderer::Ghostscript)
        return renderWithPoppler(request, out, beforeRender);
    auto device = openDocument(request, beforeRender);
    if (!device)
        return device.error();
    if (rendererFor(request.renderer, device.value()->size()) == RasterRenderer::Ghostscript)
        return renderWithGhostscript(request, device.value().get(), out);
    return renderWithPoppler(request, out, {}); // the fault injection has seen the document
}

// The incremental update release appends for a PDF printer: qpdf reads the untrusted PDF's
// trailer and page tree here, not in the daemon, which appends the bytes without reading them.
Status update(const RenderRequest &request, QIODevice &out, const BeforeRender &beforeRender)
{
    auto device = openDocument(request, beforeRender);
    if (!device)
        return device.error();
    const ReleaseMarks marks{request.format.watermark, request.format.plan, request.pages};
    auto bytes = releaseUpdate(device.value().get(), marks);
    if (!bytes)
        return bytes.error();
    if (!bytes->isEmpty() && !(put(out, chunkLine(bytes->size())) && put(out, bytes.value())))
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::release", "cannot write the update")};
    return {};
}

// Out of memory (RLIMIT_AS): no line, as one may be half written; the exit code says it.
[[noreturn]] void outOfMemory()
{
    _exit(3);
}

} // namespace

int runRenderWorker(QIODevice &control, QIODevice &out, const BeforeRender &beforeRender)
{
    std::set_new_handler(&outOfMemory);
    auto request = RenderRequest::read(control);
    if (!request)
        return 2;
    const PopplerSession poppler;
    const Status outcome = request->task == RenderTask::PdfUpdate
                               ? update(request.value(), out, beforeRender)
                               : render(request.value(), out, beforeRender);
    return put(out, doneLine(outcome)) ? 0 : 1;
}

} // namespace pv::release
