// pv-mkpdf: writes a test PDF, for benchmarks and shell-driven tests.
//   pv-mkpdf OUT PAGES [IMAGE_BYTES_PER_PAGE] [MARKER]
#include "PdfBuilder.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: pv-mkpdf OUT PAGES [IMAGE_BYTES_PER_PAGE] [MARKER]\n");
        return 2;
    }
    const int pages = args.at(2).toInt();
    const int imageBytes = args.size() > 3 ? args.at(3).toInt() : 0;
    const QString marker = args.size() > 4 ? args.at(4) : QStringLiteral("PrintVault test page");
    QList<pv::test::PdfPage> list;
    for (int i = 0; i < pages; ++i)
        list.append(
            pv::test::PdfPage{i % 2 == 1, QStringLiteral("%1 %2").arg(marker).arg(i + 1), imageBytes});
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(pv::test::buildPdf(list)) < 0) {
        std::fprintf(stderr, "pv-mkpdf: cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
