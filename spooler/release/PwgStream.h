#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cups/raster.h>

#include <functional>
#include <optional>
#include <utility>

// Reading a PWG raster stream (PWG 5102.4) that another program wrote (Ghostscript's pwgraster
// device, in the render worker), page by page, without decoding it: its pages go on to the
// printer as they were compressed, under PrintVault's own page headers.
namespace pv::release {

// `size` bytes of the stream, or false when it ended first.
using ReadBytes = std::function<bool(char *data, qint64 size)>;

// What a page header says of the page's pixels.
struct PwgPage
{
    unsigned width = 0;
    unsigned height = 0;
    unsigned bitsPerColor = 0;
    unsigned bitsPerPixel = 0;
    unsigned bytesPerLine = 0;
    unsigned colorSpace = 0; // cups_cspace_t: 18 sGray, 19 sRGB
};

constexpr qsizetype PwgHeaderBytes = 1796;

// The stream's sync word, "RaS2".
[[nodiscard]] bool readPwgSync(const ReadBytes &read);

// A page header; nullopt when the stream ended or the header is not of whole-byte pixels.
[[nodiscard]] std::optional<PwgPage> readPwgHeader(const ReadBytes &read);

// Appends the page's compressed lines to `out` as they are, walking them with the format's
// rules (a line-repeat byte, then runs of repeated or literal pixels, or 128 for "white to the
// end of the line") so that exactly the page's bytes are taken; false when the stream ends
// first or a run reaches past a line or a repeat past the page.
[[nodiscard]] bool copyPwgPage(const ReadBytes &read, const PwgPage &page, QByteArray *out);

// Where walking a page takes its bytes from: appended to `kept` as they are (a page passed
// on), or read into a buffer of its own (a page decoded). A pointer taken is valid until the
// next take.
class PwgRunReader
{
public:
    explicit PwgRunReader(ReadBytes read, QByteArray *kept = nullptr)
        : m_read(std::move(read))
        , m_kept(kept)
    {}
    const uchar *take(qsizetype size); // nullptr when the stream ends first

private:
    ReadBytes m_read;
    QByteArray *m_kept;
    QByteArray m_scratch;
};

// One line's pixel runs, after its line-repeat byte, by the format's rules (a run of one pixel
// repeated, or of literal ones, or 128 for "white to the end of the line", 0xff: white in
// sGray and sRGB), written to `line` unless it is null; false when the stream ends first or a
// run reaches past the line. Passing a page on and decoding one walk it alike.
[[nodiscard]] bool walkPwgLine(PwgRunReader &in, const PwgPage &page, uchar *line);

// A page's lines decoded, one at a time (bytesPerLine bytes each; "white to the end of the
// line" is 0xff, white in sGray and sRGB): for a page whose pixels must change on the way.
class PwgLineDecoder
{
public:
    PwgLineDecoder(ReadBytes read, const PwgPage &page);
    // The next line, into `out`; false when the stream ends first, a run reaches past the
    // line, or a repeat past the page.
    [[nodiscard]] bool next(uchar *out);

private:
    PwgRunReader m_in;
    PwgPage m_page;
    QByteArray m_line;
    unsigned m_repeats = 0; // more copies of m_line to come
    unsigned m_lines = 0;   // lines of the page read so far, repeats included
};

// What libcups writes for `header` in a stream of `mode` (PWG raster or Apple raster): the
// stream's start ("RaS2"; or "UNIRAST", a NUL and the page count), and the page header (1796
// or 32 bytes). Both formats compress a page's lines alike, so a page Ghostscript compressed
// for PWG goes into either under its header.
struct RasterHeaderBytes
{
    QByteArray start;
    QByteArray page;
};
RasterHeaderBytes rasterHeaderBytes(cups_page_header2_t header, cups_mode_t mode);

} // namespace pv::release
