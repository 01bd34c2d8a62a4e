// Poppler-based validation and measurement: page counts, colour measured by rendering,
// and a clear error for each kind of bad document.
#include "convert/PdfInspector.h"
#include "PdfBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pv;

namespace {
Result<DocumentInfo> inspect(const QByteArray &data)
{
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    return PdfInspector().inspect(&buf);
}
} // namespace

class TstPdfInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measuresPagesAndColour_data();
    void measuresPagesAndColour();
    void renderersAgreeWithOne();
    void greyImagesAreMono();
    void thumbnailIsAPng();
    void badDocuments_data();
    void badDocuments();
    void passwordProtectedPdf();
};

void TstPdfInspector::measuresPagesAndColour_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *p : {"M", "C", "MCM", "CCCC", "MMMMMMMMMMMC"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TstPdfInspector::measuresPagesAndColour()
{
    QFETCH(QString, pattern);
    auto info = inspect(test::buildPdf(pattern, QStringLiteral("measure")));
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->pages, pattern.size());
    QCOMPARE(QString::fromLatin1(info->pageColors), pattern);
    QCOMPARE(info->colorPages(), int(pattern.count(QLatin1Char('C'))));
    QCOMPARE(info->firstPageSizePt, QSizeF(595, 842));
}

// Pages spread over three renderers (each reading its own device) measure as on one.
void TstPdfInspector::renderersAgreeWithOne()
{
    const QByteArray pdf = test::buildPdf(QStringLiteral("CMMCMCCMM"), QStringLiteral("spread"));
    std::vector<QIODevice *> devices;
    for (int i = 0; i < 3; ++i) {
        auto *b = new QBuffer(this);
        b->setData(pdf);
        b->open(QIODevice::ReadOnly);
        devices.push_back(b);
    }
    auto spread = PdfInspector().inspect(devices);
    auto one = inspect(pdf);
    QVERIFY(spread && one);
    QCOMPARE(QString::fromLatin1(spread->pageColors), QStringLiteral("CMMCMCCMM"));
    QCOMPARE(spread->pageColors, one->pageColors);
    QCOMPARE(spread->thumbnailPng, one->thumbnailPng);
    QCOMPARE(spread->firstPageSizePt, one->firstPageSizePt);
    // More renderers than pages: the extra ones are not used.
    const QByteArray onePage = test::buildPdf(QStringLiteral("C"), QStringLiteral("one"));
    QBuffer a, b;
    a.setData(onePage);
    b.setData(onePage);
    a.open(QIODevice::ReadOnly);
    b.open(QIODevice::ReadOnly);
    auto small = PdfInspector().inspect(std::vector<QIODevice *>{&a, &b});
    QVERIFY(small);
    QCOMPARE(small->pageColors, QByteArray("C"));
}

void TstPdfInspector::greyImagesAreMono()
{
    // Noise in DeviceGray renders as R = G = B: monochrome, whatever its contrast.
    auto info = inspect(test::buildPdf({test::PdfPage{false, QStringLiteral("grey"), 40000}}));
    QVERIFY(info);
    QCOMPARE(info->pageColors, QByteArray("M"));
}

void TstPdfInspector::thumbnailIsAPng()
{
    auto info = inspect(test::buildPdf(QStringLiteral("C"), QStringLiteral("thumb")));
    QVERIFY(info);
    QImage thumb;
    QVERIFY(thumb.loadFromData(info->thumbnailPng, "PNG"));
    QVERIFY(qMax(thumb.width(), thumb.height()) <= 256);
    QVERIFY(thumb.width() > 50);
}

void TstPdfInspector::badDocuments_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray good = test::buildPdf(QStringLiteral("MM"), QStringLiteral("x"));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("random bytes") << noise << QStringLiteral("not a PDF");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("zero pages") << test::buildPdf(QList<test::PdfPage>{}) << QStringLiteral("no pages");
    QByteArray garbage = "%PDF-1.4\n" + QByteArray(2000, 'x') + "\n%%EOF\n";
    QTest::newRow("header and eof only") << garbage << QStringLiteral("PDF");
}

void TstPdfInspector::badDocuments()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    auto info = inspect(data);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("bad-document"));
    QVERIFY2(info.error().message.contains(expected), qPrintable(info.error().message));
}

void TstPdfInspector::passwordProtectedPdf()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf")), out = dir.filePath(QStringLiteral("out.pdf"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::buildPdf(QStringLiteral("M"), QStringLiteral("secret")));
    f.close();
    QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("userpw"),
                                      QStringLiteral("ownerpw"), QStringLiteral("256"), QStringLiteral("--"),
                                      in, out}),
             0);
    QFile enc(out);
    QVERIFY(enc.open(QIODevice::ReadOnly));
    auto info = inspect(enc.readAll());
    QVERIFY(!info);
    QVERIFY2(info.error().message.contains(QStringLiteral("password")), qPrintable(info.error().message));
}

QTEST_GUILESS_MAIN(TstPdfInspector)
#include "tst_pdfinspector.moc"
