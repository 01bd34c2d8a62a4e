#include "mfp/MfpLocalMethods.h"

#include "mfp/MfpService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pv::mfp {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::mfp::MfpLocalMethods)
};

Error badParam(const QString &name)
{
    return Error{QStringLiteral("bad-request"),
                 Text::tr("The parameter '%1' is missing or bad.").arg(name),
                 {{QStringLiteral("param"), name}}};
}

QJsonObject certificateJson(const MfpService &s)
{
    const TlsIdentity &id = s.identity();
    return QJsonObject{
        {QStringLiteral("listening"), s.isListening()},
        {QStringLiteral("port"), s.port()},
        {QStringLiteral("fingerprint_sha256"), id.fingerprint()},
        {QStringLiteral("self_signed"), id.selfSigned},
        {QStringLiteral("subject"), id.certificate.subjectDisplayName()},
        {QStringLiteral("not_before"), iso(id.certificate.effectiveDate())},
        {QStringLiteral("not_after"), iso(id.certificate.expiryDate())},
    };
}

} // namespace

void addMfpMethods(localapi::MethodRegistry &methods, std::function<MfpService *()> service,
                   const QString &owner)
{
    // Each method runs on the service, which the registry's gate (Need::MfpApi) knows is running.
    const auto with =
        [service](std::function<void(MfpService *, const QJsonObject &, localapi::MethodReply)> body) {
            return [service, body](const QJsonObject &params, localapi::MethodReply done) {
                body(service(), params, std::move(done));
            };
        };
    const auto userParam = [owner](const QJsonObject &params) {
        const QString u = params.value(QStringLiteral("user")).toString().trimmed();
        return u.isEmpty() ? owner : u;
    };

    methods.add(QStringLiteral("mfp.certificate"), {localapi::Need::MfpApi},
                with([](MfpService *s, const QJsonObject &, localapi::MethodReply done) {
                    done(certificateJson(*s));
                }));
    methods.add(QStringLiteral("mfp.install_certificate"), {localapi::Need::MfpApi},
                with([](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QByteArray cert = p.value(QStringLiteral("certificate")).toString().toUtf8();
                    const QByteArray key = p.value(QStringLiteral("key")).toString().toUtf8();
                    const QByteArray chain = p.value(QStringLiteral("chain")).toString().toUtf8();
                    if (cert.isEmpty() || key.isEmpty()) {
                        done(badParam(QStringLiteral("certificate")));
                        return;
                    }
                    if (auto st = s->installCertificate(cert, key, chain); !st)
                        done(st.error());
                    else
                        done(certificateJson(*s));
                }));
    methods.add(QStringLiteral("devices.pair"), {localapi::Need::MfpApi},
                with([](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const auto code = s->newPairingCode(p.value(QStringLiteral("name")).toString());
                    done(QJsonObject{{QStringLiteral("code"), code.code},
                                     {QStringLiteral("expires"), iso(code.expires)}});
                }));
    methods.add(QStringLiteral("devices.list"), {localapi::Need::MfpApi},
                with([](MfpService *s, const QJsonObject &, localapi::MethodReply done) {
                    auto devices = s->accounts()->devices();
                    if (!devices) {
                        done(devices.error());
                        return;
                    }
                    QJsonArray out;
                    for (const accounts::Device &d : devices.value()) {
                        out.append(QJsonObject{{QStringLiteral("id"), d.id},
                                               {QStringLiteral("name"), d.name},
                                               {QStringLiteral("created"), iso(d.created)},
                                               {QStringLiteral("last_seen"), iso(d.lastSeen)},
                                               {QStringLiteral("revoked"), iso(d.revoked)}});
                    }
                    done(QJsonObject{{QStringLiteral("devices"), out}});
                }));
    methods.add(QStringLiteral("devices.revoke"), {localapi::Need::MfpApi},
                with([](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QString id = p.value(QStringLiteral("id")).toString();
                    if (auto st = s->revokeDevice(id); !st)
                        done(st.error());
                    else
                        done(QJsonObject{{QStringLiteral("id"), id}});
                }));
    methods.add(QStringLiteral("pin.set"), {localapi::Need::MfpApi},
                with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QString user = userParam(p);
                    s->setPin(user, p.value(QStringLiteral("pin")).toString(), [done, user](Status st) {
                        if (!st)
                            done(st.error());
                        else
                            done(QJsonObject{{QStringLiteral("user"), user}});
                    });
                }));
    methods.add(QStringLiteral("pin.status"), {localapi::Need::MfpApi},
                with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QString user = userParam(p);
                    auto pin = s->accounts()->pin(user);
                    if (!pin && pin.error().code != QLatin1String("not-found")) {
                        done(pin.error());
                        return;
                    }
                    done(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("set"), pin.isOk()}});
                }));
    methods.add(QStringLiteral("pin.verify"), {localapi::Need::MfpApi},
                with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QString user = userParam(p);
                    s->verifyPin(user, p.value(QStringLiteral("pin")).toString(), [done, user](Status st) {
                        if (!st)
                            done(st.error());
                        else
                            done(QJsonObject{{QStringLiteral("user"), user}});
                    });
                }));
    methods.add(QStringLiteral("card.set"), {localapi::Need::MfpApi},
                with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    const QString user = userParam(p);
                    const QString card = p.value(QStringLiteral("card_id")).toString().trimmed();
                    if (card.size() < 4 || card.size() > 64) {
                        done(Error{QStringLiteral("bad-request"),
                                   Text::tr("A badge number has 4 to 64 characters."),
                                   {{QStringLiteral("param"), QStringLiteral("card_id")}}});
                        return;
                    }
                    if (auto st = s->setCard(user, card); !st)
                        done(st.error());
                    else
                        done(QJsonObject{{QStringLiteral("user"), user}});
                }));
}

} // namespace pv::mfp
