#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

namespace pv::app {

class DaemonConnection;

// The organisation account for the window (account.status, account.changed): which page to
// show (sign-in, waiting for the browser, the device code, or nothing), the account header's
// name and e-mail, errors in words chosen by the daemon's reason codes, and the actions. The
// device code's countdown is the only timer, and it runs only while a code is shown. The
// daemon does the flow; this model only asks and shows. Main thread.
class AccountModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the account model")
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool configured READ isConfigured NOTIFY changed)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)
    Q_PROPERTY(QString page READ page NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(bool deviceFlowAllowed READ deviceFlowAllowed NOTIFY changed)
    Q_PROPERTY(QString userCode READ userCode NOTIFY changed)
    Q_PROPERTY(QString verificationUri READ verificationUri NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY countdownChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
public:
    explicit AccountModel(DaemonConnection *connection, QObject *parent = nullptr);

    // "" until the daemon answered, then its state: not_configured, signed_out, signing_in,
    // signed_in.
    QString state() const { return m_account.value(QStringLiteral("state")).toString(); }
    bool isConfigured() const { return !state().isEmpty() && state() != QLatin1String("not_configured"); }
    bool isSignedIn() const { return state() == QLatin1String("signed_in"); }
    // What covers the window: "signin", "browser" (waiting), "device" (the code), or "" (none).
    QString page() const;
    QString name() const;
    QString email() const { return m_account.value(QStringLiteral("email")).toString(); }
    QString organisation() const; // the provider's host name, for "Sign in to …"
    bool deviceFlowAllowed() const { return m_account.value(QStringLiteral("device_flow")).toBool(); }
    QString userCode() const { return device().value(QStringLiteral("user_code")).toString(); }
    QString verificationUri() const;
    int secondsLeft() const { return m_secondsLeft; }
    QString countdownText() const;
    QString error() const { return m_error; }
    bool isBusy() const { return m_busy; }

    Q_INVOKABLE void signIn();         // the browser flow: opens the system browser
    Q_INVOKABLE void signInWithCode(); // the device flow
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void notNow(); // hides the sign-in page until the next sign-out
    Q_INVOKABLE void openBrowserAgain();

    // For the tray's "Sign out" and the tests: the last account.changed or account.status.
    QJsonObject account() const { return m_account; }

Q_SIGNALS:
    void changed();
    void countdownChanged();
    // The session ended without the user asking (a refused renewal, idle sign-out): for a
    // notification.
    void signedOutBy(const QString &title, const QString &message);
    // The daemon's authorization URL, for the system browser (the app opens it).
    void openUrlRequested(const QUrl &url);

private:
    QJsonObject device() const;
    void refresh();
    void apply(const QJsonObject &account);
    void call(const QString &method);
    void setBusy(bool busy);
    void tick();
    QString errorFor(const QJsonObject &account) const;

    DaemonConnection *m_connection;
    QJsonObject m_account;
    QString m_error;
    QUrl m_authorizationUrl;
    QTimer m_countdown;
    int m_secondsLeft = 0;
    bool m_busy = false;
    bool m_skipped = false;
};

} // namespace pv::app
