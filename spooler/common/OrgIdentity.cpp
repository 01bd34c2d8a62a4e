#include "common/OrgIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pv {

QJsonValue orgIdentityJson(const OrgIdentity &identity)
{
    if (identity.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("issuer"), identity.issuer},
                       {QStringLiteral("subject"), identity.subject},
                       {QStringLiteral("name"), identity.name}};
}

QByteArray orgIdentityBytes(const OrgIdentity &identity)
{
    return QJsonDocument(orgIdentityJson(identity).toObject()).toJson(QJsonDocument::Compact);
}

OrgIdentity orgIdentityFromBytes(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    return {o.value(QStringLiteral("issuer")).toString(), o.value(QStringLiteral("subject")).toString(),
            o.value(QStringLiteral("name")).toString()};
}

} // namespace pv
