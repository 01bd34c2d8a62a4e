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
            {QStringLiteral("interval"), code.interval}};
}

} // namespace

QJsonObject accountJson(const AccountStatus &status)
{
    return {{QStringLiteral("state"), stateName(status.state)},
            {QStringLiteral("reason"), status.reason},
            {QStringLiteral("message"), status.message},
            {QStringLiteral("issuer"), status.issuer},
            {QStringLiteral("subject"), status.identity.subject},
            {QStringLiteral("name"), status.identity.name},
            {QStringLiteral("email"), status.identity.email},
            {QStringLiteral("device_flow"), status.deviceFlow}};
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
    registry.add(QStringLiteral("account.sign_out"), {},
                 [service](const QJsonObject &, localapi::MethodReply done) {
                     service->signOut([service, done]() {
                         done(QJsonObject{{QStringLiteral("account"), accountJson(service->status())}});
                     });
                 });
}

} // namespace pv::signin
