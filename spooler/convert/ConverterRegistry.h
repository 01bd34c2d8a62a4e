#pragma once

#include "common/ChildProcess.h"
#include "common/Result.h"

#include <QHash>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace pv {

// What a converter needs to know about the job.
struct ConvertOptions
{
    QSizeF mediaPt{595.28, 841.89};            // the job's media, default A4, in points
    QString tempDir;                           // private (0700) folder for a converter's scratch files
    int timeoutSeconds = 120;                  // for converters that run a subprocess
    const std::atomic<bool> *cancel = nullptr; // set when the daemon stops: subprocesses end
    ChildLimits childLimits;                   // for a converter's subprocess (Ghostscript)
    int maxPages = 0;                          // policy limits; 0: none
    int maxRasterSide = 0;                     // pixels, either side of a raster page
};

// Converters to PDF, registered by (from format, to format). Each reads the document from a
// device (in PrintVault, the decrypting view of the job's encrypted draft, so no plaintext
// touches a file) and writes the PDF to a device (an encrypting vault draft). Thread-safe once
// built: converters hold no state.
class ConverterRegistry
{
public:
    using Convert = std::function<Status(QIODevice &in, QIODevice &out, const ConvertOptions &options)>;

    void add(const QString &from, const QString &to, Convert convert);
    const Convert *find(const QString &from, const QString &to) const;
    QStringList sources(const QString &to) const;

    // PDF (checked pass-through), PostScript (Ghostscript), JPEG and PNG (QPdfWriter), text,
    // PWG and Apple raster (libcups' raster reader).
    static ConverterRegistry withDefaults();

private:
    QHash<QString, Convert> m_converters; // key: "from>to"
};

// The individual converters, also usable on their own.
namespace convert {
Status copyPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options);
Status postScriptToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options);
Status imageToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options);
Status textToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options);
Status rasterToPdf(QIODevice &in, QIODevice &out, const ConvertOptions &options);
// The error of a document over the policy's page limit.
Error tooManyPages(int limit);
} // namespace convert

} // namespace pv
