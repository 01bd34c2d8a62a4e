#pragma once

#include "common/Result.h"
#include "convert/PagePreview.h"
#include "convert/WorkerProtocol.h"

#include <QString>

namespace pv {

// Where and how the tray's page previews are drawn (docs/containment.md): in printvault-worker,
// with the converter workers' limits from policy.
struct PreviewSettings
{
    QString workerPath;
    QString scratchDir; // private folder; each preview gets an empty folder of its own in it
    QString language;   // of the worker's messages
    qint64 memoryBytes = 1024ll << 20;
    int timeoutSeconds = 120; // capture/convert_timeout_seconds (wall clock)
    bool seccomp = true;
};

// Draws page `page` (1-based) of a held job `width` pixels wide in printvault-worker --preview,
// which gets the job's data key and encrypted file only, never the master key. A worker that
// crashes, hangs past the time limit, runs out of memory or answers out of protocol is killed
// with its process group and fails this preview only. Blocking, on a pool thread, which is the
// worker's parent and outlives it (PR_SET_PDEATHSIG follows the thread).
[[nodiscard]] Result<PagePreview> previewInWorker(const PreviewSettings &settings,
                                                  const SealedStream &document, int page, int width);

} // namespace pv
