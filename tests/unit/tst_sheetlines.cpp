// Sheet lines for raster output: Poppler's gray and sRGB rows onto sRGB and sGray sheets (and
// Ghostscript's sRGB rows made gray), margins,
// clipping and back-side transforms, against a plain per-pixel reference; and the raster
// format chosen from what a printer lists.
#include "release/PwgStream.h"
#include "release/RasterOutput.h"
#include "release/SheetLines.h"

#include <QRandomGenerator>

#include <cstring>
#include <QtTest>

using namespace pv::release;

namespace {

// A page as Poppler draws it: `width` x `height` pixels of random bytes, 1 or 3 a pixel.
QByteArray noise(int width, int height, int channels)
{
    QByteArray pixels(width * height * channels, '\0');
    QRandomGenerator rng(7);
    for (char &c : pixels)
        c = char(rng.bounded(256));
    return pixels;
}

// The sheet's pixel (x, y), worked out the slow way.
QByteArray expected(const SheetPage &p, const QByteArray &pixels, int x, int y, int width, int height)
{
    const int sx = (p.flipX ? width - 1 - x : x) - p.left;
    const int sy = (p.flipY ? height - 1 - y : y) - p.top;
    if (sx < 0 || sy < 0 || sx >= p.width || sy >= p.height)
        return QByteArray(p.bpp, char(0xff));
    const int channels = p.drawnGray ? 1 : 3;
    const QByteArray drawn = pixels.mid((sy * p.width + sx) * channels, channels);
    if (p.toGray) { // an sRGB page printed without colour: Rec. 601 luma, rounded
        const auto *c = reinterpret_cast<const uchar *>(drawn.constData());
        const double luma = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
        return QByteArray(p.bpp, char(int(luma + 0.5)));
    }
    if (p.bpp == 3 && p.drawnGray) // a page printed without colour on an sRGB sheet
        return QByteArray(3, drawn.at(0));
    return drawn;
}

ssize_t appendBytes(void *ctx, unsigned char *buffer, size_t length)
{
    static_cast<QByteArray *>(ctx)->append(reinterpret_cast<const char *>(buffer), qsizetype(length));
    return ssize_t(length);
}

// Reads from `bytes`, as a Ghostscript's stdout is read.
ReadBytes readerOf(const QByteArray &bytes, qsizetype *at)
{
    return [&bytes, at](char *data, qint64 size) {
        if (*at + size > bytes.size())
            return false;
        memcpy(data, bytes.constData() + *at, size_t(size));
        *at += size;
        return true;
    };
}

} // namespace

class TstSheetLines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesMatchTheReference_data();
    void linesMatchTheReference();
    void whiteStaysWhite();
    void backSidesFollowLibcupsRules();
    void rasterFormatKeepsToWhatThePrinterTakes();
    void printerChosenResolutionsAndSizesAreCapped();
    void pwgPagesAreCopiedWhole();
};

void TstSheetLines::linesMatchTheReference_data()
{
    QTest::addColumn<int>("bpp");
    QTest::addColumn<int>("imageWidth"); // odd sizes: whole 32-pixel chunks and a tail
    QTest::addColumn<int>("sheetWidth");
    QTest::addColumn<int>("left");
    QTest::addColumn<bool>("flipX");
    QTest::addColumn<bool>("flipY");
    QTest::addColumn<bool>("gray");
    QTest::addColumn<bool>("toGray");
    const QByteArray spaces[] = {"rgb", "gray", "gray on rgb", "rgb printed gray", "rgb printed gray on rgb"};
    for (int variant = 0; variant < 5; ++variant) {
        const int bpp = variant == 1 || variant == 3 ? 1 : 3;
        const bool gray = variant == 1 || variant == 2;
        const bool toGray = variant >= 3;
        const QByteArray &space = spaces[variant];
        QTest::newRow(QByteArray(space + " full width").constData())
            << bpp << 77 << 77 << 0 << false << false << gray << toGray;
        QTest::newRow(QByteArray(space + " margins").constData())
            << bpp << 37 << 45 << 4 << false << false << gray << toGray;
        QTest::newRow(QByteArray(space + " a pixel too wide").constData())
            << bpp << 71 << 70 << 0 << false << false << gray << toGray;
        QTest::newRow(QByteArray(space + " under a chunk").constData())
            << bpp << 5 << 9 << 2 << false << false << gray << toGray;
        QTest::newRow(QByteArray(space + " rotated").constData())
            << bpp << 37 << 45 << 3 << true << true << gray << toGray;
        QTest::newRow(QByteArray(space + " flipped").constData())
            << bpp << 37 << 45 << 3 << false << true << gray << toGray;
        QTest::newRow(QByteArray(space + " mirrored").constData())
            << bpp << 66 << 69 << 1 << true << false << gray << toGray;
    }
}

