#include "signin/IdToken.h"

#include "signin/Jose.h"
#include "vault/Crypto.h"

#include <QCoreApplication>

namespace pv::signin {

namespace {

Error badClaim(const char *claim, const QString &why)
{
    return Error{QStringLiteral("bad-token"),
                 QCoreApplication::translate("pv::signin", "The ID token is not valid: %1").arg(why),
                 {{QStringLiteral("claim"), QLatin1String(claim)}}};
}

// The expected issuer, with Entra's {tenantid} filled in from the token's own tenant claim.
// The template only ever stands for one path segment, so "tid" may not contain a slash.
QString expectedIssuer(const QString &configured, const QJsonObject &claims)
{
    static const QString placeholder = QStringLiteral("{tenantid}");
    if (!configured.contains(placeholder))
        return configured;
    const QString tid = claims.value(QStringLiteral("tid")).toString();
    if (tid.isEmpty() || tid.contains(QLatin1Char('/')))
        return QString();
    QString out = configured;
    return out.replace(placeholder, tid);
}

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && crypto::constantTimeEquals(a.toUtf8(), b.toUtf8());
}

// 3.1.3.7 (3)-(5): the token is meant for us (`accepted`: our client id, or the MFP apps' ones
// from policy); with more than one audience azp must be there, and wherever it is, it is the
// audience that was accepted.
Status checkAudience(const QJsonObject &claims, const QStringList &accepted)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList audiences;
    if (aud.isString())
        audiences.append(aud.toString());
    for (const QJsonValue &v : aud.toArray())
        audiences.append(v.toString());
    QString ours;
    for (const QString &a : accepted) {
        if (!a.isEmpty() && audiences.contains(a)) {
            ours = a;
            break;
        }
    }
    if (ours.isEmpty())
        return badClaim("aud",
                        QCoreApplication::translate("pv::signin", "it is meant for another application"));
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    if ((audiences.size() > 1 && !azp.isString()) || (!azp.isUndefined() && azp.toString() != ours))
        return badClaim("azp",
                        QCoreApplication::translate("pv::signin", "it was issued to another application"));
    return {};
}

Status checkTimes(const QJsonObject &claims, const QDateTime &now, int skew)
{
    const qint64 t = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!exp.isDouble() || qint64(exp.toDouble()) + skew <= t)
        return badClaim("exp", QCoreApplication::translate("pv::signin", "it has expired"));
    if (!iat.isDouble() || qint64(iat.toDouble()) - skew > t)
        return badClaim("iat", QCoreApplication::translate("pv::signin", "it was issued in the future"));
    if (!nbf.isUndefined() && (!nbf.isDouble() || qint64(nbf.toDouble()) - skew > t))
        return badClaim("nbf", QCoreApplication::translate("pv::signin", "it is not valid yet"));
    return {};
}

} // namespace

QJsonObject KeySet::find(const QString &kid) const
{
    if (kid.isEmpty())
        return m_keys.size() == 1 ? m_keys.first().toObject() : QJsonObject();
    for (const QJsonValue &key : m_keys) {
        if (key.toObject().value(QStringLiteral("kid")).toString() == kid)
            return key.toObject();
    }
    return {};
}

Result<Identity> validateClaims(const QJsonObject &claims, const IdTokenExpectation &expected)
{
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    if (!sameText(expectedIssuer(expected.issuer, claims), iss))
        return badClaim("iss", QCoreApplication::translate("pv::signin", "it comes from another issuer"));
    if (auto s = checkAudience(claims, expected.clientId.isEmpty() ? expected.audiences
                                                                   : QStringList{expected.clientId});
        !s)
        return s.error();
    if (auto s = checkTimes(claims, expected.now, expected.skewSeconds); !s)
        return s.error();
    const QString nonce = claims.value(QStringLiteral("nonce")).toString();
    if ((!expected.nonce.isEmpty() && !sameText(expected.nonce, nonce)) ||
        (expected.nonceRequired && nonce.isEmpty()))
        return badClaim("nonce", QCoreApplication::translate("pv::signin", "it answers another sign-in"));
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    if (sub.isEmpty() || (!expected.subject.isEmpty() && sub != expected.subject))
        return badClaim("sub", QCoreApplication::translate("pv::signin", "it names another user"));
    Identity id;
    id.issuer = iss;
    id.subject = sub;
    id.name = claims.value(QStringLiteral("name")).toString();
    id.email = claims.value(QStringLiteral("email")).toString();
    id.nonce = nonce;
    id.expires =
        QDateTime::fromSecsSinceEpoch(qint64(claims.value(QStringLiteral("exp")).toDouble()), Qt::UTC);
    return id;
}

Result<Identity> validateIdToken(const QByteArray &token, const KeySet &keys,
                                 const IdTokenExpectation &expected)
{
    auto jwt = jose::parse(token);
    if (!jwt)
        return jwt.error();
    // The algorithm is checked before a key is chosen, so "none" and HS256 never reach one.
    if (!jose::isAllowedAlgorithm(jwt->alg()))
        return badClaim(
            "alg",
            QCoreApplication::translate("pv::signin", "the algorithm '%1' is not allowed").arg(jwt->alg()));
    const QJsonObject key = keys.find(jwt->kid());
    if (key.isEmpty())
        return Error{QStringLiteral("unknown-key"),
                     QCoreApplication::translate("pv::signin", "The ID token is signed with an unknown key."),
                     {{QStringLiteral("claim"), QStringLiteral("kid")}}};
    if (auto s = jose::verify(jwt.value(), key); !s)
        return s.error();
    return validateClaims(jwt->claims, expected);
}

} // namespace pv::signin
