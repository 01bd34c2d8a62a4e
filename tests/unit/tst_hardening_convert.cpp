// Converters fed what fuzz_convert found: a raster page whose size is NaN (undefined
// behaviour in qRound, reported by UBSan) and text documents of many lines, which read a fresh
// MiB for every line (a 14 KB document took 0.6 s, 11 s in a long fuzz run).
#include "convert/ConverterRegistry.h"

#include <QBuffer>
#include <QtTest>

#include <cups/raster.h>

#include <cmath>
#include <cstring>

using namespace pv;

namespace {

ssize_t appendTo(void *context, unsigned char *buffer, size_t size)
{
    static_cast<QByteArray *>(context)->append(reinterpret_cast<const char *>(buffer), qsizetype(size));
    return ssize_t(size);
}

// One 8-bit grey CUPS raster page of 16x16 pixels, written by libcups, with the given page size
// (CUPS raster carries it as floats, which PWG raster does not).
QByteArray pwgPage(float widthPt, float heightPt)
{
    QByteArray out;
    cups_raster_t *raster = cupsRasterOpenIO(appendTo, &out, CUPS_RASTER_WRITE_COMPRESSED);
    cups_page_header2_t h;
    std::memset(&h, 0, sizeof h);
    h.HWResolution[0] = h.HWResolution[1] = 72;
    h.PageSize[0] = h.PageSize[1] = 72;
    h.cupsWidth = h.cupsHeight = 16;
    h.cupsBitsPerColor = 8;
    h.cupsBitsPerPixel = 8;
    h.cupsBytesPerLine = 16;
    h.cupsColorOrder = CUPS_ORDER_CHUNKED;
    h.cupsColorSpace = CUPS_CSPACE_SW;
    h.cupsNumColors = 1;
    h.cupsPageSize[0] = widthPt;
    h.cupsPageSize[1] = heightPt;
    h.NumCopies = 1;
    if (!cupsRasterWriteHeader2(raster, &h))
        return QByteArray();
    unsigned char line[16];
    for (int y = 0; y < 16; ++y) {
        std::memset(line, y * 16, sizeof line);
        cupsRasterWritePixels(raster, line, sizeof line);
    }
    cupsRasterClose(raster);
    return out;
}

Status runConverter(Status (*converter)(QIODevice &, QIODevice &, const ConvertOptions &), QByteArray input,
                    QByteArray *pdf)
{
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QBuffer out(pdf);
    out.open(QIODevice::WriteOnly);
    ConvertOptions options;
    options.maxPages = 50;
    options.maxRasterSide = 2000;
    return converter(in, out, options);
}

// One row of text as the content stream draws it.
QByteArray row(const QByteArray &text)
{
    return QByteArray("(") + text + QByteArray(") Tj");
}

} // namespace

class TestHardeningConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rasterPageSize_data()
    {
        QTest::addColumn<float>("side");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a small page") << 72.0f << true;
        QTest::newRow("nan") << std::nanf("") << false;
        QTest::newRow("infinite") << INFINITY << false;
        QTest::newRow("negative") << -72.0f << false;
    }
    void rasterPageSize()
    {
        QFETCH(float, side);
        QFETCH(bool, accepted);
        const QByteArray raster = pwgPage(side, side);
        QVERIFY(raster.startsWith("RaS2") || raster.startsWith("2SaR"));
        QByteArray pdf;
        const Status s = runConverter(convert::rasterToPdf, raster, &pdf);
        QVERIFY2(bool(s) == accepted, qPrintable(s.message()));
        if (accepted)
            QVERIFY(pdf.startsWith("%PDF-"));
        else
            QCOMPARE(s.error().code, QStringLiteral("bad-document"));
    }

    // Every line and every wrapped piece of one lands on its page, as the one-buffer reading
    // takes them: 64 rows a page on A4, 87 columns a row.
    void textLines()
    {
        QByteArray text;
        for (int i = 1; i <= 130; ++i)
            text += "line " + QByteArray::number(i) + "\r\n";
        text += QByteArray(100, 'w') + "\n"; // two rows
        text += "last";                      // no newline at the end
        QByteArray pdf;
        const Status s = runConverter(convert::textToPdf, text, &pdf);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(pdf.contains("/Count 3 "));
        QVERIFY(pdf.contains("(line 1) Tj"));
        QVERIFY(pdf.contains("(line 130) Tj"));
        QVERIFY(pdf.contains(row(QByteArray(87, 'w'))));
        QVERIFY(pdf.contains(row(QByteArray(13, 'w'))));
        QVERIFY(pdf.contains("(last) Tj"));
        QVERIFY(!pdf.contains("\r"));
    }

    // A line longer than the line buffer (1 MiB) goes on in the next piece, nothing lost.
    void textLongerThanTheBuffer()
    {
        const QByteArray text = QByteArray((1 << 20) + 87, 'x') + "\nend\n";
        QByteArray pdf;
        ConvertOptions options;
        QBuffer in(const_cast<QByteArray *>(&text));
        in.open(QIODevice::ReadOnly);
        QBuffer out(&pdf);
        out.open(QIODevice::WriteOnly);
        const Status s = convert::textToPdf(in, out, options);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(pdf.count(row(QByteArray(87, 'x'))), ((1 << 20) + 87) / 87);
        QVERIFY(pdf.contains("(end) Tj"));
    }
};

QTEST_GUILESS_MAIN(TestHardeningConvert)
#include "tst_hardening_convert.moc"
