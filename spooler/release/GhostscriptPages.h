#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which of a release's Ghostscripts draws which pages (release/GhostscriptRaster.cpp).
namespace pv::release {

// Ghostscript refuses an argument over 2048 bytes ("Command too long"), -sPageList= included.
constexpr qsizetype MaxPageListChars = 1800;

struct DrawingPlan
{
    // Each Ghostscript's -sPageList; the i-th draws the i-th, (i+n)-th ... page sent.
    QStringList pageLists;
    // One Ghostscript draws every page from the first sent to the last, and the pages between
    // that are not sent are read and dropped: for a selection too scattered to list.
    bool superset = false;
};

// `pages`: the document's pages to send (0-based, ascending), drawn by at most `processes`
// Ghostscripts at once: as many as the lists fit (every other page lists as "odd:a-b", so two
// always do for a document's runs of pages), else one.
DrawingPlan planDrawing(const QList<int> &pages, int processes, qsizetype maxChars = MaxPageListChars);

// A -sPageList for these pages (1-based, ascending): single pages, ranges "a-b", and
// "odd:a-b" or "even:a-b" for every other page of a range.
QString compactPageList(const QList<int> &pages);

} // namespace pv::release
