#include "convert/PdfInspector.h"

#include "common/Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QIODevice>

#include <poppler-qt6.h>

#include <thread>

namespace pv {

namespace {

Error malformed(const QString &why)
{
    return Error{QStringLiteral("bad-document"), why};
}

// True when any pixel is clearly chromatic; grey anti-aliasing has R = G = B.
bool hasColour(const QImage &image, int threshold)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (qMax(r, qMax(g, b)) - qMin(r, qMin(g, b)) > threshold)
                return true;
        }
    }
    return false;
}

// PDF requires "%%EOF" in the last 1024 bytes; Poppler would silently rebuild a cut file.
bool hasEofMarker(QIODevice *device)
{
    const qint64 size = device->size();
    const qint64 tail = qMin<qint64>(size, 1024);
    if (!device->seek(size - tail))
        return false;
    return device->read(tail).contains("%%EOF");
}

} // namespace

Result<DocumentInfo> PdfInspector::inspect(QIODevice *device) const
{
    return inspect(std::vector<QIODevice *>{device});
}

Result<DocumentInfo> PdfInspector::inspect(const std::vector<QIODevice *> &devices) const
{
    if (devices.empty())
        return malformed(QCoreApplication::translate("pv::convert", "no document to inspect"));
    QIODevice *device = devices.front();
    // Range check input...
    if (!device->seek(0))
        return malformed(QCoreApplication::translate("pv::convert", "the document cannot be read: %1")
                             .arg(device->errorString()));
    const QByteArray head = device->read(1024);
    if (head.isEmpty())
        return malformed(QCoreApplication::translate("pv::convert", "the document is empty"));
    if (!head.contains("%PDF-"))
        return malformed(
            QCoreApplication::translate("pv::convert", "the document is not a PDF (no %PDF- header)"));
    // Tolerant where Poppler is: a PDF without its final %%EOF is held when Poppler draws
    // every page of it, and refused as truncated only when it cannot.
    const bool cut = !hasEofMarker(device);
    auto info = drawPages(devices);
    if (!info && cut)
        return malformed(QCoreApplication::translate(
            "pv::convert",
            "the PDF is truncated (no %%EOF marker at its end) and its pages cannot be drawn"));
    return info;
}

Result<DocumentInfo> PdfInspector::drawPages(const std::vector<QIODevice *> &devices) const
{
    QIODevice *device = devices.front();
    device->seek(0);

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(device);
    if (!doc)
        return malformed(
            QCoreApplication::translate("pv::convert", "the PDF is damaged and cannot be opened"));
    if (doc->isLocked())
        return malformed(QCoreApplication::translate(
            "pv::convert", "the PDF is password-protected; remove the password and print again"));
    const int pages = doc->numPages();
    if (pages <= 0)
        return malformed(QCoreApplication::translate("pv::convert", "the PDF has no pages"));
    if (m_options.maxPages > 0 && pages > m_options.maxPages)
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::convert", "the document has %1 pages, more than the limit of %2")
                .arg(pages)
                .arg(m_options.maxPages),
            {{QStringLiteral("limit"), QStringLiteral("pages")},
             {QStringLiteral("max"), m_options.maxPages}}};

    // Render every page: colour is measured, not guessed from the document's colour spaces.
    // Renderer k takes pages k, k+n, k+2n...; a document of one page needs one.
    const int n = qMin(int(devices.size()), pages);
    std::vector<std::unique_ptr<Poppler::Document>> docs;
    docs.push_back(std::move(doc));
    for (int k = 1; k < n; ++k) {
        devices[size_t(k)]->seek(0);
        std::unique_ptr<Poppler::Document> more = Poppler::Document::load(devices[size_t(k)]);
        if (!more || more->isLocked() || more->numPages() != pages)
            return malformed(
                QCoreApplication::translate("pv::convert", "the PDF is damaged and cannot be opened"));
        docs.push_back(std::move(more));
    }
    DocumentInfo info;
    info.pages = pages;
    std::vector<char> colours(size_t(pages), 'M'); // a byte each, written by one renderer
    std::vector<Status> failures(static_cast<size_t>(n));
    const auto render = [&](int k) {
        Poppler::Document *d = docs[size_t(k)].get();
        d->setRenderHint(Poppler::Document::Antialiasing, true);
        d->setRenderHint(Poppler::Document::TextAntialiasing, true);
        for (int i = k; i < pages; i += n) {
            std::unique_ptr<Poppler::Page> page = d->page(i);
            if (!page) {
                failures[size_t(k)] = malformed(
                    QCoreApplication::translate("pv::convert", "page %1 of the PDF is damaged").arg(i + 1));
                return;
            }
            const QSizeF sizePt = page->pageSizeF();
            const double side = qMax(sizePt.width(), sizePt.height());
            if (m_options.maxPageSidePt > 0 && side > m_options.maxPageSidePt) {
                failures[size_t(k)] =
                    Error{QStringLiteral("limit-exceeded"),
                          QCoreApplication::translate("pv::convert",
                                                      "page %1 is %2 in long, more than the limit of %3 in")
                              .arg(i + 1)
                              .arg(qRound(side / 72.0))
                              .arg(qRound(m_options.maxPageSidePt / 72.0)),
                          {{QStringLiteral("limit"), QStringLiteral("page_side")}}};
                return;
            }
            // Bounded memory whatever the page's size: a poster is measured at a lower resolution.
            const double dpi = side > 0 ? qMin(m_options.colorDpi, m_options.maxRenderSide * 72.0 / side)
                                        : m_options.colorDpi;
            const QImage image = page->renderToImage(dpi, dpi);
            if (image.isNull()) {
                failures[size_t(k)] = malformed(
                    QCoreApplication::translate("pv::convert", "page %1 of the PDF cannot be rendered")
                        .arg(i + 1));
                return;
            }
            colours[size_t(i)] = hasColour(image, m_options.chromaThreshold) ? 'C' : 'M';
            if (i == 0) {
                info.firstPageSizePt = page->pageSizeF();
                const QImage thumb =
                    image.width() > m_options.thumbnailMaxSide || image.height() > m_options.thumbnailMaxSide
                        ? image.scaled(m_options.thumbnailMaxSide, m_options.thumbnailMaxSide,
                                       Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        : image;
                QBuffer buffer(&info.thumbnailPng);
                buffer.open(QIODevice::WriteOnly);
                thumb.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
            }
        }
    };
    std::vector<std::thread> threads;
    for (int k = 1; k < n; ++k)
        threads.emplace_back(render, k);
    render(0);
    for (std::thread &t : threads)
        t.join();
    for (const Status &s : failures) {
        if (!s)
            return s.error();
    }
    info.pageColors = QByteArray(colours.data(), qsizetype(colours.size()));
    return info;
}

} // namespace pv
