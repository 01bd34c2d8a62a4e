#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

// Blocking IPP client calls through libcups, for a worker thread (never the main thread).
namespace pv::release {

class PrinterTrust;

// What Get-Printer-Attributes says the printer can do.
struct PrinterCapabilities
{
    QString name;              // printer-make-and-model, else printer-name
    QStringList formats;       // document-format-supported
    QStringList sides;         // sides-supported
    QStringList colorModes;    // print-color-mode-supported
    QStringList operations;    // the operations-supported names that matter here
    int maxCopies = 1;         // copies-supported upper bound
    QString defaultMedia;      // media-default, a PWG media name
    QList<int> pwgResolutions; // pwg-raster-document-resolution-supported (dpi, square ones)
    QStringList pwgTypes;      // pwg-raster-document-type-supported
    QString pwgSheetBack;      // pwg-raster-document-sheet-back
    QStringList urf;           // urf-supported keywords
    QStringList overrides;     // overrides-supported
    bool acceptsPdf() const { return formats.contains(QLatin1String("application/pdf")); }
    // Whether the printer takes page ranges in another print-color-mode (PWG 5100.6).
    bool takesColorOverrides() const
    {
        return overrides.contains(QLatin1String("pages")) &&
               overrides.contains(QLatin1String("print-color-mode"));
    }
};

struct PrintRequest
{
    QString uri;
    QString user;    // requesting-user-name
    QString jobName; // job-name
    QString format = QStringLiteral("application/pdf");
    int copies = 1;
    QString sides = QStringLiteral("one-sided");
    QString colorMode;                      // empty: the printer's default
    QList<QPair<int, int>> monochromePages; // sent as "overrides": page ranges without colour
    PrinterTrust *trust = nullptr;          // for ipps://: the pinned certificates (null: not checked)
};

struct JobOutcome
{
    int printerJobId = 0;
    QString state; // completed, aborted, canceled
    QString reasons;
    QString message;
    int impressions = -1; // job-impressions-completed, -1 when the printer does not say
    QString sides;        // what the job was sent with (release fills it in)
};

// For ipps:// every connection checks the printer's certificate against `trust` (trust on
// first use); a changed one fails with "printer-certificate-changed".
[[nodiscard]] Result<PrinterCapabilities> queryPrinter(const QString &uri, PrinterTrust *trust);
// The SHA-256 (hex) of the certificate an ipps:// printer shows now, not checked.
[[nodiscard]] Result<QString> presentedCertificate(const QString &uri);
// Writes part of the document body to the printer; false when the connection failed.
using BodyWriter = std::function<bool(const char *, size_t)>;
// Print-Job: `produce` writes the document through the writer it is given (`length` bytes in
// all, or -1 when not known in advance: then it is sent chunked). Returns the printer's job ID.
[[nodiscard]] Result<int> sendJob(const PrintRequest &request, qint64 length,
                                  const std::function<Status(const BodyWriter &)> &produce);
// Follows the job with Get-Job-Attributes until it is completed, aborted or canceled, or
// until `timeoutSeconds` pass or `cancel` is set.
[[nodiscard]] Result<JobOutcome> waitForJob(const QString &uri, int printerJobId, int timeoutSeconds,
                                            const std::atomic<bool> &cancel, PrinterTrust *trust);

} // namespace pv::release
