// Raster output drawn by Ghostscript, in the render worker (release/GhostscriptRaster.h).
#include "release/GhostscriptRaster.h"

#include "common/ChildProcess.h"
#include "release/PdfPages.h"
#include "release/PdfWatermark.h"
#include "release/PwgStream.h"
#include "release/RasterHeaders.h"
#include "release/SheetLines.h"

#include <QCoreApplication>
#include <QProcess>

#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace pv::release {

namespace {

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

Error cannotDraw(int page, const QByteArray &errors)
{
    const QString name = ghostscriptErrorName(errors);
    const QString message =
        name.isEmpty()
            ? QCoreApplication::translate("pv::release", "Ghostscript cannot draw page %1").arg(page)
            : QCoreApplication::translate("pv::release", "Ghostscript cannot draw page %1 (%2)")
                  .arg(page)
                  .arg(name);
    return Error{QStringLiteral("bad-document"), message, {{QStringLiteral("page"), page}}};
}

Error copyFailed()
{
    return Error{QStringLiteral("io"),
                 QCoreApplication::translate("pv::release", "cannot hand the document to Ghostscript")};
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// The decrypted document, and the watermark's update after it, in a sealed memfd: in memory
// only, and what Ghostscript reads can no longer change.
Status sealedCopy(QIODevice *pdf, const QString &watermark, Fd *out)
{
    out->fd = memfd_create("printvault-release", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (out->fd < 0 || !pdf->seek(0))
        return copyFailed();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = pdf->read(buffer.data(), buffer.size());
        if (n < 0)
            return copyFailed();
        if (n == 0)
            break;
        if (!writeAll(out->fd, buffer.constData(), n))
            return copyFailed();
    }
    if (!watermark.isEmpty()) {
        auto update = releaseUpdate(pdf, ReleaseMarks{watermark, {}, {}});
        if (!update)
            return update.error();
        if (!writeAll(out->fd, update->constData(), update->size()))
            return copyFailed();
    }
    if (fcntl(out->fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0)
        return copyFailed();
    return {};
}

// One Ghostscript, drawing every n-th page, and what it said on stderr (the start only).
class Ghostscript
{
public:
    ~Ghostscript()
    {
        if (m_process.state() != QProcess::NotRunning)
            killChild(m_process, false);
    }

    bool start(const QStringList &args, const ChildOptions &child)
    {
        prepareChild(m_process, child);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(ghostscriptPath(), args);
        return m_process.waitForStarted(10000);
    }

    // `size` bytes of its output, or false when it ended (or broke) first. Read through a
    // buffer of its own: a compressed page is taken a run of pixels at a time.
    bool read(char *data, qint64 size)
    {
        while (size > 0) {
            if (m_at == m_buffer.size() && !refill())
                return false;
            const qint64 n = qMin<qint64>(size, m_buffer.size() - m_at);
            memcpy(data, m_buffer.constData() + m_at, size_t(n));
            m_at += n;
            data += n;
            size -= n;
        }
        return true;
    }

    void finish()
    {
        m_process.closeReadChannel(QProcess::StandardOutput);
        if (!m_process.waitForFinished(5000))
            killChild(m_process, false);
    }

    const QByteArray &errors() const { return m_errors; }

    ReadBytes reader()
    {
        return [this](char *data, qint64 size) {
            return read(data, size);
        };
    }

    // A PWG page's header; the stream's sync word is read before the first.
    std::optional<PwgPage> readPwgPage()
    {
        if (!m_synced && !(m_synced = readPwgSync(reader())))
            return std::nullopt;
        return readPwgHeader(reader());
    }

private:
    bool refill()
    {
        m_buffer.resize(1 << 16);
        m_at = 0;
        for (;;) {
            const qint64 n = m_process.read(m_buffer.data(), m_buffer.size());
            keepErrors();
            if (n > 0) {
                m_buffer.resize(n);
                return true;
            }
            if (n < 0 || (!m_process.waitForReadyRead(1000) && m_process.state() == QProcess::NotRunning &&
                          m_process.bytesAvailable() == 0)) {
                m_buffer.clear();
                return false;
            }
        }
    }

    void keepErrors()
    {
        const QByteArray more = m_process.readAllStandardError();
        m_errors += more.left(qMax<qsizetype>(0, 4096 - m_errors.size()));
    }

    QProcess m_process;
    QByteArray m_errors;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    bool m_synced = false;
};

// The raster stream, sent on in pieces: the stream's start once, then each page's header and
// its compressed lines.
struct Output
{
    QByteArray pending;
    bool started = false;
    const GhostscriptJob *job = nullptr;

    bool send()
    {
        const bool sent = pending.isEmpty() || job->write(pending.constData(), size_t(pending.size()));
        pending.clear();
        return sent;
    }
};

QStringList ghostscriptArgs(const GhostscriptJob &job, const RasterStreamSetup &setup, bool gray,
                            const QString &pageList, int fd)
{
    return {QStringLiteral("-q"), QStringLiteral("-dSAFER"), QStringLiteral("-dBATCH"),
            QStringLiteral("-dNOPAUSE"),
            QStringLiteral("-dNOINTERPOLATE"), // as CUPS's gstoraster: images are scaled plainly
            // Colours converted plainly, as Poppler does (gray is Rec. 601 luma), not through ICC
            // profiles: both renderers print a page alike.
            QStringLiteral("-dUseFastColor"),
            // A page bitmap of at most 8 MB (a 300 dpi A4 page in gray is 8.7): larger ones are
            // drawn in bands, as fast (bench/release-e2e.sh), their band lists kept in memory,
            // never in a file.
            QStringLiteral("-dMaxBitmap=8000000"), QStringLiteral("-sBandListStorage=memory"),
            QStringLiteral("-sDEVICE=pwgraster"),
            gray ? QStringLiteral("-dcupsColorSpace=18")
                 : QStringLiteral("-dcupsColorSpace=19"), // sGray, sRGB
            QStringLiteral("-dcupsBitsPerColor=8"), QStringLiteral("-r%1").arg(job.format.dpi),
            QStringLiteral("-g%1x%2").arg(setup.width).arg(setup.height), QStringLiteral("-dFIXEDMEDIA"),
            QStringLiteral("-dPDFFitPage"), QStringLiteral("-sPageList=") + pageList,
            QStringLiteral("-sOutputFile=%stdout"), QStringLiteral("-sstdout=%stderr"),
            QStringLiteral("/proc/self/fd/%1").arg(fd)};
}

// The sheet page `k` of the job (document page `index`) is drawn onto.
SheetPage sheetFor(const GhostscriptJob &job, const RasterStreamSetup &setup, bool drawnGray, int k,
                   int index)
{
    SheetPage sheet;
    sheet.width = setup.width;
    sheet.height = setup.height;
    sheet.drawnGray = drawnGray;
    sheet.bpp = rasterBpp(job.format, index);
    sheet.toGray = !drawnGray && printsGray(job.format, index);
    if (k % 2 == 1 && setup.duplex) {
        const BackSide back =
            backSide(job.format.sheetBack, job.format.sides == QLatin1String("two-sided-short-edge"));
        sheet.flipX = back.flipX;
        sheet.flipY = back.flipY;
    }
    return sheet;
}

// Page `k` as Ghostscript drew it, its lines re-encoded here: turned for a back side, or made
// gray. A page the printer reads bottom up is decoded whole first, any other a line at a time.
Status transformPage(Ghostscript &gs, const PwgPage &page, const RasterStreamSetup &setup,
                     const SheetPage &sheet, const cups_page_header2_t &header, int k, QByteArray *out)
{
    PwgLineDecoder decoder(gs.reader(), page);
    const qsizetype rowBytes = qsizetype(page.bytesPerLine);
    QByteArray rows(sheet.flipY ? rowBytes * setup.height : rowBytes, Qt::Uninitialized);
    auto *drawn = reinterpret_cast<uchar *>(rows.data());
    for (int y = 0; sheet.flipY && y < setup.height; ++y) {
        if (!decoder.next(drawn + y * rowBytes))
            return cannotDraw(k + 1, gs.errors());
    }
    const DrawnRow rowAt = [&](int row) -> Result<const uchar *> {
        if (sheet.flipY)
            return drawn + row * rowBytes;
        if (!decoder.next(drawn)) // rows come in order: the sheet is read top down
            return cannotDraw(k + 1, gs.errors());
        return drawn;
    };
    auto stream = encodeSheet(setup, header, sheet, rowAt);
    if (!stream)
        return stream.error();
    out->append(stream->mid(setup.streamStart)); // the stream's start is sent once, before the first page
    return {};
}

// Sends page `k`: passed on as Ghostscript compressed it, under PrintVault's header for it (page
// count, sides), where no pixel changes, once it is sure to be the page asked for, whole; else
// transformed. The raster stream's start goes before the first page.
Status sendPage(Ghostscript &gs, Output &out, const RasterStreamSetup &setup, const SheetPage &sheet, int k)
{
    const auto page = gs.readPwgPage();
    const unsigned drawnBpp = sheet.drawnGray ? 1 : 3;
    if (!page || page->width != unsigned(setup.width) || page->height != unsigned(setup.height) ||
        page->bitsPerColor != 8 || page->bitsPerPixel != 8 * drawnBpp ||
        page->colorSpace != (sheet.drawnGray ? 18u : 19u))
        return cannotDraw(k + 1, gs.errors());
    const cups_page_header2_t &header = setup.headers[sheet.bpp == 1 ? 1 : 0][k % 2 == 1 && setup.duplex];
    const RasterHeaderBytes bytes = rasterHeaderBytes(header, setup.mode);
    if (bytes.start.size() != setup.streamStart || bytes.page.isEmpty())
        return encodingFailed();
    if (!out.started)
        out.pending += bytes.start;
    out.started = true;
    if (sheet.flipX || sheet.flipY || sheet.toGray)
        return transformPage(gs, *page, setup, sheet, header, k, &out.pending);
    out.pending += bytes.page;
    if (!copyPwgPage(gs.reader(), *page, &out.pending))
        return cannotDraw(k + 1, gs.errors());
    return {};
}

// Reads a page the superset plan draws that is not sent, and drops it; false when it is cut short.
bool skipPage(Ghostscript &gs)
{
    const auto page = gs.readPwgPage();
    QByteArray dropped;
    return page && copyPwgPage(gs.reader(), *page, &dropped);
}

// The pages of the document to send, checked against the limits, with Poppler: it only reads
// the page tree here, and draws nothing.
Result<QList<int>> checkedPages(const GhostscriptJob &job)
{
    auto doc = PdfPages::open(job.pdf);
    if (!doc)
        return doc.error();
    auto pages = pagesToSend(doc.value()->count(), job.pages, job.maxPages);
    if (!pages)
        return pages.error();
    for (int index : pages.value()) {
        if (Status fits = checkPageSize(doc.value()->sizePt(index), index, job.maxPageSidePt); !fits)
            return fits.error();
    }
    return pages;
}

} // namespace

RasterRenderer rendererFor(RasterRenderer asked, qint64 documentBytes)
{
    return asked == RasterRenderer::Ghostscript && documentBytes <= MaxGhostscriptDocumentBytes
               ? RasterRenderer::Ghostscript
               : RasterRenderer::Poppler;
}

Status writeRasterWithGhostscript(const GhostscriptJob &job)
{
    auto selected = checkedPages(job);
    if (!selected)
        return selected.error();
    const QList<int> &pages = selected.value();
    RasterStreamSetup setup;
    if (Status s = setUpRasterStream(&setup, job.format, int(pages.size())); !s)
        return s;
    Fd document;
    if (Status s = sealedCopy(job.pdf, job.format.watermark, &document); !s)
        return s;
    // In gray when no page needs colour; else in sRGB, and pages printed without it made gray here.
    bool drawGray = true;
    for (int index : pages)
        drawGray = drawGray && printsGray(job.format, index);

    const DrawingPlan plan = planDrawing(pages, job.processes, job.maxPageListChars);
    const int n = int(plan.pageLists.size());
    ChildOptions child;
    child.ownProcessGroup = false; // in the worker's group, with its limits: its end is theirs
    child.limits.addressSpaceBytes = job.memoryBytes; // set again: a sanitizer build's worker has none
    child.inheritedFds = {document.fd};
    child.environment = minimalEnvironment(job.scratchDir);
    std::vector<std::unique_ptr<Ghostscript>> gs;
    for (const QString &list : plan.pageLists) {
        gs.push_back(std::make_unique<Ghostscript>());
        if (!gs.back()->start(ghostscriptArgs(job, setup, drawGray, list, document.fd), child))
            return Error{QStringLiteral("converter-unavailable"),
                         QCoreApplication::translate("pv::release", "Ghostscript cannot be started")};
    }

    Output out;
    out.job = &job;
    int next = pages.isEmpty() ? 0 : pages.first(); // the superset's next page drawn
    for (int k = 0; k < int(pages.size()); ++k) {
        const SheetPage sheet = sheetFor(job, setup, drawGray, k, pages[k]);
        Ghostscript &drawer = *gs[size_t(k % n)];
        for (; plan.superset && next < pages[k]; ++next) {
            if (!skipPage(drawer))
                return cannotDraw(k + 1, drawer.errors());
        }
        ++next;
        if (Status s = sendPage(drawer, out, setup, sheet, k); !s)
            return s;
        if (!out.send())
            return sendingFailed(k + 1);
        if (job.progress)
            job.progress(k + 1, int(pages.size()));
    }
    for (auto &g : gs)
        g->finish();
    return {};
}

} // namespace pv::release
