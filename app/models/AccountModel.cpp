#include "models/AccountModel.h"

#include "core/DaemonConnection.h"

#include <QUrl>

namespace pv::app {

namespace {

constexpr int CountdownTickMs = 1000;

} // namespace

AccountModel::AccountModel(DaemonConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_countdown.setInterval(CountdownTickMs);
    connect(&m_countdown, &QTimer::timeout, this, &AccountModel::tick);
    connect(m_connection, &DaemonConnection::connectedChanged, this, [this]() {
        if (m_connection->isConnected())
            refresh();
    });
    connect(m_connection, &DaemonConnection::eventReceived, this, [this](const QJsonObject &event) {
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("account.changed"))
            apply(event.value(QStringLiteral("account")).toObject());
    });
}

QString AccountModel::page() const
{
    if (!isConfigured() || isSignedIn())
        return QString();
    const QString flow =
        m_account.value(QStringLiteral("pending")).toObject().value(QStringLiteral("flow")).toString();
    if (state() == QLatin1String("signing_in"))
        return flow == QLatin1String("device") ? QStringLiteral("device") : QStringLiteral("browser");
    return m_skipped ? QString() : QStringLiteral("signin");
}

QString AccountModel::name() const
{
    const QString name = m_account.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? m_account.value(QStringLiteral("subject")).toString() : name;
}

QString AccountModel::organisation() const
{
    return QUrl(m_account.value(QStringLiteral("issuer")).toString()).host();
}

QJsonObject AccountModel::device() const
{
    return m_account.value(QStringLiteral("pending")).toObject().value(QStringLiteral("device")).toObject();
}

QString AccountModel::verificationUri() const
{
    // The complete URI carries the code, but people type the short one: show that.
    return device().value(QStringLiteral("verification_uri")).toString();
}

QString AccountModel::countdownText() const
{
    return tr("The code is valid for %1:%2 more.")
        .arg(m_secondsLeft / 60)
        .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0'));
}

void AccountModel::refresh()
{
    m_connection->request(QStringLiteral("account.status"), {}, [this](Result<QJsonObject> r) {
        if (r)
            apply(r->value(QStringLiteral("account")).toObject());
    });
}

// Words for the daemon's reason codes (docs/api/local-api.json); an unknown reason falls back
// to the daemon's own message, which it wrote in the user's language.
QString AccountModel::errorFor(const QJsonObject &account) const
{
    const QString reason = account.value(QStringLiteral("reason")).toString();
    const QString message = account.value(QStringLiteral("message")).toString();
    if (reason.isEmpty())
        return QString();
    if (reason == QLatin1String("provider-unreachable"))
        return tr("The sign-in service can't be reached. Check the network connection and try again.");
    if (reason == QLatin1String("cancelled"))
        return tr("The sign-in was cancelled.");
    if (reason == QLatin1String("timed-out"))
        return tr("The sign-in took too long. Please try again.");
    if (reason == QLatin1String("code-expired"))
        return tr("The code has expired. Please start again.");
    if (reason == QLatin1String("session-ended"))
        return tr("Your organisation ended the sign-in. Please sign in again.");
    if (reason == QLatin1String("idle"))
        return tr("You were signed out because PrintVault was not used for a while.");
    if (reason == QLatin1String("wrong-issuer") || reason == QLatin1String("bad-token") ||
        reason == QLatin1String("bad-signature") || reason == QLatin1String("unknown-key"))
        return tr("The sign-in service's answer could not be trusted, so you were not signed in.");
    return message.isEmpty() ? tr("The sign-in did not work.") : message;
}

void AccountModel::apply(const QJsonObject &account)
{
    const bool wasSignedIn = isSignedIn();
    m_account = account;
    m_error = errorFor(account);
    if (!isSignedIn() && state() != QLatin1String("signing_in"))
        m_authorizationUrl.clear();
    if (wasSignedIn && state() == QLatin1String("signed_out")) {
        m_skipped = false; // signed out: the sign-in page comes back
        const QString reason = account.value(QStringLiteral("reason")).toString();
        if (reason == QLatin1String("session-ended") || reason == QLatin1String("idle"))
            Q_EMIT signedOutBy(tr("You were signed out"), m_error);
    }
    if (page() == QLatin1String("device")) {
        tick();
        m_countdown.start();
    } else {
        m_countdown.stop();
    }
    Q_EMIT changed();
}

void AccountModel::tick()
{
    const QDateTime expires =
        QDateTime::fromString(device().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    const int left =
        expires.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires))) : 0;
    if (left != m_secondsLeft) {
        m_secondsLeft = left;
        Q_EMIT countdownChanged();
    }
}

void AccountModel::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT changed();
    }
}

void AccountModel::call(const QString &method)
{
    setBusy(true);
    m_connection->request(method, {}, [this, method](Result<QJsonObject> r) {
        setBusy(false);
        if (!r) {
            m_error =
                r.error().code == QLatin1String("provider-unreachable")
                    ? tr("The sign-in service can't be reached. Check the network connection and try again.")
                    : r.error().message;
            Q_EMIT changed();
            return;
        }
        if (method == QLatin1String("account.sign_in")) {
            m_authorizationUrl = QUrl(r->value(QStringLiteral("authorization_url")).toString());
            Q_EMIT openUrlRequested(m_authorizationUrl);
        }
        if (r->contains(QStringLiteral("account")))
            apply(r->value(QStringLiteral("account")).toObject());
    });
}

void AccountModel::signIn()
{
    call(QStringLiteral("account.sign_in"));
}

void AccountModel::signInWithCode()
{
    call(QStringLiteral("account.device_sign_in"));
}

void AccountModel::cancel()
{
    call(QStringLiteral("account.cancel"));
}

void AccountModel::signOut()
{
    call(QStringLiteral("account.sign_out"));
}

void AccountModel::notNow()
{
    m_skipped = true;
    Q_EMIT changed();
}

void AccountModel::openBrowserAgain()
{
    if (m_authorizationUrl.isValid())
        Q_EMIT openUrlRequested(m_authorizationUrl);
}

} // namespace pv::app
