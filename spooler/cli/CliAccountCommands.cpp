// printvault-cli's organisation account: login (browser or device flow), logout and whoami.
// The daemon does the whole flow; the CLI opens the browser, shows the code and waits for the
// account.changed event that ends the attempt.
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"
#include "localapi/LocalApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace pv::cli {

namespace {

QJsonObject accountOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("account")).toObject();
}

// $BROWSER (a colon-separated list, as many tools read it), else xdg-open. False when none
// could be started: the user then opens the printed address by hand.
bool openBrowser(const QString &url)
{
    QStringList candidates = qEnvironmentVariable("BROWSER").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    candidates.append(QStringLiteral("xdg-open"));
    for (const QString &program : std::as_const(candidates)) {
        const QString path = QStandardPaths::findExecutable(program);
        if (!path.isEmpty() && QProcess::startDetached(path, {url}))
            return true;
    }
    return false;
}

} // namespace

QString CliRunner::accountText(const QJsonObject &account) const
{
    const QString state = account.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("not_configured"))
        return Text::tr("This computer is not connected to an organisation (policy names no sign-in "
                        "service).\n");
    if (state != QLatin1String("signed_in")) {
        const QString message = account.value(QStringLiteral("message")).toString();
        return Text::tr("Not signed in.") + (message.isEmpty() ? QString() : QLatin1Char(' ') + message) +
               QLatin1Char('\n');
    }
    const QString name = account.value(QStringLiteral("name")).toString();
    const QString email = account.value(QStringLiteral("email")).toString();
    QString who = name.isEmpty() ? account.value(QStringLiteral("subject")).toString() : name;
    if (!email.isEmpty())
        who += QStringLiteral(" <%1>").arg(email);
    return Text::tr("Signed in as %1\nOrganisation: %2\n")
        .arg(who, account.value(QStringLiteral("issuer")).toString());
}

int CliRunner::cmdWhoami(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(Text::tr("whoami takes no arguments"));
    auto r = call(QStringLiteral("account.status"));
    if (!r)
        return fail(r.error());
    m_json ? printJson(r.value()) : print(accountText(accountOf(r.value())));
    return accountOf(r.value()).value(QStringLiteral("state")) == QLatin1String("signed_in") ? Ok : Failed;
}

int CliRunner::cmdLogout(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(Text::tr("logout takes no arguments"));
    auto r = call(QStringLiteral("account.sign_out"));
    if (!r)
        return fail(r.error());
    if (m_json)
        printJson(r.value());
    else
        print(Text::tr("Signed out. This computer keeps no token of the session.\n"));
    return Ok;
}

int CliRunner::cmdLogin(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool device = args.removeAll(QStringLiteral("--device")) > 0;
    if (!args.isEmpty())
        return usage(Text::tr("login takes only [--device]"));
    // Subscribed first, so the event that ends the attempt cannot slip by.
    if (auto s = call(QStringLiteral("events.subscribe")); !s)
        return fail(s.error());
    QEventLoop loop;
    bool started = false;
    QJsonObject outcome;
    connect(m_client, &localapi::LocalApiClient::eventReceived, &loop, [&](const QJsonObject &event) {
        const QJsonObject account = accountOf(event);
        if (started && event.value(QStringLiteral("event")) == QLatin1String("account.changed") &&
            account.value(QStringLiteral("state")) != QLatin1String("signing_in")) {
            outcome = account;
            loop.quit();
        }
    });
    connect(m_client, &localapi::LocalApiClient::disconnected, &loop, &QEventLoop::quit);

    auto r = call(device ? QStringLiteral("account.device_sign_in") : QStringLiteral("account.sign_in"));
    if (!r)
        return fail(r.error());
    started = true;
    if (m_json) {
        print(QString::fromUtf8(QJsonDocument(r.value()).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else if (device) {
        const QJsonObject c = r.value();
        print(Text::tr("To sign in, open %1 on any device and enter the code\n\n    %2\n\n"
                       "The code is valid for %n minute(s). Waiting…\n",
                       "", qMax(1, c.value(QStringLiteral("expires_in")).toInt() / 60))
                  .arg(c.value(QStringLiteral("verification_uri")).toString(),
                       c.value(QStringLiteral("user_code")).toString()));
    } else {
        const QString url = r->value(QStringLiteral("authorization_url")).toString();
        print((openBrowser(url) ? Text::tr("Your browser was opened at:\n%1\nContinue there. Waiting…\n")
                                : Text::tr("Open this address in a browser to sign in:\n%1\nWaiting…\n"))
                  .arg(url));
    }
    loop.exec();
    if (outcome.isEmpty())
        return fail(Error{QStringLiteral("unreachable"), Text::tr("printvaultd went away")});
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("account"), outcome}});
    if (outcome.value(QStringLiteral("state")) != QLatin1String("signed_in"))
        return fail(Error{outcome.value(QStringLiteral("reason")).toString(),
                          outcome.value(QStringLiteral("message")).toString()});
    if (!m_json)
        print(accountText(outcome));
    return Ok;
}

} // namespace pv::cli
