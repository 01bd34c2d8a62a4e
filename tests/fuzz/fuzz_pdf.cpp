// libFuzzer target for PDF inspection (Poppler, then the daemon's page, size and colour
// checks), as printvault-worker runs it on every captured or submitted PDF.
#include "convert/PdfInspector.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    pv::PdfInspector::Options options;
    options.maxPages = 20;
    options.maxPageSidePt = 14400;
    options.maxRenderSide = 256;
    options.thumbnailMaxSide = 64;
    const auto info = pv::PdfInspector(options).inspect(&device);
    if (info && info->pages <= 0)
        __builtin_trap(); // a valid document has pages
    if (!info && info.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
