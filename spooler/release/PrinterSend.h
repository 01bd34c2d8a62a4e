#pragma once

#include "common/Result.h"
#include "convert/WorkerProtocol.h"
#include "release/IppClient.h"
#include "vault/PageOverrides.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

class QIODevice;

namespace pv::release {

struct RenderSettings;

// Everything one try sends. Read-only while the try runs.
struct Shipment
{
    PrintRequest request;
    qint64 length = 0; // of the document
    // The document, read from its start, for a PDF or raw socket printer.
    std::vector<QIODevice *> documents;
    // The same document still sealed, for the render worker of a raster printer
    // (WorkerRendering.h): the daemon itself never draws it.
    SealedStream sealed;
    const RenderSettings *render = nullptr;
    const std::atomic<bool> *cancel = nullptr; // the daemon stops
    PrintPlan plan;                            // which pages print without colour
    QList<int> pages;                          // the pages that print (0-based, ascending); empty: all
    QString watermark;                         // stamped on every page when not empty
    // Bytes of a PDF sent, or (`pages`) pages of a raster.
    std::function<void(qint64 done, qint64 total, bool pages)> progress;
};

// What one try sent: the printer's job ID, and the sides it went with (one-sided, with a note
// for the user, when the printer cannot print the sides asked for).
struct Sent
{
    int jobId = 0; // 0: a raw socket printer, which has no jobs
    QString sides;
    QString note;
};

// One try. A raw socket printer gets the PDF behind PJL (its job ID is then 0: there is no
// job to follow); an IPP printer is asked what it takes, then gets the PDF as it is or
// rasterised for it, and its job ID is returned. Pages the plan prints monochrome go without
// colour: as "overrides" where the printer takes them, as sGray raster pages, or else turned
// gray in the PDF. Only `pages` go to the printer: a PDF gets a page tree of just those, a
// raster just those pages. Blocking: a release's worker thread.
[[nodiscard]] Result<Sent> sendOnce(const Shipment &shipment);

} // namespace pv::release
