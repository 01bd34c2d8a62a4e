#include "signin/AccountMethods.h"

#include "localapi/MethodRegistry.h"
#include "signin/SignInService.h"

#include <QUrl>

namespace pv::signin {

namespace {

QString stateName(AccountState state)
{
    switch (state) {
    case AccountState::NotConfigured:
        return QStringLiteral("not_configured");
    case AccountState::SignedOut:
        return QStringLiteral("signed_out");
    case AccountState::SigningIn:
        return QStringLiteral("signing_in");
    case AccountState::SignedIn:
        return QStringLiteral("signed_in");
    }
    return QString();
}

QJsonObject deviceJson(const DeviceCode &code)
{
    return {{QStringLiteral("user_code"), code.userCode},
            {QStringLiteral("verification_uri"), code.verificationUri},
            {QStringLiteral("verification_uri_complete"), code.verificationUriComplete},
            {QStringLiteral("expires_in"), code.expiresIn},
            {QStringLiteral("interval"), code.interval},
            {QStringLiteral("expires_at"), code.expires.toString(Qt::ISODate)}};
}

} // namespace

QJsonObject accountJson(const AccountStatus &status)
{
    QJsonObject out{{QStringLiteral("state"), stateName(status.state)},
                    {QStringLiteral("reason"), status.reason},
                    {QStringLiteral("message"), status.message},
                    {QStringLiteral("issuer"), status.issuer},
                    {QStringLiteral("subject"), status.identity.subject},
                    {QStringLiteral("name"), status.identity.name},
                    {QStringLiteral("email"), status.identity.email},
                    {QStringLiteral("device_flow"), status.deviceFlow}};
    // What a sign-in under way waits for, so that every client (tray, CLI) can show it.
    if (!status.flow.isEmpty()) {
        QJsonObject pending{{QStringLiteral("flow"), status.flow}};
        if (status.flow == QLatin1String("device"))
            pending.insert(QStringLiteral("device"), deviceJson(status.device));
        out.insert(QStringLiteral("pending"), pending);
    }
    return out;
}

void addAccountMethods(localapi::MethodRegistry &registry, SignInService *service)
{
    registry.add(QStringLiteral("account.status"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     done(QJsonObject{{QStringLiteral("account"), accountJson(service->status())}});
                 });
    registry.add(QStringLiteral("account.sign_in"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->signIn([done](Result<QUrl> url) {
                         if (!url)
                             done(url.error());
                         else
                             done(QJsonObject{
                                 {QStringLiteral("authorization_url"), url->toString(QUrl::FullyEncoded)}});
                     });
                 });
    registry.add(QStringLiteral("account.device_sign_in"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->deviceSignIn([done](Result<DeviceCode> code) {
                         if (!code)
                             done(code.error());
                         else
                             done(deviceJson(code.value()));
                     });
                 });
    registry.add(QStringLiteral("account.cancel"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->cancel();
                     done(QJsonObject{{QStringLiteral("account"), accountJson(service->status())}});
                 });
    // The tray reports user input (at most about once a minute) for the idle sign-out.
    registry.add(QStringLiteral("account.activity"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->noteActivity();
                     done(QJsonObject());
                 });
    registry.add(QStringLiteral("account.sign_out"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->signOut([service, done]() {
                         done(QJsonObject{{QStringLiteral("account"), accountJson(service->status())}});
                     });
                 });
}

} // namespace pv::signin
