#pragma once

#include "common/Result.h"
#include "vault/PageOverrides.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace pv::release {

// What release changes in a held PDF. Page numbers are the document's, 0-based.
struct ReleaseMarks
{
    QString text;        // the watermark; none when empty
    PrintPlan grayPages; // pages turned gray
    QList<int> pages;    // the pages that print (the job's page-ranges), ascending; empty: all
};

// What release adds to a PDF for a printer that takes PDF: an incremental update (PDF 32000
// 7.5.6) to append after the document's own bytes, empty when nothing changes. A page
// `grayPages` prints monochrome is turned gray (to print without colour where the printer
// cannot be told per page); with a `text`, every page gets the watermark along the bottom of
// its crop box, in Helvetica, on a white band. The page's own content is wrapped in q/Q so
// nothing it left in the graphics state can move either. With `pages`, the catalog gets a new
// page tree of just those pages (their inherited attributes made their own), so the printer
// gets exactly the pages asked for whether or not it honours page-ranges. The document is read
// through `pdf` (seekable: it stays encrypted in the vault) with qpdf; only the update is built
// in memory. Blocking: call from a worker thread.
[[nodiscard]] Result<QByteArray> releaseUpdate(QIODevice *pdf, const ReleaseMarks &marks);

// A one-page PDF of `widthPt` x `heightPt` with nothing but the stamp, drawn exactly as on
// watermarked PDFs: raster output renders it with Poppler and lays its band over each page.
QByteArray stampPage(double widthPt, double heightPt, const QString &text);

// The height of the stamp's band, in points, at the bottom of the page.
constexpr double StampBandPt = 14;

// "PrintVault · user · 2026-12-01 09:30 · host": what is stamped, on PDF and raster alike.
QString watermarkText(const QString &user, const QString &host, const QDateTime &when);

} // namespace pv::release
