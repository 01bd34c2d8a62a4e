#include "convert/RasterPdfWriter.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cstring>

namespace pv {

namespace {
constexpr int BandRows = 256;
constexpr int MaxSide = 100000; // pixels; the bound when policy sets none
} // namespace

RasterPdfWriter::RasterPdfWriter(QIODevice *out, int maxSide)
    : m_out(out)
    , m_maxSide(maxSide > 0 ? qMin(maxSide, MaxSide) : MaxSide)
{}

RasterPdfWriter::~RasterPdfWriter() = default;

Status RasterPdfWriter::beginPage(QSizeF pagePt, int width, int height, int bitsPerPixel)
{
    // Range check input...
    if (width <= 0 || height <= 0)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the raster page size %1x%2 is not valid")
                         .arg(width)
                         .arg(height)};
    if (width > m_maxSide || height > m_maxSide)
        return Error{
            QStringLiteral("limit-exceeded"),
            QCoreApplication::translate("pv::convert",
                                        "the raster page of %1x%2 pixels is larger than the limit of %3")
                .arg(width)
                .arg(height)
                .arg(m_maxSide),
            {{QStringLiteral("limit"), QStringLiteral("raster_side")}, {QStringLiteral("max"), m_maxSide}}};
    if (bitsPerPixel != 8 && bitsPerPixel != 24)
        return Error{
            QStringLiteral("bad-document"),
            QCoreApplication::translate("pv::convert", "unsupported raster depth %1").arg(bitsPerPixel)};
    // Written so that NaN, which a header's floats can hold (found by fuzz_convert), fails too.
    const auto inRange = [](qreal side) {
        return side >= 36 && side <= 14400;
    };
    if (!inRange(pagePt.width()) || !inRange(pagePt.height()))
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the raster page dimensions are not valid")};

    if (!m_writer) {
        m_writer = std::make_unique<QPdfWriter>(m_out);
        m_writer->setCreator(QStringLiteral("PrintVault"));
        m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    }
    // Device units = raster pixels, so each band lands exactly where its rows belong.
    m_writer->setResolution(qMax(1, qRound(width / (pagePt.width() / 72.0))));
    m_writer->setPageSize(QPageSize(pagePt, QPageSize::Point, QString(), QPageSize::ExactMatch));
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("pv::convert", "cannot start the PDF")};
    } else if (!m_writer->newPage()) {
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::convert", "cannot start a new PDF page")};
    }
    m_width = width;
    m_height = height;
    m_bytesPerLine = width * bitsPerPixel / 8;
    m_band = QImage(width, qMin(BandRows, height),
                    bitsPerPixel == 8 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    m_bandTop = m_bandRows = m_rowsWritten = 0;
    return {};
}

Status RasterPdfWriter::writeLine(const unsigned char *line)
{
    if (m_rowsWritten >= m_height)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert",
                                                 "the raster page has more lines than its header says")};
    std::memcpy(m_band.scanLine(m_bandRows), line, size_t(m_bytesPerLine));
    ++m_bandRows;
    ++m_rowsWritten;
    if (m_bandRows == m_band.height())
        return flushBand();
    return {};
}

Status RasterPdfWriter::flushBand()
{
    if (m_bandRows == 0)
        return {};
    const double scale = double(m_writer->width()) / m_width;
    m_painter->drawImage(QRectF(0, m_bandTop * scale, m_width * scale, m_bandRows * scale), m_band,
                         QRectF(0, 0, m_width, m_bandRows));
    m_bandTop += m_bandRows;
    m_bandRows = 0;
    return {};
}

Status RasterPdfWriter::endPage()
{
    if (m_rowsWritten < m_height)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the raster page ended after %1 of %2 lines")
                         .arg(m_rowsWritten)
                         .arg(m_height)};
    if (auto s = flushBand(); !s)
        return s;
    ++m_pages;
    return {};
}

Status RasterPdfWriter::finish()
{
    if (!m_painter || m_pages == 0)
        return Error{QStringLiteral("bad-document"),
                     QCoreApplication::translate("pv::convert", "the raster document has no complete page")};
    m_painter->end();
    return {};
}

} // namespace pv
