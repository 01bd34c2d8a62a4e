#include "mfp/RequestBodies.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pv::mfp::bodies {

namespace {

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("bad-json"), QStringLiteral("the body must be a JSON object")};
    return doc.object();
}

Error badRequest(const QString &message)
{
    return Error{QStringLiteral("bad-request"), message};
}

// A string field: absent gives an empty string, any other type is an error.
bool text(const QJsonObject &o, const char *key, int maxLength, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString() || v.toString().size() > maxLength)
        return false;
    *out = v.toString();
    return true;
}

// A whole number from 0 to a million; `fallback` when absent; -1 when bad.
int count(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    return d >= 0 && d <= 1e6 && d == double(qint64(d)) ? int(d) : -1;
}

} // namespace

Result<Pair> parsePair(const QByteArray &body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Pair p;
    if (!text(o.value(), "code", 16, &p.code) || !text(o.value(), "name", 1000, &p.name))
        return badRequest(QStringLiteral("code and name must be strings"));
    p.name = p.name.trimmed().left(100);
    return p;
}

Result<SignIn> parseSignIn(const QByteArray &body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    SignIn s;
    // 16 KiB holds any ID token a provider issues (Entra's are about 2 KiB).
    if (!text(o.value(), "user", 256, &s.user) || !text(o.value(), "pin", 64, &s.pin) ||
        !text(o.value(), "card_id", 256, &s.cardId) || !text(o.value(), "id_token", 16384, &s.idToken))
        return badRequest(QStringLiteral("user, pin, card_id and id_token must be short strings"));
    const int ways =
        int(!s.user.isEmpty() || !s.pin.isEmpty()) + int(!s.cardId.isEmpty()) + int(!s.idToken.isEmpty());
    const bool byPin = !s.user.isEmpty() && !s.pin.isEmpty();
    if (ways != 1 || (!s.user.isEmpty() && !byPin) || (!s.pin.isEmpty() && !byPin))
        return badRequest(QStringLiteral("send either user and pin, or card_id, or id_token"));
    return s;
}

Result<Printed> parsePrinted(const QByteArray &body)
{
    auto o = object(body);
    if (!o)
        return o.error();
    Printed p;
    p.impressions = count(o.value(), "impressions", -1);
    p.colorImpressions = count(o.value(), "color_impressions", 0);
    p.sheets = count(o.value(), "sheets", p.impressions);
    if (p.impressions < 0 || p.colorImpressions < 0 || p.sheets < 0 || p.colorImpressions > p.impressions ||
        p.sheets > p.impressions)
        return badRequest(
            QStringLiteral("impressions, color_impressions and sheets must be whole numbers, with "
                           "color_impressions and sheets not above impressions"));
    return p;
}

} // namespace pv::mfp::bodies
