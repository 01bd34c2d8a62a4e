// Raster output drawn by Ghostscript, in the render worker (release/GhostscriptRaster.h).
#include "release/GhostscriptRaster.h"

#include "common/ChildProcess.h"
#include "common/Logging.h"
#include "release/PdfPages.h"
#include "release/PdfWatermark.h"
#include "release/RasterHeaders.h"
#include "release/SheetLines.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <fcntl.h>
#include <memory>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace pv::release {

namespace {

// Flushed to the worker's stdout at this size, and at the end of every page.
constexpr qsizetype SendBytes = 1 << 20;

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
    // Only a PostScript error name is passed on: the rest of gs's output may quote the document.
    static const QRegularExpression errorName(QStringLiteral("Error: (/[A-Za-z]+)"));
    const QString name = errorName.match(QString::fromLatin1(errors)).captured(1);
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

    // `size` bytes of its output, or false when it ended (or broke) first.
    bool read(char *data, qint64 size)
    {
        while (size > 0) {
            const qint64 n = m_process.read(data, size);
            if (n < 0)
                return false;
            data += n;
            size -= n;
            keepErrors();
            if (size > 0 && !m_process.waitForReadyRead(1000) && m_process.state() == QProcess::NotRunning &&
                m_process.bytesAvailable() == 0)
                return false;
        }
        return true;
    }

    // A PNM header (P5 gray or P6 sRGB, 8 bits) for a `width` x `height` page.
    bool readHeader(bool gray, int width, int height)
    {
        char magic[2];
        if (!read(magic, 2) || magic[0] != 'P' || magic[1] != (gray ? '5' : '6'))
            return false;
        const int w = number(), h = number(), max = number();
        return w == width && h == height && max == 255; // number() took the one whitespace after
    }

    void finish()
    {
        m_process.closeReadChannel(QProcess::StandardOutput);
        if (!m_process.waitForFinished(5000))
            killChild(m_process, false);
    }

    const QByteArray &errors() const { return m_errors; }

private:
    // A decimal number of the header, after whitespace and comments, and the byte after it.
    int number()
    {
        char c = 0;
        do {
            if (!read(&c, 1))
                return -1;
            if (c == '#')
                while (c != '\n' && read(&c, 1)) {
                }
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        qint64 value = 0;
        for (int digits = 0; c >= '0' && c <= '9'; ++digits) {
            if (digits > 6)
                return -1;
            value = value * 10 + (c - '0');
            if (!read(&c, 1))
                return -1;
        }
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' ? int(value) : -1;
    }

    void keepErrors()
    {
        const QByteArray more = m_process.readAllStandardError();
        m_errors += more.left(qMax<qsizetype>(0, 4096 - m_errors.size()));
    }

    QProcess m_process;
    QByteArray m_errors;
};

// The raster stream being encoded, sent on in pieces.
struct Encoder
{
    QByteArray pending;
    std::unique_ptr<cups_raster_t, RasterCloser> raster;
    const GhostscriptJob *job = nullptr;

    static ssize_t append(void *ctx, unsigned char *buffer, size_t length)
    {
        static_cast<Encoder *>(ctx)->pending.append(reinterpret_cast<const char *>(buffer),
                                                    qsizetype(length));
        return ssize_t(length);
    }
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
            // Band lists, for a page too large to draw at once, in memory: never a temporary file.
            QStringLiteral("-sBandListStorage=memory"),
            gray ? QStringLiteral("-sDEVICE=pgmraw") : QStringLiteral("-sDEVICE=ppmraw"),
            QStringLiteral("-r%1").arg(job.format.dpi),
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

// Reads page `k` from its Ghostscript and encodes it: a row at a time, or the whole page first
// when the sheet is read bottom up (a back side turned on the feed direction).
Status encodePage(Ghostscript &gs, Encoder &enc, const RasterStreamSetup &setup, const SheetPage &sheet,
                  int k)
{
    const int channels = sheet.drawnGray ? 1 : 3;
    if (!gs.readHeader(sheet.drawnGray, setup.width, setup.height))
        return cannotDraw(k + 1, gs.errors());
    cups_page_header2_t h = setup.headers[sheet.bpp == 1 ? 1 : 0][k % 2 == 1 && setup.duplex];
    if (!cupsRasterWriteHeader2(enc.raster.get(), &h))
        return encodingFailed();
    const qsizetype rowBytes = qsizetype(setup.width) * channels;
    QByteArray rows(sheet.flipY ? rowBytes * setup.height : rowBytes, Qt::Uninitialized);
    if (sheet.flipY && !gs.read(rows.data(), rows.size()))
        return cannotDraw(k + 1, gs.errors());
    QByteArray line(int(h.cupsBytesPerLine), Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(line.data());
    for (int y = 0; y < setup.height; ++y) {
        const int row = pageRow(sheet, y, setup.height);
        if (!sheet.flipY && !gs.read(rows.data(), rowBytes))
            return cannotDraw(k + 1, gs.errors());
        const auto *drawn =
            reinterpret_cast<const uchar *>(rows.constData()) + (sheet.flipY ? row * rowBytes : 0);
        sheetLine(sheet, drawn, setup.width, out);
        if (cupsRasterWritePixels(enc.raster.get(), out, h.cupsBytesPerLine) != h.cupsBytesPerLine)
            return encodingFailed();
        if (enc.pending.size() >= SendBytes && !enc.send())
            return sendingFailed(k + 1);
    }
    return {};
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

QString ghostscriptPath()
{
    for (const char *dir : {"/usr/bin", "/bin"}) {
        const QString path = QLatin1String(dir) + QStringLiteral("/gs");
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
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

    const int n = qBound(1, job.processes, qMax(1, int(pages.size())));
    ChildOptions child;
    child.ownProcessGroup = false; // in the worker's group, with its limits: its end is theirs
    child.limits.addressSpaceBytes = job.memoryBytes; // set again: a sanitizer build's worker has none
    child.inheritedFds = {document.fd};
    child.environment = minimalEnvironment(job.scratchDir);
    std::vector<std::unique_ptr<Ghostscript>> gs;
    for (int i = 0; i < n; ++i) {
        QStringList list;
        for (qsizetype k = i; k < pages.size(); k += n)
            list.append(QString::number(pages[k] + 1));
        gs.push_back(std::make_unique<Ghostscript>());
        if (!gs.back()->start(ghostscriptArgs(job, setup, drawGray, list.join(u','), document.fd), child))
            return Error{QStringLiteral("converter-unavailable"),
                         QCoreApplication::translate("pv::release", "Ghostscript cannot be started")};
    }

    Encoder enc;
    enc.job = &job;
    enc.raster.reset(cupsRasterOpenIO(&Encoder::append, &enc, setup.mode));
    if (!enc.raster)
        return Error{QStringLiteral("internal"),
                     QCoreApplication::translate("pv::release", "cannot start the raster stream")};
    for (int k = 0; k < int(pages.size()); ++k) {
        const SheetPage sheet = sheetFor(job, setup, drawGray, k, pages[k]);
        if (Status s = encodePage(*gs[size_t(k % n)], enc, setup, sheet, k); !s)
            return s;
        if (!enc.send())
            return sendingFailed(k + 1);
        if (job.progress)
            job.progress(k + 1, int(pages.size()));
    }
    enc.raster.reset(); // flushes what libcups holds back
    if (!enc.send())
        return sendingFailed(int(pages.size()));
    for (auto &g : gs)
        g->finish();
    return {};
}

} // namespace pv::release