void TstSheetLines::linesMatchTheReference()
{
    QFETCH(int, bpp);
    QFETCH(int, imageWidth);
    QFETCH(int, sheetWidth);
    QFETCH(int, left);
    QFETCH(bool, flipX);
    QFETCH(bool, flipY);
    QFETCH(bool, gray);
    QFETCH(bool, toGray);
    const int sheetHeight = 12;
    const SheetPage page{imageWidth, 9, gray, bpp, left, 2, flipX, flipY, toGray};
    const QByteArray pixels = noise(imageWidth, 9, gray ? 1 : 3);
    QByteArray line(sheetWidth * bpp, '\0');
    for (int y = 0; y < sheetHeight; ++y) {
        const int row = pageRow(page, y, sheetHeight);
        const auto *drawn =
            reinterpret_cast<const uchar *>(pixels.constData()) + row * imageWidth * (gray ? 1 : 3);
        sheetLine(page, row >= 0 ? drawn : nullptr, sheetWidth, reinterpret_cast<uchar *>(line.data()));
        for (int x = 0; x < sheetWidth; ++x)
            QCOMPARE(line.mid(x * bpp, bpp), expected(page, pixels, x, y, sheetWidth, sheetHeight));
    }
}

void TstSheetLines::whiteStaysWhite()
{
    const QByteArray white(40, char(0xff));
    QByteArray line(3 * 40, '\0');
    const SheetPage page{40, 1, true, 3, 0, 0, false, false};
    sheetLine(page, reinterpret_cast<const uchar *>(white.constData()), 40,
              reinterpret_cast<uchar *>(line.data()));
    QCOMPARE(line, QByteArray(3 * 40, char(0xff)));
    sheetLine(page, nullptr, 40, reinterpret_cast<uchar *>(line.data())); // a margin line
    QCOMPARE(line, QByteArray(3 * 40, char(0xff)));
}

void TstSheetLines::backSidesFollowLibcupsRules()
{
    // As cupsRasterInitPWGHeader sets CrossFeedTransform (x) and FeedTransform (y).
    const auto is = [](BackSide b, bool x, bool y) {
        return b.flipX == x && b.flipY == y;
    };
    QVERIFY(is(backSide(QStringLiteral("normal"), false), false, false));
    QVERIFY(is(backSide(QStringLiteral("normal"), true), false, false));
    QVERIFY(is(backSide(QStringLiteral("flipped"), false), false, true));
    QVERIFY(is(backSide(QStringLiteral("flipped"), true), true, false));
    QVERIFY(is(backSide(QStringLiteral("rotated"), false), true, true));
    QVERIFY(is(backSide(QStringLiteral("rotated"), true), false, false));
    QVERIFY(is(backSide(QStringLiteral("manual-tumble"), false), false, false));
    QVERIFY(is(backSide(QStringLiteral("manual-tumble"), true), true, true));
}

void TstSheetLines::rasterFormatKeepsToWhatThePrinterTakes()
{
    PrinterCapabilities caps;
    caps.formats = {QStringLiteral("image/pwg-raster")};
    caps.pwgResolutions = {300};
    caps.pwgTypes = {QStringLiteral("srgb_8"), QStringLiteral("sgray_8")};
    auto f = chooseRaster(caps, true, QStringLiteral("one-sided"));
    QVERIFY(f && !f->color && f->grayOffered); // mono: sGray pages
    f = chooseRaster(caps, false, QStringLiteral("one-sided"));
    QVERIFY(f && f->color && f->grayOffered); // colour; mono pages of it may still go as sGray
    // An sRGB-only printer never gets sGray, even for a mono job: gray is drawn in sRGB.
    caps.pwgTypes = {QStringLiteral("srgb_8")};
    f = chooseRaster(caps, true, QStringLiteral("one-sided"));
    QVERIFY(f && f->color && !f->grayOffered);
    caps.formats = {QStringLiteral("image/urf")};
    caps.urf = {QStringLiteral("RS300"), QStringLiteral("SRGB24")};
    f = chooseRaster(caps, true, QStringLiteral("one-sided"));
    QVERIFY(f && f->color && !f->grayOffered);
    caps.urf = {QStringLiteral("RS300"), QStringLiteral("W8")};
    f = chooseRaster(caps, false, QStringLiteral("one-sided"));
    QVERIFY(f && !f->color); // a gray-only printer prints everything gray
}

