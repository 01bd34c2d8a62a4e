#include "accounting/UsageCsv.h"

#include <QJsonArray>
#include <QStringList>

namespace pv::accounting {

QString usageCsv(const QJsonObject &usageReply)
{
    QString csv = QStringLiteral("time,user,source,device,job_id,impressions,color_impressions,sheets\r\n");
    const QString user = usageReply.value(QStringLiteral("user")).toString();
    // Returns a QString: with QStringBuilder, an auto return type would refer to the dead `v`.
    const auto quoted = [](QString v) -> QString {
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    for (const QJsonValue &v : usageReply.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        csv += QStringList{e.value(QStringLiteral("time")).toString(),
                           quoted(user),
                           e.value(QStringLiteral("source")).toString(),
                           quoted(e.value(QStringLiteral("device")).toString()),
                           e.value(QStringLiteral("job_id")).toString(),
                           QString::number(e.value(QStringLiteral("impressions")).toInt()),
                           QString::number(e.value(QStringLiteral("color_impressions")).toInt()),
                           QString::number(e.value(QStringLiteral("sheets")).toInt())}
                   .join(QLatin1Char(',')) +
               QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace pv::accounting
