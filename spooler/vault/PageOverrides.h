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

// The pages a job asked to print (IPP "page-ranges", 1-based, inclusive, ascending as IPP
// requires); an empty list prints every page.
using PageRanges = QList<ColorOverride::Range>;

// The document's pages (0-based, ascending, each once) that `ranges` selects from `pages`.
QList<int> selectedPages(int pages, const PageRanges &ranges);
// As the index and the sealed ticket keep them: "1-3,5" (a single page without a dash); the
// empty string for all pages. The reverse drops what is malformed.
QString pageRangesToText(const PageRanges &ranges);
PageRanges pageRangesFromText(const QString &text);
// As JSON for the APIs: [[1,3],[5,5]]; empty for all pages.
QJsonArray pageRangesJsonArray(const PageRanges &ranges);

// print-color-mode keywords that print without colour.
bool isMonochromeMode(const QString &printColorMode);

// What rendering measured on a page of the document (convert/PdfInspector).
enum class PageColor : quint8 { Mono, Color };
using PageColors = QList<PageColor>;

// How a page goes to the printer: as it is (colour if it has any), or without colour. Distinct
// from PageColor: a colour page may print monochrome, and a measured mono page prints as it is.
enum class PrintColor : quint8 { AsIs, Monochrome };
using PrintPlan = QList<PrintColor>;

// The index column and the local API carry measured colours as text, one character a page:
// 'C' colour, 'M' monochrome (anything else reads as monochrome). These convert at that
// boundary; nothing inside reads the characters.
PageColors pageColorsFromText(const QByteArray &text);
QByteArray pageColorsToText(const PageColors &colors);

// The plan per page: the job's mode, replaced on a page by the first override that names it;
// `forceMono` (the user's or the administrator's choice at release) makes every page monochrome.
PrintPlan monochromePlan(int pages, const QString &jobColorMode, const ColorOverrides &overrides,
                         bool forceMono);

// True when no page prints in colour (so also for a plan of no pages).
bool printsMonochromeOnly(const PrintPlan &plan);
// True when some pages print as they are and some without colour: the printer needs telling
// per page.
bool isMixed(const PrintPlan &plan);

// The runs of pages (1-based, inclusive) the plan prints without colour.
QList<QPair<int, int>> monochromeRuns(const PrintPlan &plan);

// Pages that use colour when printed to `plan`: measured colour and not printed monochrome.
int colorPagesPrinted(const PageColors &measured, const PrintPlan &plan);
// The same from the stored text form (DocumentInfo::pageColors).
int colorPagesPrinted(const QByteArray &measuredText, const PrintPlan &plan);

// Pages that use colour among `selected` (0-based document pages) printed to `plan`.
int colorPagesPrinted(const PageColors &measured, const PrintPlan &plan, const QList<int> &selected);

// As JSON for the APIs: [{"pages":[[1,2]],"print_color_mode":"monochrome"}].
QJsonArray overridesJsonArray(const ColorOverrides &overrides);
// The same, compact, for the vault's index; an empty list is the empty string.
QString overridesToJson(const ColorOverrides &overrides);
// The reverse of each; anything malformed is dropped.
ColorOverrides overridesFromJsonArray(const QJsonArray &list);
ColorOverrides overridesFromJson(const QString &json);

} // namespace pv
