#include "localapi/ErrorJson.h"

namespace pv::localapi {

QJsonObject errorToJson(const Error &error)
{
    QJsonObject out{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.details.isEmpty())
        out.insert(QStringLiteral("details"), error.details);
    return out;
}

Error errorFromJson(const QJsonObject &json)
{
    return Error{json.value(QStringLiteral("code")).toString(),
                 json.value(QStringLiteral("message")).toString(),
                 json.value(QStringLiteral("details")).toObject()};
}

} // namespace pv::localapi
