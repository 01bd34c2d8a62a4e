#include "localapi/JobJson.h"

#include <QJsonArray>

#include <cmath>

namespace pv::localapi {

QString paperSizeName(const QSizeF &points)
{
    struct Named
    {
        const char *name;
        double w, h;
    };
    static const Named sizes[] = {{"A4", 595.3, 841.9},  {"Letter", 612, 792}, {"Legal", 612, 1008},
                                  {"A3", 841.9, 1190.6}, {"A5", 419.5, 595.3}, {"Executive", 522, 756}};
    const double w = qMin(points.width(), points.height());
    const double h = qMax(points.width(), points.height());
    for (const Named &s : sizes) {
        if (std::abs(w - s.w) < 3 && std::abs(h - s.h) < 3)
            return QLatin1String(s.name);
    }
    if (w <= 0 || h <= 0)
        return QString();
    return QStringLiteral("%1x%2mm")
        .arg(qRound(points.width() * 25.4 / 72))
        .arg(qRound(points.height() * 25.4 / 72));
}

QJsonObject jobToJson(const JobRecord &job)
{
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("title"), job.request.title},
        {QStringLiteral("file_name"), job.request.fileName},
        {QStringLiteral("owner"), job.request.owner},
        {QStringLiteral("org_identity"), orgIdentityJson(job.request.org)},
        {QStringLiteral("pages"), job.info.pages},
        {QStringLiteral("color_pages"), job.info.colorPages()},
        {QStringLiteral("page_colors"), QString::fromLatin1(job.info.pageColors)},
        {QStringLiteral("paper_size"), paperSizeName(job.info.firstPageSizePt)},
        {QStringLiteral("copies"), job.request.copies},
        {QStringLiteral("sides"), job.request.sides},
        {QStringLiteral("color_mode"), job.request.colorMode},
        {QStringLiteral("overrides"), overridesJsonArray(job.request.overrides)},
        {QStringLiteral("page_ranges"), pageRangesJsonArray(job.request.pageRanges)},
        {QStringLiteral("color_pages_printed"),
         colorPagesPrinted(job.info.pageColors, monochromePlan(job.info.pages, job.request.colorMode,
                                                               job.request.overrides, false))},
        {QStringLiteral("format"), job.info.format},
        {QStringLiteral("size"), double(job.size)},
        {QStringLiteral("stored_size"), double(job.storedSize)},
        {QStringLiteral("sha256"), QString::fromLatin1(job.sha256.toHex())},
        {QStringLiteral("created"), job.created.toString(Qt::ISODate)},
        {QStringLiteral("expires"), job.expires.toString(Qt::ISODate)},
    };
}

} // namespace pv::localapi