// What a printer advertises about resolution and media is capped: a hostile one cannot make a
// worker draw at 9600 dpi or on a page metres long.
void TstSheetLines::printerChosenResolutionsAndSizesAreCapped()
{
    PrinterCapabilities caps;
    caps.formats = {QStringLiteral("image/pwg-raster")};
    caps.pwgTypes = {QStringLiteral("srgb_8")};
    // Nearest to 300 would be 9600 here, but it is above the cap: 600 is taken.
    caps.pwgResolutions = {9600, 600};
    auto f = chooseRaster(caps, false, QStringLiteral("one-sided"));
    QVERIFY(f);
    QCOMPARE(f->dpi, 600);
    caps.pwgResolutions = {1, 9600};
    f = chooseRaster(caps, false, QStringLiteral("one-sided"));
    QVERIFY(!f);
    QCOMPARE(f.error().code, QStringLiteral("unsupported-printer"));
    QCOMPARE(f.error().details.value(QStringLiteral("max_dpi")).toInt(), MaxRasterDpi);
    QVERIFY(f.error().message.contains(QLatin1String("9600")));
    caps.pwgResolutions = {INT_MAX, -300, 0};
    QVERIFY(!chooseRaster(caps, false, QStringLiteral("one-sided")));
    // URF's "RS" list likewise.
    caps.formats = {QStringLiteral("image/urf")};
    caps.urf = {QStringLiteral("RS2400-4800"), QStringLiteral("SRGB24")};
    QCOMPARE(chooseRaster(caps, false, QStringLiteral("one-sided")).error().code,
             QStringLiteral("unsupported-printer"));
    caps.urf = {QStringLiteral("RS300-4800"), QStringLiteral("SRGB24")};
    QCOMPARE(chooseRaster(caps, false, QStringLiteral("one-sided"))->dpi, 300);

    // Media: a custom 5 m page, or one a little wider than the cap, is replaced by A4; real
    // sheets up to the cap are kept.
    caps.formats = {QStringLiteral("image/pwg-raster")};
    caps.pwgResolutions = {300};
    const QString a4 = QStringLiteral("iso_a4_210x297mm");
    for (const char *huge : {"custom_huge_5000x5000mm", "custom_wide_611x100mm", "custom_long_100x100000in",
                             "roll_max_36x1181in"}) {
        caps.defaultMedia = QLatin1String(huge);
        QCOMPARE(chooseRaster(caps, false, QStringLiteral("one-sided"))->media, a4);
    }
    for (const char *fine :
         {"iso_a3_297x420mm", "na_ledger_11x17in", "iso_a5_148x210mm", "custom_edge_610x610mm"}) {
        caps.defaultMedia = QLatin1String(fine);
        QCOMPARE(chooseRaster(caps, false, QStringLiteral("one-sided"))->media, QLatin1String(fine));
    }
}

