// printvault-cli server status | login | logout, and the release of a server-held job.
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>

namespace pv::cli {

namespace {

QString serverText(const QJsonObject &s)
{
    QString out =
        Text::tr("Server:      %1\nMode:        %2\nAccount:     %3 (%4)\nConnection:  %5\n")
            .arg(s.value(QStringLiteral("uri")).toString(), s.value(QStringLiteral("mode")).toString(),
                 s.value(QStringLiteral("user")).toString(),
                 s.value(QStringLiteral("logged_in")).toBool() ? Text::tr("password in the keychain")
                                                               : Text::tr("not signed in"),
                 s.value(QStringLiteral("connection")).toString());
    const QJsonObject error = s.value(QStringLiteral("last_error")).toObject();
    if (!error.isEmpty())
        out += Text::tr("Last error:  %1\n").arg(error.value(QStringLiteral("message")).toString());
    const QJsonArray outbox = s.value(QStringLiteral("outbox")).toArray();
    out += Text::tr("Outbox:      %n job(s)\n", nullptr, int(outbox.size()));
    for (const QJsonValue &v : outbox) {
        const QJsonObject o = v.toObject();
        out += QStringLiteral("  %1  %2 %3\n")
                   .arg(o.value(QStringLiteral("id")).toString().left(8),
                        o.value(QStringLiteral("location")).toString(),
                        o.value(QStringLiteral("reason")).toString());
    }
    return out;
}

} // namespace

int CliRunner::cmdServer(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.value(0);
    if (sub == QLatin1String("status") && args.size() == 1) {
        auto r = call(QStringLiteral("server.status"));
        return printResult(r, r ? serverText(r.value()) : QString());
    }
    if (sub == QLatin1String("logout") && args.size() == 1) {
        auto r = call(QStringLiteral("server.logout"));
        return printResult(r, Text::tr("The server password is forgotten.\n"));
    }
    if (sub == QLatin1String("login")) {
        bool missing = false;
        const QString user = takeOption(args, QStringLiteral("--user"), &missing);
        if (missing || args.size() != 1)
            return usage(
                Text::tr("server login takes [--user NAME] and reads the password from standard input"));
        // One line: the password, without its line end; never an argument, which ps would show.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(Text::tr("cannot read standard input"));
        QByteArray password = in.readLine(4096);
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        if (password.isEmpty())
            return usage(Text::tr("server login reads the password from standard input; it was empty"));
        auto r = call(QStringLiteral("server.login"),
                      QJsonObject{{QStringLiteral("user"), user},
                                  {QStringLiteral("password"), QString::fromUtf8(password)}});
        password.fill('\0');
        return printResult(r, r ? Text::tr("Signed in to %1 as %2; the password is in the keychain.\n")
                                      .arg(r->value(QStringLiteral("uri")).toString(),
                                           r->value(QStringLiteral("user")).toString())
                                : QString());
    }
    return usage(Text::tr("server takes: status | login [--user NAME] | logout"));
}

int CliRunner::releaseOnServer(const QString &id)
{
    if (!m_json)
        print(Text::tr("Releasing %1 on the print server...\n").arg(id));
    auto r = call(QStringLiteral("jobs.release"), QJsonObject{{QStringLiteral("id"), id}});
    return printResult(r, r ? Text::tr("Printed: server job %1 %2, %3 impression(s).\n")
                                  .arg(r->value(QStringLiteral("server_job_id")).toInt())
                                  .arg(r->value(QStringLiteral("state")).toString())
                                  .arg(r->value(QStringLiteral("impressions")).toInt())
                            : QString());
}

} // namespace pv::cli
