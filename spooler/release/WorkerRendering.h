#pragma once

#include "common/Result.h"
#include "convert/WorkerProtocol.h"
#include "release/RasterOutput.h"
#include "release/RenderProtocol.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

class QSemaphore;

namespace pv {
struct Policy;
}

namespace pv::release {

// Where and how release rendering runs (docs/containment.md): the worker, its limits from
// policy, and the slots all releases share, one per core.
struct RenderSettings
{
    QString workerPath;
    QString scratchDir;                // private folder; each run gets an empty folder of its own in it
    QString language;                  // of the worker's messages
    qint64 memoryBytes = 1024ll << 20; // capture/worker_memory_mb
    int timeoutSeconds = 300;          // release/render_timeout_seconds, per try (wall clock)
    bool seccomp = true;               // capture/worker_seccomp
    DocumentLimits limits;             // capture/max_pages, max_page_side_inches
    RasterRenderer renderer = RasterRenderer::Poppler; // release/raster_renderer, where gs is installed
    QSemaphore *slots = nullptr;                       // at most one render worker per core, across releases
};

// Render workers at once, across all releases: one per core.
int maxRenderWorkers();

// The policy's part of the settings: memory, wall clock, filter and document limits.
void applyRenderPolicy(RenderSettings *settings, const Policy &policy);

// What holds a render worker, for `status` (docs/containment.md): at most `maxWorkers` at once,
// each with these limits. `seccompLoads`: the worker's probe found its filter loads here.
QJsonObject renderConfinement(const RenderSettings &settings, int maxWorkers, bool seccompLoads);

// One rendering of a held job for a raster printer, in a worker.
struct WorkerRender
{
    RenderTask task = RenderTask::Raster;
    const RenderSettings *settings = nullptr;
    SealedStream document; // the held job's encrypted file (inherited) and its data key
    RasterFormat format;
    QList<int> pages; // the document's pages to send (0-based, ascending); empty: all
    std::function<bool(const char *, size_t)> write; // to the printer; false: stop
    std::function<void(int, int)> progress;          // pages sent, and the page count
    const std::atomic<bool> *cancel = nullptr;       // the daemon stops
};

// Starts printvault-worker --render with the job's data key and descriptor only, and passes
// the raster it streams back to `write`, pages in order, as they come. A worker that crashes,
// hangs past the time limit, runs out of memory or answers out of protocol is killed with its
// process group and fails this try with an error of its own (never a transient one: the same
// document would do it again). Blocking, on a release's sender thread, which is the worker's
// parent and outlives it (PR_SET_PDEATHSIG follows the thread).
[[nodiscard]] Status renderInWorker(const WorkerRender &job);

// What release appends to a PDF for a PDF printer (release/PdfWatermark.h), made by a worker
// as renderInWorker runs one (`job.task` PdfUpdate; `job.format` gives the watermark and the
// pages turned gray, `job.pages` the pages that print): the daemon never parses the document.
// The update is taken whole, up to MaxUpdateBytes; empty when nothing changes. Blocking.
[[nodiscard]] Result<QByteArray> pdfUpdateInWorker(WorkerRender job);

// The largest update accepted: an object or two per page, of the largest document allowed.
constexpr qint64 MaxUpdateBytes = qint64(64) << 20;

} // namespace pv::release
