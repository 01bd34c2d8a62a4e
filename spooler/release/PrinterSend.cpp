#include "release/PrinterSend.h"

#include "release/RasterOutput.h"
#include "release/RawSocket.h"
#include "release/WorkerRendering.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pv::release {

namespace {

Error sendingFailed()
{
    return Error{QStringLiteral("printer-unreachable"),
                 QCoreApplication::translate("pv::release", "sending the document failed")};
}

// The PDF as it is, then the watermark's incremental update if there is one: the document's
// own bytes always go first and unchanged.
Status streamPdf(const Shipment &s, const QByteArray &update, const BodyWriter &write)
{
    QIODevice *pdf = s.documents.front();
    const qint64 total = s.length + update.size();
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 sent = 0;
    for (qint64 n; (n = pdf->read(buffer.data(), buffer.size())) > 0;) {
        if (!write(buffer.constData(), size_t(n)))
            return sendingFailed();
        sent += n;
        s.progress(sent, total, false);
    }
    if (sent != s.length)
        return Error{
            QStringLiteral("integrity"),
            QCoreApplication::translate("pv::release", "the job cannot be read: %1").arg(pdf->errorString())};
    if (!update.isEmpty() && !write(update.constData(), size_t(update.size())))
        return sendingFailed();
    s.progress(total, total, false);
    return {};
}

// What release appends to the PDF (the watermark, pages turned gray, the pages asked for), or
// nothing. Made by a worker, as the document is untrusted (docs/containment.md); a worker that
// fails fails this try with its own error, never a transient one.
Result<QByteArray> updateFor(const Shipment &s, const PrintPlan &grayPages)
{
    if (s.watermark.isEmpty() && !grayPages.contains(PrintColor::Monochrome) && s.pages.isEmpty())
        return QByteArray();
    WorkerRender job;
    job.settings = s.render;
    job.document = s.sealed;
    job.format.mime = QStringLiteral("application/pdf");
    job.format.watermark = s.watermark;
    job.format.plan = grayPages;
    job.pages = s.pages;
    job.cancel = s.cancel;
    return pdfUpdateInWorker(std::move(job));
}

Result<Sent> sendRawSocket(const Shipment &s)
{
    const PrintRequest &r = s.request;
    auto update = updateFor(s, isMixed(s.plan) ? s.plan : PrintPlan());
    if (!update)
        return update.error();
    const RawJob raw{r.uri,
                     r.user,
                     r.jobName,
                     r.copies,
                     r.sides != QLatin1String("one-sided"),
                     printsMonochromeOnly(s.plan)};
    if (auto sent =
            sendRaw(raw, [&](const BodyWriter &write) { return streamPdf(s, update.value(), write); });
        !sent)
        return sent.error();
    return Sent{0, r.sides, QString()};
}

// The PDF for a printer that takes it: pages printed monochrome go as "overrides" where the
// printer takes them, else are turned gray in the appended update.
Result<int> sendPdf(const Shipment &s, PrintRequest ipp, const PrinterCapabilities &caps)
{
    PrintPlan gray;
    if (isMixed(s.plan) && caps.takesColorOverrides())
        ipp.monochromePages = monochromeRuns(s.plan);
    else if (isMixed(s.plan))
        gray = s.plan;
    auto update = updateFor(s, gray);
    if (!update)
        return update.error();
    return sendJob(ipp, s.length + update->size(),
                   [&](const BodyWriter &write) { return streamPdf(s, update.value(), write); });
}

// No PDF: rasterised for the printer in a render worker, streamed page by page.
Result<int> sendRasterised(const Shipment &s, PrintRequest ipp, const PrinterCapabilities &caps)
{
    auto format = chooseRaster(caps, printsMonochromeOnly(s.plan), ipp.sides);
    if (!format)
        return format.error();
    format->watermark = s.watermark;
    format->plan = s.plan;
    ipp.format = format->mime;
    WorkerRender render;
    render.settings = s.render;
    render.document = s.sealed;
    render.format = format.value();
    render.pages = s.pages;
    render.cancel = s.cancel;
    render.progress = [&](int page, int pages) {
        s.progress(page, pages, true);
    };
    return sendJob(ipp, -1, [&](const BodyWriter &write) {
        render.write = write;
        return renderInWorker(render);
    });
}

} // namespace

Result<Sent> sendOnce(const Shipment &s)
{
    if (s.request.uri.startsWith(QLatin1String("socket://")))
        return sendRawSocket(s);
    auto caps = queryPrinter(s.request.uri, s.request.trust);
    if (!caps)
        return caps.error();
    PrintRequest ipp = s.request;
    Sent sent;
    if (ipp.sides != QLatin1String("one-sided") && !caps->sides.isEmpty() &&
        !caps->sides.contains(ipp.sides)) {
        sent.note = QStringLiteral("the printer prints one-sided only, so the job was printed one-sided");
        ipp.sides = QStringLiteral("one-sided");
    }
    sent.sides = ipp.sides;
    if (ipp.colorMode == QLatin1String("color") && !caps->colorModes.contains(ipp.colorMode))
        ipp.colorMode.clear(); // a printer without colour prints it as it can
    const Result<int> id =
        caps->acceptsPdf() ? sendPdf(s, ipp, caps.value()) : sendRasterised(s, ipp, caps.value());
    if (!id)
        return id.error();
    sent.jobId = id.value();
    return sent;
}

} // namespace pv::release
