#include "mfp/MfpLocalMethods.h"

#include "mfp/IdleLock.h"
#include "mfp/MfpService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

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

using Proceed = std::function<void()>;

// Runs `proceed` when the session is not idle-locked, or when params carry the owner's PIN as
// current_pin (which then also ends the lock); otherwise answers "session-locked".
void unlessIdleLocked(IdleLock *lock, MfpService *s, const QString &owner, const QJsonObject &params,
                      const localapi::MethodReply &done, Proceed proceed)
{
    if (!lock->isLocked()) {
        proceed();
        return;
    }
    const QString pin = params.value(QStringLiteral("current_pin")).toString();
    if (pin.isEmpty()) {
        done(Error{QStringLiteral("session-locked"),
                   Text::tr("The session is locked after inactivity. Enter your PIN to do this."),
                   {{QStringLiteral("param"), QStringLiteral("current_pin")}}});
        return;
    }
    QPointer<IdleLock> guard(lock);
    s->verifyPin(owner, pin, [guard, done, proceed](Status st) {
        if (!st) {
            done(st.error());
            return;
        }
        if (guard)
            guard->setLocked(false);
        proceed();
    });
}

void addSessionLockMethods(localapi::MethodRegistry &methods, std::function<MfpService *()> service,
                           const QString &owner, IdleLock *lock)
{
    methods.add(QStringLiteral("session.lock"), {localapi::Need::MfpApi},
                [service, owner, lock](const QJsonObject &, localapi::MethodReply done) {
                    // Only a user with a PIN can be asked for it again.
                    auto pin = service()->accounts()->pin(owner);
                    if (!pin && pin.error().code == QLatin1String("not-found")) {
                        done(Error{QStringLiteral("no-pin"),
                                   Text::tr("There is no PIN to unlock with; the session is not locked.")});
                        return;
                    }
                    if (!pin) {
                        done(pin.error());
                        return;
                    }
                    lock->setLocked(true);
                    done(QJsonObject{{QStringLiteral("locked"), true}});
                });
    methods.add(QStringLiteral("session.unlock"), {localapi::Need::MfpApi},
                [service, owner, lock](const QJsonObject &p, localapi::MethodReply done) {
                    QPointer<IdleLock> guard(lock);
                    service()->verifyPin(owner, p.value(QStringLiteral("pin")).toString(),
                                         [guard, done](Status st) {
                                             if (!st) {
                                                 done(st.error());
                                                 return;
                                             }
                                             if (guard)
                                                 guard->setLocked(false);
                                             done(QJsonObject{{QStringLiteral("locked"), false}});
                                         });
                });
}

} // namespace

void addMfpMethods(localapi::MethodRegistry &methods, std::function<MfpService *()> service,
                   const QString &owner, IdleLock *lock)
{
    addSessionLockMethods(methods, service, owner, lock);
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
                with([owner, lock](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
                    unlessIdleLocked(lock, s, owner, p, done, [s, p, done]() {
                        const auto code = s->newPairingCode(p.value(QStringLiteral("name")).toString());
                        done(QJsonObject{{QStringLiteral("code"), code.code},
                                         {QStringLiteral("expires"), iso(code.expires)}});
                    });
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
    methods.add(
        QStringLiteral("pin.set"), {localapi::Need::MfpApi},
        with([userParam, owner, lock](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
            unlessIdleLocked(lock, s, owner, p, done, [s, p, done, user = userParam(p)]() {
                s->setPin(user, p.value(QStringLiteral("pin")).toString(), [done, user](Status st) {
                    if (!st)
                        done(st.error());
                    else
                        done(QJsonObject{{QStringLiteral("user"), user}});
                });
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
    methods.add(
        QStringLiteral("card.set"), {localapi::Need::MfpApi},
        with([userParam, owner, lock](MfpService *s, const QJsonObject &p, localapi::MethodReply done) {
            const QString user = userParam(p);
            const QString card = p.value(QStringLiteral("card_id")).toString().trimmed();
            if (card.size() < 4 || card.size() > 64) {
                done(Error{QStringLiteral("bad-request"),
                           Text::tr("A badge number has 4 to 64 characters."),
                           {{QStringLiteral("param"), QStringLiteral("card_id")}}});
                return;
            }
            unlessIdleLocked(lock, s, owner, p, done, [s, user, card, done]() {
                if (auto st = s->setCard(user, card); !st)
                    done(st.error());
                else
                    done(QJsonObject{{QStringLiteral("user"), user}});
            });
        }));
}

} // namespace pv::mfp
