#include "signin/DesktopIdle.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcDesktopIdle, "printvault.spooler.signin.idle")

namespace pv::signin {

namespace {

constexpr int CallTimeoutMs = 5000;

IdleReading toReading(const QVariantMap &properties)
{
    IdleReading r;
    const QVariant hint = properties.value(QStringLiteral("IdleHint"));
    if (!hint.isValid())
        return r;
    r.known = true;
    r.idle = hint.toBool();
    // Microseconds of CLOCK_REALTIME; 0 when the user was never idle.
    const qulonglong since = properties.value(QStringLiteral("IdleSinceHint")).toULongLong();
    if (since > 0)
        r.idleSince = QDateTime::fromMSecsSinceEpoch(qint64(since / 1000), Qt::UTC);
    return r;
}

} // namespace

DesktopIdle::DesktopIdle(uint uid, QString busAddress)
    : m_uid(uid)
    , m_busAddress(std::move(busAddress))
{}

void DesktopIdle::read(std::function<void(IdleReading)> done)
{
    QDBusConnection bus =
        m_busAddress.isEmpty()
            ? QDBusConnection::systemBus()
            : QDBusConnection::connectToBus(m_busAddress, QStringLiteral("printvault-desktop-idle"));
    if (!bus.isConnected()) {
        done({});
        return;
    }
    // logind's documented object path for a user: /org/freedesktop/login1/user/_UID.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"),
        QStringLiteral("/org/freedesktop/login1/user/_%1").arg(m_uid),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
    call << QStringLiteral("org.freedesktop.login1.User");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, CallTimeoutMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [done = std::move(done)](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         const QDBusPendingReply<QVariantMap> reply = *w;
                         if (reply.isError()) {
                             qCDebug(lcDesktopIdle) << "logind cannot say:" << reply.error().name();
                             done({});
                             return;
                         }
                         done(toReading(reply.value()));
                     });
}

} // namespace pv::signin
