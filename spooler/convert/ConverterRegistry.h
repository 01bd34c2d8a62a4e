#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace pv {

// What a converter needs to know about the job.
struct ConvertOptions
{
    QSizeF mediaPt{595.28, 841.89}; // the job's media, default A4, in points
    QString tempDir;                // private (0700) folder for a converter's scratch files
    int timeoutSeconds = 120;       // for converters that run a subprocess
};

// Converters to PDF, registered by (from format, to format). Each reads a spooled input file
// and writes the PDF to a device (in PrintVault, an encrypting vault draft). Thread-safe once
// built: converters hold no state.
class ConverterRegistry
{
public:
    using Convert =
        std::function<Status(const QString &inputPath, QIODevice &out, const ConvertOptions &options)>;

    void add(const QString &from, const QString &to, Convert convert);
    const Convert *find(const QString &from, const QString &to) const;
    QStringList sources(const QString &to) const;

    // PDF (checked pass-through), PostScript (Ghostscript), JPEG and PNG (QPdfWriter), text.
    static ConverterRegistry withDefaults();

private:
    QHash<QString, Convert> m_converters; // key: "from>to"
};

// The individual converters, also usable on their own.
namespace convert {
Status copyPdf(const QString &inputPath, QIODevice &out, const ConvertOptions &options);
Status postScriptToPdf(const QString &inputPath, QIODevice &out, const ConvertOptions &options);
Status imageToPdf(const QString &inputPath, QIODevice &out, const ConvertOptions &options);
Status textToPdf(const QString &inputPath, QIODevice &out, const ConvertOptions &options);
} // namespace convert

} // namespace pv