// A PWG stream libcups encodes (runs of repeated and literal pixels, repeated lines, white to
// the end of a line) is walked page by page: exactly each page's bytes are taken, decoded they
// are the lines written, and a stream cut short or a run past its line is refused.
void TstSheetLines::pwgPagesAreCopiedWhole()
{
    pwg_media_t *a6 = pwgMediaForPWG("iso_a6_105x148mm");
    QVERIFY(a6);
    cups_page_header2_t h;
    QVERIFY(cupsRasterInitPWGHeader(&h, a6, "srgb_8", 72, 72, "one-sided", "normal"));
    QByteArray stream;
    cups_raster_t *raster = cupsRasterOpenIO(appendBytes, &stream, CUPS_RASTER_WRITE_PWG);
    QVERIFY(raster);
    qsizetype pageStarts[2] = {};
    QList<QByteArray> written[2];
    for (int p = 0; p < 2; ++p) {
        QVERIFY(cupsRasterWriteHeader2(raster, &h));
        pageStarts[p] = stream.size();
        const QByteArray pixels = noise(int(h.cupsWidth), int(h.cupsHeight), 3);
        for (unsigned y = 0; y < h.cupsHeight; ++y) {
            QByteArray line = pixels.mid(qsizetype(y) * h.cupsBytesPerLine, h.cupsBytesPerLine);
            if (y % 7 == 0)
                line.fill(char(0xff)); // white: one code for the line
            if (y % 5 == 0 && y > 0)
                line = pixels.mid(qsizetype(y - 1) * h.cupsBytesPerLine, h.cupsBytesPerLine); // repeats
            if (y % 3 == 0)
                memset(line.data(), 40, 90); // a run of repeated pixels
            QCOMPARE(
                cupsRasterWritePixels(raster, reinterpret_cast<uchar *>(line.data()), h.cupsBytesPerLine),
                h.cupsBytesPerLine);
            written[p].append(line);
        }
    }
    cupsRasterClose(raster);

    qsizetype at = 0;
    const ReadBytes read = readerOf(stream, &at);
    QVERIFY(readPwgSync(read));
    QByteArray copied;
    for (int p = 0; p < 2; ++p) {
        const auto page = readPwgHeader(read);
        QVERIFY(page);
        QCOMPARE(page->width, h.cupsWidth);
        QCOMPARE(page->height, h.cupsHeight);
        QCOMPARE(page->bitsPerPixel, 24u);
        QCOMPARE(page->colorSpace, unsigned(CUPS_CSPACE_SRGB));
        QCOMPARE(rasterHeaderBytes(h, CUPS_RASTER_WRITE_PWG).page,
                 stream.mid(pageStarts[p] - PwgHeaderBytes, PwgHeaderBytes));
        copied.clear();
        QVERIFY(copyPwgPage(read, *page, &copied));
        const qsizetype end = p == 0 ? pageStarts[1] - PwgHeaderBytes : stream.size();
        QCOMPARE(copied, stream.mid(pageStarts[p], end - pageStarts[p]));
    }
    QCOMPARE(at, stream.size());

    // Decoded, the same pages' lines are the lines written, and nothing more is read.
    at = 0;
    QVERIFY(readPwgSync(read));
    for (int p = 0; p < 2; ++p) {
        const auto page = readPwgHeader(read);
        QVERIFY(page);
        PwgLineDecoder decoder(read, *page);
        QByteArray line(qsizetype(page->bytesPerLine), '\0');
        for (unsigned y = 0; y < page->height; ++y) {
            QVERIFY(decoder.next(reinterpret_cast<uchar *>(line.data())));
            QCOMPARE(line, written[p].at(qsizetype(y)));
        }
        QVERIFY(!decoder.next(reinterpret_cast<uchar *>(line.data()))); // the page has no more lines
    }
    QCOMPARE(at, stream.size());

    // Cut short: the second page's last byte is missing.
    const QByteArray cut = stream.left(stream.size() - 1);
    at = 0;
    const ReadBytes readCut = readerOf(cut, &at);
    QVERIFY(readPwgSync(readCut));
    for (int p = 0; p < 2; ++p) {
        const auto page = readPwgHeader(readCut);
        QVERIFY(page);
        copied.clear();
        QCOMPARE(copyPwgPage(readCut, *page, &copied), p == 0);
    }
    // A literal run longer than the line: its code says 128 pixels at the line's last pixel.
    QByteArray bad = stream.left(pageStarts[0]);
    bad += char(0);    // one line
    bad += char(0x7f); // 128 repeated pixels...
    bad += QByteArray(3, 'x');
    bad += char(257 - 128); // ...then 128 literal ones: past a 298-pixel line
    bad += QByteArray(3 * 128, 'y');
    bad += char(257 - 128);
    bad += QByteArray(3 * 128, 'z');
    at = 0;
    const ReadBytes readBad = readerOf(bad, &at);
    QVERIFY(readPwgSync(readBad));
    const auto page = readPwgHeader(readBad);
    QVERIFY(page);
    copied.clear();
    QVERIFY(!copyPwgPage(readBad, *page, &copied));
}

QTEST_APPLESS_MAIN(TstSheetLines)
#include "tst_sheetlines.moc"
