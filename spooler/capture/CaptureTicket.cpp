#include "capture/CaptureTicket.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pv {

QByteArray CaptureTicket::toJson() const
{
    const QJsonObject o{{QStringLiteral("title"), request.title},
                        {QStringLiteral("file_name"), request.fileName},
                        {QStringLiteral("owner"), request.owner},
                        {QStringLiteral("copies"), request.copies},
                        {QStringLiteral("sides"), request.sides},
                        {QStringLiteral("color_mode"), request.colorMode},
                        {QStringLiteral("overrides"), overridesJsonArray(request.overrides)},
                        {QStringLiteral("page_ranges"), pageRangesToText(request.pageRanges)},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("media_pt"), QJsonArray{mediaPt.width(), mediaPt.height()}},
                        {QStringLiteral("ipp_job_id"), ippJobId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CaptureTicket> CaptureTicket::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error{QStringLiteral("integrity"),
                     QCoreApplication::translate("pv::capture", "a job's sealed ticket is not readable")};
    const QJsonObject o = doc.object();
    CaptureTicket t;
    t.request.title = o.value(QStringLiteral("title")).toString();
    t.request.fileName = o.value(QStringLiteral("file_name")).toString();
    t.request.owner = o.value(QStringLiteral("owner")).toString();
    t.request.copies = o.value(QStringLiteral("copies")).toInt(1);
    t.request.sides = o.value(QStringLiteral("sides")).toString(QStringLiteral("one-sided"));
    t.request.colorMode = o.value(QStringLiteral("color_mode")).toString(QStringLiteral("auto"));
    t.request.overrides = overridesFromJsonArray(o.value(QStringLiteral("overrides")).toArray());
    t.request.pageRanges = pageRangesFromText(o.value(QStringLiteral("page_ranges")).toString());
    t.format = o.value(QStringLiteral("format")).toString();
    const QJsonArray media = o.value(QStringLiteral("media_pt")).toArray();
    if (media.size() == 2)
        t.mediaPt = QSizeF(media.at(0).toDouble(), media.at(1).toDouble());
    t.ippJobId = o.value(QStringLiteral("ipp_job_id")).toInt();
    return t;
}

} // namespace pv
