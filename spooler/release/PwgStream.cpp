#include "release/PwgStream.h"

#include "release/RasterHeaders.h"

#include <QtEndian>

#include <cstring>
#include <memory>
#include <utility>

namespace pv::release {

namespace {

unsigned field(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// Reads `size` bytes of the stream onto the end of `out`.
bool take(const ReadBytes &read, qsizetype size, QByteArray *out)
{
    const qsizetype at = out->size();
    out->resize(at + size);
    return read(out->data() + at, size);
}

// One line's pixel runs; false when a run reaches past the line or the stream ends.
bool copyLine(const ReadBytes &read, const PwgPage &page, unsigned bytesPerPixel, QByteArray *out)
{
    unsigned pixels = 0;
    while (pixels < page.width) {
        if (!take(read, 1, out))
            return false;
        const unsigned code = uchar(out->back());
        if (code == 128) // the rest of the line is white
            return true;
        const unsigned run = code < 128 ? code + 1 : 257 - code;
        if (pixels + run > page.width)
            return false;
        pixels += run;
        if (!take(read, qsizetype(code < 128 ? 1 : run) * bytesPerPixel, out))
            return false;
    }
    return true;
}

} // namespace

bool readPwgSync(const ReadBytes &read)
{
    char sync[4];
    return read(sync, 4) && QByteArray(sync, 4) == "RaS2";
}

std::optional<PwgPage> readPwgHeader(const ReadBytes &read)
{
    QByteArray header(PwgHeaderBytes, Qt::Uninitialized);
    if (!read(header.data(), header.size()))
        return std::nullopt;
    PwgPage page;
    page.width = field(header, 372);
    page.height = field(header, 376);
    page.bitsPerColor = field(header, 384);
    page.bitsPerPixel = field(header, 388);
    page.bytesPerLine = field(header, 392);
    page.colorSpace = field(header, 400);
    if (page.bitsPerPixel == 0 || page.bitsPerPixel % 8 != 0 ||
        page.bytesPerLine != page.width * (page.bitsPerPixel / 8))
        return std::nullopt;
    return page;
}

bool copyPwgPage(const ReadBytes &read, const PwgPage &page, QByteArray *out)
{
    const unsigned bytesPerPixel = page.bitsPerPixel / 8;
    for (unsigned lines = 0; lines < page.height;) {
        if (!take(read, 1, out))
            return false;
        const unsigned repeat = uchar(out->back()) + 1u;
        if (lines + repeat > page.height || !copyLine(read, page, bytesPerPixel, out))
            return false;
        lines += repeat;
    }
    return true;
}

PwgLineDecoder::PwgLineDecoder(ReadBytes read, const PwgPage &page)
    : m_read(std::move(read))
    , m_page(page)
    , m_line(qsizetype(page.bytesPerLine), Qt::Uninitialized)
{}

bool PwgLineDecoder::next(uchar *out)
{
    if (m_repeats > 0) {
        --m_repeats;
    } else {
        char repeat = 0;
        if (m_lines >= m_page.height || !m_read(&repeat, 1))
            return false;
        m_repeats = uchar(repeat);
        if (m_lines + m_repeats + 1 > m_page.height || !decodeLine())
            return false;
        m_lines += m_repeats + 1;
    }
    memcpy(out, m_line.constData(), size_t(m_line.size()));
    return true;
}

bool PwgLineDecoder::decodeLine()
{
    const unsigned bpp = m_page.bitsPerPixel / 8;
    auto *line = reinterpret_cast<uchar *>(m_line.data());
    for (unsigned x = 0; x < m_page.width;) {
        char code = 0;
        if (!m_read(&code, 1))
            return false;
        const unsigned c = uchar(code);
        if (c == 128) { // white to the end of the line
            memset(line + x * bpp, 0xff, size_t((m_page.width - x) * bpp));
            return true;
        }
        const unsigned run = c < 128 ? c + 1 : 257 - c;
        if (x + run > m_page.width)
            return false;
        uchar *at = line + x * bpp;
        if (c < 128) {
            if (!m_read(reinterpret_cast<char *>(at), bpp))
                return false;
            for (unsigned i = 1; i < run; ++i)
                memcpy(at + i * bpp, at, bpp);
        } else if (!m_read(reinterpret_cast<char *>(at), qint64(run) * bpp)) {
            return false;
        }
        x += run;
    }
    return true;
}

RasterHeaderBytes rasterHeaderBytes(cups_page_header2_t header, cups_mode_t mode)
{
    QByteArray bytes;
    std::unique_ptr<cups_raster_t, RasterCloser> raster(cupsRasterOpenIO(appendToBytes, &bytes, mode));
    if (!raster || !cupsRasterWriteHeader2(raster.get(), &header))
        return {};
    raster.reset();
    const qsizetype start = mode == CUPS_RASTER_WRITE_APPLE ? 12 : 4;
    return {bytes.left(start), bytes.mid(start)};
}

} // namespace pv::release
