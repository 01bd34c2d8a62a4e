#pragma once

#include "common/Result.h"

#include <QImage>
#include <QSizeF>

#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace pv {

// Turns raster pages (8-bit grey or 24-bit RGB lines, as RasterToPdf decodes PWG and Apple raster)
// into PDF pages of the raster's own size. Lines are gathered into bands of a few hundred rows,
// each drawn as one image, so memory stays bounded whatever the page size. One thread.
class RasterPdfWriter
{
public:
    // maxSide: the largest width or height of a page in pixels (policy), 0: the built-in bound.
    explicit RasterPdfWriter(QIODevice *out, int maxSide = 0);
    ~RasterPdfWriter();

    [[nodiscard]] Status beginPage(QSizeF pagePt, int width, int height, int bitsPerPixel);
    [[nodiscard]] Status writeLine(const unsigned char *line);
    [[nodiscard]] Status endPage();
    [[nodiscard]] Status finish();

private:
    Status flushBand();

    QIODevice *m_out;
    int m_maxSide;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QImage m_band;
    int m_width = 0, m_height = 0, m_bytesPerLine = 0;
    int m_bandTop = 0, m_bandRows = 0, m_rowsWritten = 0;
    int m_pages = 0;
};

} // namespace pv
