#include "convert/PdfInspector.h"

#include "common/Logging.h"

#include <QBuffer>
#include <QImage>
#include <QIODevice>

#include <poppler-qt6.h>

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
    // Range check input...
    if (!device->seek(0))
        return malformed(QStringLiteral("the document cannot be read: %1").arg(device->errorString()));
    const QByteArray head = device->read(1024);
    if (head.isEmpty())
        return malformed(QStringLiteral("the document is empty"));
    if (!head.contains("%PDF-"))
        return malformed(QStringLiteral("the document is not a PDF (no %PDF- header)"));
    if (!hasEofMarker(device))
        return malformed(QStringLiteral("the PDF is truncated (no %%EOF marker at its end)"));
    device->seek(0);

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(device);
    if (!doc)
        return malformed(QStringLiteral("the PDF is damaged and cannot be opened"));
    if (doc->isLocked())
        return malformed(
            QStringLiteral("the PDF is password-protected; remove the password and print again"));
    const int pages = doc->numPages();
    if (pages <= 0)
        return malformed(QStringLiteral("the PDF has no pages"));

    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);

    // Render every page: colour is measured, not guessed from the document's colour spaces.
    DocumentInfo info;
    info.pages = pages;
    info.pageColors.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return malformed(QStringLiteral("page %1 of the PDF is damaged").arg(i + 1));
        const QImage image = page->renderToImage(m_options.colorDpi, m_options.colorDpi);
        if (image.isNull())
            return malformed(QStringLiteral("page %1 of the PDF cannot be rendered").arg(i + 1));
        info.pageColors.append(hasColour(image, m_options.chromaThreshold) ? 'C' : 'M');
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
    return info;
}

} // namespace pv
