#include "vault/PageOverrides.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <climits>

namespace pv {

namespace {

constexpr QLatin1String PagesKey("pages");
constexpr QLatin1String ModeKey("print_color_mode");
// The IPP attribute's own spelling, as index rows written before 0.2 (protocol 1) hold it.
constexpr QLatin1String OldModeKey("print-color-mode");

} // namespace

bool isMonochromeMode(const QString &mode)
{
    return mode == QLatin1String("monochrome") || mode == QLatin1String("process-monochrome") ||
           mode == QLatin1String("auto-monochrome") || mode == QLatin1String("bi-level") ||
           mode == QLatin1String("process-bi-level");
}

QList<int> selectedPages(int pages, const PageRanges &ranges)
{
    QList<bool> chosen(qMax(pages, 0), ranges.isEmpty());
    for (const ColorOverride::Range &r : ranges) {
        for (int p = qMax(r.first, 1); p <= qMin(r.last, pages); ++p)
            chosen[p - 1] = true;
    }
    QList<int> out;
    for (int i = 0; i < chosen.size(); ++i) {
        if (chosen[i])
            out.append(i);
    }
    return out;
}

QString pageRangesToText(const PageRanges &ranges)
{
    QStringList parts;
    for (const ColorOverride::Range &r : ranges)
        parts.append(r.first == r.last ? QString::number(r.first)
                                       : QStringLiteral("%1-%2").arg(r.first).arg(r.last));
    return parts.join(QLatin1Char(','));
}

QJsonArray pageRangesJsonArray(const PageRanges &ranges)
{
    QJsonArray list;
    for (const ColorOverride::Range &r : ranges)
        list.append(QJsonArray{r.first, r.last});
    return list;
}

PageRanges pageRangesFromText(const QString &text)
{
    PageRanges out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QLatin1Char('-'));
        bool ok1 = false, ok2 = false;
        const int first = ends.value(0).trimmed().toInt(&ok1);
        const int last = ends.size() == 1 ? first : ends.value(1).trimmed().toInt(&ok2);
        if (ok1 && (ends.size() == 1 || (ends.size() == 2 && ok2)) && first >= 1 && last >= first)
            out.append({first, last});
    }
    return out;
}

PageColors pageColorsFromText(const QByteArray &text)
{
    PageColors colors;
    colors.reserve(text.size());
    for (char c : text)
        colors.append(c == 'C' ? PageColor::Color : PageColor::Mono);
    return colors;
}

QByteArray pageColorsToText(const PageColors &colors)
{
    QByteArray text;
    text.reserve(colors.size());
    for (PageColor c : colors)
        text.append(c == PageColor::Color ? 'C' : 'M');
    return text;
}

PrintPlan monochromePlan(int pages, const QString &jobColorMode, const ColorOverrides &overrides,
                         bool forceMono)
{
    const auto as = [](bool mono) {
        return mono ? PrintColor::Monochrome : PrintColor::AsIs;
    };
    PrintPlan plan(qMax(pages, 0), as(forceMono || isMonochromeMode(jobColorMode)));
    if (forceMono)
        return plan;
    QList<bool> decided(plan.size(), false);
    for (const ColorOverride &o : overrides) {
        const PrintColor mode = as(isMonochromeMode(o.colorMode));
        for (const ColorOverride::Range &r : o.pages) {
            for (int p = qMax(r.first, 1); p <= qMin(r.last, pages); ++p) {
                if (!decided[p - 1]) { // the first override that names a page decides it
                    plan[p - 1] = mode;
                    decided[p - 1] = true;
                }
            }
        }
    }
    return plan;
}

bool printsMonochromeOnly(const PrintPlan &plan)
{
    return !plan.contains(PrintColor::AsIs);
}

bool isMixed(const PrintPlan &plan)
{
    return plan.contains(PrintColor::AsIs) && plan.contains(PrintColor::Monochrome);
}

QList<QPair<int, int>> monochromeRuns(const PrintPlan &plan)
{
    QList<QPair<int, int>> runs;
    for (int i = 0; i < plan.size(); ++i) {
        if (plan[i] != PrintColor::Monochrome)
            continue;
        if (!runs.isEmpty() && runs.last().second == i)
            runs.last().second = i + 1;
        else
            runs.append({i + 1, i + 1});
    }
    return runs;
}

int colorPagesPrinted(const PageColors &measured, const PrintPlan &plan)
{
    int n = 0;
    for (qsizetype i = 0; i < measured.size(); ++i)
        n += measured[i] == PageColor::Color && !(i < plan.size() && plan[i] == PrintColor::Monochrome);
    return n;
}

int colorPagesPrinted(const PageColors &measured, const PrintPlan &plan, const QList<int> &selected)
{
    int n = 0;
    for (int i : selected)
        n += i < measured.size() && measured[i] == PageColor::Color &&
             !(i < plan.size() && plan[i] == PrintColor::Monochrome);
    return n;
}

int colorPagesPrinted(const QByteArray &measuredText, const PrintPlan &plan)
{
    return colorPagesPrinted(pageColorsFromText(measuredText), plan);
}

QJsonArray overridesJsonArray(const ColorOverrides &overrides)
{
    QJsonArray list;
    for (const ColorOverride &o : overrides) {
        QJsonArray ranges;
        for (const ColorOverride::Range &r : o.pages)
            ranges.append(QJsonArray{r.first, r.last});
        list.append(QJsonObject{{PagesKey, ranges}, {ModeKey, o.colorMode}});
    }
    return list;
}

QString overridesToJson(const ColorOverrides &overrides)
{
    if (overrides.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(overridesJsonArray(overrides)).toJson(QJsonDocument::Compact));
}

ColorOverrides overridesFromJson(const QString &json)
{
    return overridesFromJsonArray(QJsonDocument::fromJson(json.toUtf8()).array());
}

ColorOverrides overridesFromJsonArray(const QJsonArray &list)
{
    ColorOverrides out;
    for (const QJsonValue &v : list) {
        ColorOverride o;
        const QJsonObject member = v.toObject();
        o.colorMode = member.value(member.contains(ModeKey) ? ModeKey : OldModeKey).toString();
        for (const QJsonValue &r : member.value(PagesKey).toArray()) {
            const QJsonArray pair = r.toArray();
            const qint64 first = qint64(pair.at(0).toDouble()), last = qint64(pair.at(1).toDouble());
            if (pair.size() == 2 && first >= 1 && last >= first)
                o.pages.append({int(first), int(qMin<qint64>(last, INT_MAX))});
        }
        if (!o.colorMode.isEmpty() && !o.pages.isEmpty())
            out.append(o);
    }
    return out;
}

} // namespace pv
