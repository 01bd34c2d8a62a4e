#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

// Blocking IPP client calls through libcups, for a worker thread (never the main thread).
namespace pv::release {

// What Get-Printer-Attributes says the printer can do.
struct PrinterCapabilities
{
    QString name;           // printer-make-and-model, else printer-name
    QStringList formats;    // document-format-supported
    QStringList sides;      // sides-supported
    QStringList colorModes; // print-color-mode-supported
    QStringList operations; // the operations-supported names that matter here
    int maxCopies = 1;      // copies-supported upper bound
    bool acceptsPdf() const { return formats.contains(QLatin1String("application/pdf")); }
};

struct PrintRequest
{
    QString uri;
    QString user;    // requesting-user-name
    QString jobName; // job-name
    QString format = QStringLiteral("application/pdf");
    int copies = 1;
    QString sides = QStringLiteral("one-sided");
    QString colorMode; // empty: the printer's default
};

struct JobOutcome
{
    int printerJobId = 0;
    QString state; // completed, aborted, canceled
    QString reasons;
    QString message;
    int impressions = -1; // job-impressions-completed, -1 when the printer does not say
};

[[nodiscard]] Result<PrinterCapabilities> queryPrinter(const QString &uri);
// Print-Job with the document streamed from `document` (`length` bytes, -1 when unknown,
// then chunked). `progress` gets the bytes sent so far and may return false to cancel.
// Returns the printer's job ID.
[[nodiscard]] Result<int> sendDocument(const PrintRequest &request, QIODevice *document, qint64 length,
                                       const std::function<bool(qint64)> &progress);
// Follows the job with Get-Job-Attributes until it is completed, aborted or canceled, or
// until `timeoutSeconds` pass or `cancel` is set.
[[nodiscard]] Result<JobOutcome> waitForJob(const QString &uri, int printerJobId, int timeoutSeconds,
                                            const std::atomic<bool> &cancel);

} // namespace pv::release
