#include "mfp/MfpLocalMethods.h"

#include "mfp/MfpService.h"

#include <QJsonArray>

namespace pv::mfp {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

Error unavailable()
{
    return Error{QStringLiteral("unavailable"),
                 QStringLiteral("the MFP API is not running (the vault is locked, or mfp/port is 0)")};
}

Error badParam(const QString &name)
{
    return Error{QStringLiteral("bad-request"),
                 QStringLiteral("the parameter '%1' is missing or bad").arg(name)};
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

void addMfpMethods(QHash<QString, localapi::Method> &methods, std::function<MfpService *()> service,
                   const QString &owner)
{
    // Each method first needs the running service.
    const auto with =
        [service](std::function<void(MfpService *, const QJsonObject &, localapi::MethodReply)> body) {
            return [service, body](const QJsonObject &params, localapi::MethodReply done) {
                if (MfpService *s = service())
                    body(s, params, std::move(done));
                else
                    done(unavailable());
            };
        };
    const auto userParam = [owner](const QJsonObject &params) {
        const QString u = params.value(QStringLiteral("user")).toString().trimmed();
        return u.isEmpty() ? owner : u;
    };

    methods.insert(QStringLiteral("mfp.certificate"),
                   with([](MfpService *s, const QJsonObject &, localapi::MethodReply done) {
                       done(certificateJson(*s));
                   }));
    methods.insert(QStringLiteral("mfp.installCertificate"),
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
    methods.insert(QStringLiteral("devices.pair"),
                   with([](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const auto code = s->newPairingCode(p.value(QStringLiteral("name")).toString());
                       done(QJsonObject{{QStringLiteral("code"), code.code},
                                        {QStringLiteral("expires"), iso(code.expires)}});
                   }));
    methods.insert(QStringLiteral("devices.list"),
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
    methods.insert(QStringLiteral("devices.revoke"),
                   with([](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const QString id = p.value(QStringLiteral("id")).toString();
                       if (auto st = s->revokeDevice(id); !st)
                           done(st.error());
                       else
                           done(QJsonObject{{QStringLiteral("id"), id}});
                   }));
    methods.insert(QStringLiteral("pin.set"),
                   with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const QString user = userParam(p);
                       s->setPin(user, p.value(QStringLiteral("pin")).toString(), [done, user](Status st) {
                           if (!st)
                               done(st.error());
                           else
                               done(QJsonObject{{QStringLiteral("user"), user}});
                       });
                   }));
    methods.insert(QStringLiteral("pin.status"),
                   with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const QString user = userParam(p);
                       auto pin = s->accounts()->pin(user);
                       if (!pin && pin.error().code != QLatin1String("not-found")) {
                           done(pin.error());
                           return;
                       }
                       done(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("set"), pin.isOk()}});
                   }));
    methods.insert(QStringLiteral("pin.verify"),
                   with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const QString user = userParam(p);
                       s->verifyPin(user, p.value(QStringLiteral("pin")).toString(), [done, user](Status st) {
                           if (!st)
                               done(st.error());
                           else
                               done(QJsonObject{{QStringLiteral("user"), user}});
                       });
                   }));
    methods.insert(QStringLiteral("card.set"),
                   with([userParam](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                       const QString user = userParam(p);
                       const QString card = p.value(QStringLiteral("card_id")).toString().trimmed();
                       if (card.size() < 4 || card.size() > 64) {
                           done(Error{QStringLiteral("bad-request"),
                                      QStringLiteral("a badge number has 4 to 64 characters")});
                           return;
                       }
                       if (auto st = s->accounts()->setCard(user, card); !st)
                           done(st.error());
                       else
                           done(QJsonObject{{QStringLiteral("user"), user}});
                   }));
}

} // namespace pv::mfp
