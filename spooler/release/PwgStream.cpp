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

} // namespace

const uchar *PwgRunReader::take(qsizetype size)
{
    QByteArray &into = m_kept ? *m_kept : m_scratch;
    const qsizetype at = m_kept ? m_kept->size() : 0;
    into.resize(at + size);
    return m_read(into.data() + at, size) ? reinterpret_cast<const uchar *>(into.constData() + at) : nullptr;
}

bool walkPwgLine(PwgRunReader &in, const PwgPage &page, uchar *line)
{
    const unsigned bpp = page.bitsPerPixel / 8;
    for (unsigned x = 0; x < page.width;) {
        const uchar *taken = in.take(1);
        if (!taken)
            return false;
        const unsigned code = *taken;
        if (code == 128) { // white to the end of the line
            if (line)
                memset(line + x * bpp, 0xff, size_t((page.width - x) * bpp));
            return true;
        }
        const unsigned run = code < 128 ? code + 1 : 257 - code;
        if (x + run > page.width)
            return false;
        const uchar *pixels = in.take(qsizetype(code < 128 ? 1 : run) * bpp);
        if (!pixels)
            return false;
        if (line && code > 128)
            memcpy(line + x * bpp, pixels, size_t(run * bpp));
        for (unsigned i = 0; line && code < 128 && i < run; ++i) // one pixel, repeated
            memcpy(line + (x + i) * bpp, pixels, bpp);
        x += run;
    }
    return true;
}

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
    PwgRunReader in(read, out);
    for (unsigned lines = 0; lines < page.height;) {
        const uchar *repeat = in.take(1);
        if (!repeat)
            return false;
        const unsigned copies = *repeat + 1u;
        if (lines + copies > page.height || !walkPwgLine(in, page, nullptr))
            return false;
        lines += copies;
    }
    return true;
}

PwgLineDecoder::PwgLineDecoder(ReadBytes read, const PwgPage &page)
    : m_in(std::move(read))
    , m_page(page)
    , m_line(qsizetype(page.bytesPerLine), Qt::Uninitialized)
{}

bool PwgLineDecoder::next(uchar *out)
{
    if (m_repeats > 0) {
        --m_repeats;
    } else {
        const uchar *repeat = m_lines < m_page.height ? m_in.take(1) : nullptr;
        if (!repeat)
            return false;
        m_repeats = *repeat;
        if (m_lines + m_repeats + 1 > m_page.height ||
            !walkPwgLine(m_in, m_page, reinterpret_cast<uchar *>(m_line.data())))
            return false;
        m_lines += m_repeats + 1;
    }
    memcpy(out, m_line.constData(), size_t(m_line.size()));
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
