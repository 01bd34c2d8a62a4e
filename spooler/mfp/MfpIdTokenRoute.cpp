// POST /api/v1/sessions with {"id_token": "..."}: an MFP's app signs the user in with the
// organisation's provider (for example with the device flow on its panel) and sends the ID
// token it got. It is accepted only when all of this holds, and answered 401 otherwise:
// - the signature verifies against the provider's JWKS (RS256, PS256, ES256 only), and iss,
//   exp, iat and nbf pass, as for the workstation's own token (signin/IdToken);
// - its audience is one of policy's account/mfp_audiences (the MFP apps' client ids);
// - it carries a nonce never seen before (NonceCache: a token copied off the wire is spent);
// - this workstation is signed in, and the token names the same issuer and subject.
// The session is then for the workstation's local account, exactly as with a PIN. A refused
// token does not count towards the PIN lockout: a signed token cannot be guessed, and an MFP
// app with a stale token must not lock its users out of PIN sign-in.
#include "common/Logging.h"
#include "mfp/MfpService.h"
#include "signin/SignInService.h"

namespace pv::mfp {

namespace {

HttpResponse refused(const QString &code, const QString &message)
{
    return HttpResponse::error(401, code, message).withHeader("WWW-Authenticate", "Bearer");
}

} // namespace

QJsonArray MfpService::signInMethods() const
{
    QJsonArray ways{QStringLiteral("pin"), QStringLiteral("card")};
    if (m_context.signIn && !m_context.policy->accountMfpAudiences.isEmpty())
        ways.append(QStringLiteral("id_token"));
    return ways;
}

void MfpService::signInWithIdToken(QPointer<HttpConnection> connection, const QString &deviceId,
                                   const QByteArray &idToken)
{
    signin::SignInService *signIn = m_context.signIn;
    const QStringList audiences = m_context.policy->accountMfpAudiences;
    if (!signIn || audiences.isEmpty() || signIn->status().state != signin::AccountState::SignedIn) {
        qCInfo(lcMfp) << "refused an ID-token sign-in at device" << deviceId
                      << "(no sign-in here, or account/mfp_audiences is empty)";
        if (connection)
            connection->respond(
                refused(QStringLiteral("not-signed-in"),
                        QStringLiteral("this workstation is not signed in to the organisation, or its "
                                       "policy accepts no ID tokens from MFP apps")));
        return;
    }
    QPointer<MfpService> self(this);
    signIn->checkForeignIdToken(idToken, audiences,
                                [self, connection, deviceId](Result<signin::Identity> identity) {
                                    if (self)
                                        self->finishIdTokenSignIn(connection, deviceId, identity);
                                });
}

void MfpService::finishIdTokenSignIn(QPointer<HttpConnection> connection, const QString &deviceId,
                                     const Result<signin::Identity> &identity)
{
    const QDateTime now = m_context.clock->now();
    const signin::AccountStatus &here = m_context.signIn->status();
    auto refuse = [&](const QString &code, const QString &why, const QString &message) {
        qCInfo(lcMfp) << "refused an ID-token sign-in at device" << deviceId << "-" << why;
        if (connection)
            connection->respond(refused(code, message));
    };
    if (!identity) {
        refuse(
            QStringLiteral("bad-token"),
            identity.error().code + QLatin1Char(' ') +
                identity.error().details.value(QStringLiteral("claim")).toString(),
            QStringLiteral("the ID token was not accepted (%1)")
                .arg(
                    identity.error().details.value(QStringLiteral("claim")).toString(identity.error().code)));
        return;
    }
    // Signed out (or signed in as someone else) while the token was being checked counts too.
    if (here.state != signin::AccountState::SignedIn || identity->issuer != here.identity.issuer ||
        identity->subject != here.identity.subject) {
        refuse(QStringLiteral("wrong-user"), QStringLiteral("another subject"),
               QStringLiteral("the ID token names another user than the one signed in at this workstation"));
        return;
    }
    switch (m_nonces.remember(identity->issuer, identity->nonce, identity->expires.addSecs(60), now)) {
    case NonceCache::Outcome::Replayed:
        refuse(QStringLiteral("replayed-token"), QStringLiteral("a nonce seen before"),
               QStringLiteral("this ID token was used before; sign in again at the MFP"));
        return;
    case NonceCache::Outcome::Full:
        refuse(QStringLiteral("busy"), QStringLiteral("the replay cache is full"),
               QStringLiteral("too many ID-token sign-ins at once; try again in a few minutes"));
        return;
    case NonceCache::Outcome::Fresh:
        break;
    }
    QDateTime expires;
    const QString token = createSession(deviceId, m_context.owner, &expires);
    qCInfo(lcMfp) << "signed a user in at device" << deviceId << "with the organisation's ID token";
    if (connection) {
        const QJsonObject org{{QStringLiteral("issuer"), identity->issuer},
                              {QStringLiteral("subject"), identity->subject},
                              {QStringLiteral("name"), identity->name}};
        connection->respond(
            HttpResponse::json(201, QJsonObject{{QStringLiteral("session_token"), token},
                                                {QStringLiteral("expires_in"), now.secsTo(expires)},
                                                {QStringLiteral("user"), m_context.owner},
                                                {QStringLiteral("org_identity"), org}}));
    }
}

} // namespace pv::mfp
