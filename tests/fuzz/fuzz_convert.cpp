// libFuzzer target for the converters that parse a document themselves: plain text and PWG /
// Apple raster (libcups' reader, then the daemon's page checks), with the policy's limits.
// The first byte picks the converter. They run in printvault-worker; a crash here is a crash
// of a worker, but a hang or an unbounded output is a denial of the job queue.
#include "convert/ConverterRegistry.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_convert";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv); // QPdfWriter wants one
    Q_UNUSED(app);

    QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray output;
    QBuffer out(&output);
    out.open(QIODevice::WriteOnly);
    pv::ConvertOptions options;
    options.maxPages = 20;
    options.maxRasterSide = 2000;
    const pv::Status s = data[0] % 2 == 0 ? pv::convert::textToPdf(in, out, options)
                                          : pv::convert::rasterToPdf(in, out, options);
    if (s && !output.startsWith("%PDF-"))
        __builtin_trap(); // success means a PDF
    if (!s && s.message().isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
