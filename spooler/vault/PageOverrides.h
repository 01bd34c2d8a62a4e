#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pv {

// Pages of a job printed in another colour mode than the job's: the part of a PWG 5100.6
// "overrides" member PrintVault honours (its "pages" and "print-color-mode").
struct ColorOverride
{
    struct Range
    {
        int first = 1; // 1-based, inclusive
        int last = 1;
        bool operator==(const Range &o) const { return first == o.first && last == o.last; }
    };
    QList<Range> pages;
    QString colorMode; // a print-color-mode keyword
    bool operator==(const ColorOverride &o) const { return pages == o.pages && colorMode == o.colorMode; }
};
using ColorOverrides = QList<ColorOverride>;

// print-color-mode keywords that print without colour.
bool isMonochromeMode(const QString &printColorMode);

// One byte per page, 'M' for a page printed in monochrome, 'C' for one printed as it is: the
// job's mode, replaced on a page by the first override that names it; `forceMono` (the
// user's or the administrator's choice at release) makes every page 'M'.
QByteArray monochromePlan(int pages, const QString &jobColorMode, const ColorOverrides &overrides,
                          bool forceMono);

// The runs of pages (1-based, inclusive) marked `mark` in `plan`.
QList<QPair<int, int>> pageRuns(const QByteArray &plan, char mark);

// Pages that use colour when printed to `plan`: measured colour ('C' in pageColors) and not
// printed in monochrome.
int colorPagesPrinted(const QByteArray &pageColors, const QByteArray &plan);

// As JSON for the APIs: [{"pages":[[1,2]],"print-color-mode":"monochrome"}].
QJsonArray overridesJsonArray(const ColorOverrides &overrides);
// The same, compact, for the vault's index; an empty list is the empty string.
QString overridesToJson(const ColorOverrides &overrides);
// The reverse of each; anything malformed is dropped.
ColorOverrides overridesFromJsonArray(const QJsonArray &list);
ColorOverrides overridesFromJson(const QString &json);

} // namespace pv
