#include "PdfBuilder.h"

#include <QRandomGenerator>

#include <cmath>

namespace pv::test {

QByteArray buildPdf(const QList<PdfPage> &pages, const QByteArray &headerComment)
{
    QList<QByteArray> objects; // object n is objects[n-1]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append(QByteArray()); // page tree, filled in below
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    QList<QByteArray> kids;
    for (const PdfPage &p : pages) {
        const int pageId = int(objects.size()) + 1;
        const int contentId = pageId + 1;
        const int imageId = pageId + 2;
        kids.append(QByteArray::number(pageId) + " 0 R");
        QByteArray resources = "/Font << /F1 3 0 R >>";
        if (p.imageBytes > 0)
            resources += " /XObject << /Im1 " + QByteArray::number(imageId) + " 0 R >>";
        const QByteArray rotate = p.rotate ? " /Rotate " + QByteArray::number(p.rotate) : QByteArray();
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]" + rotate + " /Resources << " +
                       resources + " >> /Contents " + QByteArray::number(contentId) + " 0 R >>");
        QByteArray content = p.colour ? "1 0 0 rg 100 600 200 100 re f\n" : "0.4 g 100 600 200 100 re f\n";
        QByteArray escaped = p.text.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += "0 g BT /F1 18 Tf 72 760 Td (" + escaped + ") Tj ET\n";
        if (p.imageBytes > 0)
            content += "q 400 0 0 400 97 100 cm /Im1 Do Q\n";
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                       "\nendstream");
        if (p.imageBytes > 0) {
            const int side = qMax(1, int(std::sqrt(double(p.imageBytes))));
            QByteArray pixels(side * side, Qt::Uninitialized);
            QRandomGenerator rng{quint32(pageId)};
            for (int i = 0; i < pixels.size(); ++i)
                pixels[i] = char(rng.bounded(256));
            objects.append("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(side) +
                           " /Height " + QByteArray::number(side) +
                           " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " +
                           QByteArray::number(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
        } else {
            objects.append("<< >>"); // keeps object numbering regular
        }
    }
    objects[1] =
        "<< /Type /Pages /Kids [" + kids.join(' ') + "] /Count " + QByteArray::number(pages.size()) + " >>";

    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + headerComment;
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray buildPdf(const QString &colourPattern, const QString &marker)
{
    QList<PdfPage> pages;
    for (int i = 0; i < colourPattern.size(); ++i)
        pages.append(PdfPage{colourPattern.at(i) == QLatin1Char('C'),
                             QStringLiteral("%1 page %2").arg(marker).arg(i + 1), 0});
    return buildPdf(pages);
}

QByteArray renderFault(const char *mode)
{
    return buildPdf({PdfPage{true, QStringLiteral("hostile"), 0}},
                    QByteArray("%PRINTVAULT-RENDER-FAULT: ") + mode + '\n');
}

} // namespace pv::test
