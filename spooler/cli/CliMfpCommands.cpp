// printvault-cli's commands for printing held jobs and their accounting: jobs release, usage,
// and MFP pull printing: cert, devices, pin, card.
#include "accounting/UsageCsv.h"
#include "cli/CliArgs.h"
#include "cli/CliFormat.h"
#include "cli/CliRunner.h"
#include "localapi/LocalApiClient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pv::cli {

namespace {

QByteArray readFileOrEmpty(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One line from standard input, without echo when it is a terminal.
QString readSecretLine()
{
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine().trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

QString certificateText(const QJsonObject &c)
{
    return Text::tr("MFP API:      %1\n"
                    "Certificate:  %2 (%3)\n"
                    "Valid:        %4 to %5\n"
                    "SHA-256:      %6\n")
        .arg(
            c.value(QStringLiteral("listening")).toBool()
                ? Text::tr("listening on port %1").arg(c.value(QStringLiteral("port")).toInt())
                : Text::tr("not listening"),
            c.value(QStringLiteral("subject")).toString(),
            c.value(QStringLiteral("self_signed")).toBool() ? Text::tr("self-signed") : Text::tr("CA-issued"),
            c.value(QStringLiteral("not_before")).toString(), c.value(QStringLiteral("not_after")).toString(),
            c.value(QStringLiteral("fingerprint_sha256")).toString());
}

} // namespace

int CliRunner::printResult(const Result<QJsonObject> &result, const QString &text)
{
    if (!result)
        return fail(result.error());
    m_json ? printJson(result.value()) : print(text);
    return Ok;
}

int CliRunner::cmdCert(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("show") && args.size() == 1) {
        auto r = call(QStringLiteral("mfp.certificate"));
        return printResult(r, r ? certificateText(r.value()) : QString());
    }
    if (sub == QLatin1String("install") && (args.size() == 3 || args.size() == 4)) {
        const QJsonObject params{
            {QStringLiteral("certificate"), QString::fromUtf8(readFileOrEmpty(args.at(1)))},
            {QStringLiteral("key"), QString::fromUtf8(readFileOrEmpty(args.at(2)))},
            {QStringLiteral("chain"),
             args.size() == 4 ? QString::fromUtf8(readFileOrEmpty(args.at(3))) : QString()}};
        auto r = call(QStringLiteral("mfp.install_certificate"), params);
        return printResult(r, r ? Text::tr("Installed.\n") + certificateText(r.value()) : QString());
    }
    return usage(Text::tr("cert takes: show | install CERT KEY [CHAIN]"));
}

int CliRunner::cmdDevices(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.value(0);
    if (sub == QLatin1String("pair")) {
        bool missing = false;
        const QString name = takeOption(args, QStringLiteral("--name"), &missing);
        if (missing || args.size() != 1)
            return usage(Text::tr("devices pair takes [--name NAME]"));
        auto r = call(QStringLiteral("devices.pair"), QJsonObject{{QStringLiteral("name"), name}});
        return printResult(r,
                           r ? Text::tr("Pairing code: %1\nEnter it on the MFP before %2. It works once.\n")
                                   .arg(r->value(QStringLiteral("code")).toString(),
                                        r->value(QStringLiteral("expires")).toString())
                             : QString());
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        auto r = call(QStringLiteral("devices.list"));
        QString text;
        if (r) {
            const QJsonArray devices = r->value(QStringLiteral("devices")).toArray();
            text = devices.isEmpty() ? Text::tr("No paired devices.\n")
                                     : QStringLiteral("%1  %2  %3  %4\n")
                                           .arg(Text::tr("ID"), -16)
                                           .arg(Text::tr("NAME"), -24)
                                           .arg(Text::tr("LAST SEEN"), -20)
                                           .arg(Text::tr("STATE"));
            for (const QJsonValue &v : devices) {
                const QJsonObject d = v.toObject();
                const QString revoked = d.value(QStringLiteral("revoked")).toString();
                text +=
                    QStringLiteral("%1  %2  %3  %4\n")
                        .arg(d.value(QStringLiteral("id")).toString(), -16)
                        .arg(d.value(QStringLiteral("name")).toString().left(24), -24)
                        .arg(d.value(QStringLiteral("last_seen")).toString(), -20)
                        .arg(revoked.isEmpty() ? Text::tr("paired") : Text::tr("revoked %1").arg(revoked));
            }
        }
        return printResult(r, text);
    }
    if (sub == QLatin1String("revoke") && args.size() == 2) {
        auto r = call(QStringLiteral("devices.revoke"), QJsonObject{{QStringLiteral("id"), args.at(1)}});
        return printResult(r, Text::tr("Revoked device %1; its sessions have ended.\n").arg(args.at(1)));
    }
    return usage(Text::tr("devices takes: pair [--name N] | list | revoke ID"));
}

int CliRunner::cmdPin(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString user = takeOption(args, QStringLiteral("--user"), &missing);
    if (missing || args != QStringList{QStringLiteral("set")})
        return usage(Text::tr("pin takes: set [--user USER], with the PIN on standard input"));
    if (isatty(STDIN_FILENO))
        std::fputs(qPrintable(Text::tr("New PIN (4-12 digits): ")), stderr);
    const QString pin = readSecretLine();
    auto r = call(QStringLiteral("pin.set"),
                  QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("pin"), pin}});
    return printResult(r, r ? Text::tr("PIN set for %1.\n").arg(r->value(QStringLiteral("user")).toString())
                            : QString());
}

int CliRunner::cmdCard(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString user = takeOption(args, QStringLiteral("--user"), &missing);
    // The number is a credential: on the command line it would sit in the shell's history and
    // in every process listing, so it is read from standard input, as the PIN is.
    if (missing || args != QStringList{QStringLiteral("set")})
        return usage(Text::tr("card takes: set [--user USER], with the badge number on standard input"));
    if (isatty(STDIN_FILENO))
        std::fputs(qPrintable(Text::tr("Badge number: ")), stderr);
    const QString cardId = readSecretLine();
    auto r = call(QStringLiteral("card.set"),
                  QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("card_id"), cardId}});
    return printResult(
        r, r ? Text::tr("Card registered for %1.\n").arg(r->value(QStringLiteral("user")).toString())
             : QString());
}

int CliRunner::cmdRelease(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString printer = takeOption(args, QStringLiteral("--printer"), &missing);
    const QString copiesText = takeOption(args, QStringLiteral("--copies"), &missing);
    const bool duplex = args.removeAll(QStringLiteral("--duplex")) > 0;
    const bool watermark = args.removeAll(QStringLiteral("--watermark")) > 0;
    const bool mono = args.removeAll(QStringLiteral("--mono")) > 0;
    bool ok = true;
    const int copies = copiesText.isEmpty() ? 0 : copiesText.toInt(&ok);
    // Without --printer the print server releases the job (server-N from jobs list).
    if (!missing && printer.isEmpty() && args.size() == 1 && copiesText.isEmpty())
        return releaseOnServer(args.first());
    if (missing || printer.isEmpty() || args.size() != 1 || !ok || copies < 0 || copies > 999)
        return usage(Text::tr(
            "jobs release takes ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]"));
    auto id = call(QStringLiteral("jobs.get"), QJsonObject{{QStringLiteral("id"), args.first()}});
    if (!id)
        return fail(id.error());
    const QString fullId = id->value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    if (!m_json) {
        print(Text::tr("Releasing job %1 to %2...\n").arg(fullId.left(8), printer));
        // Progress on standard error, from the daemon's events: pages rendered and sent, or the
        // share of a PDF sent, and the printer's retries.
        if (call(QStringLiteral("events.subscribe"))) {
            connect(m_client, &localapi::LocalApiClient::eventReceived, this,
                    [this, fullId](const QJsonObject &e) {
                        if (e.value(QStringLiteral("id")).toString() != fullId)
                            return;
                        const QString event = e.value(QStringLiteral("event")).toString();
                        const qint64 done = qint64(e.value(QStringLiteral("done")).toDouble());
                        const qint64 total = qint64(e.value(QStringLiteral("total")).toDouble());
                        QString line;
                        if (event == QLatin1String("release.progress") &&
                            e.value(QStringLiteral("unit")).toString() == QLatin1String("pages"))
                            line = Text::tr("  page %1 of %2 rendered and sent\n").arg(done).arg(total);
                        else if (event == QLatin1String("release.progress") && total > 0 &&
                                 (done * 10 / total) != ((done - 1) * 10 / total))
                            line = Text::tr("  %1% sent\n").arg(done * 100 / total);
                        else if (event == QLatin1String("release.retrying"))
                            line = Text::tr("  the printer is not ready (%1); trying again in %2 s\n")
                                       .arg(e.value(QStringLiteral("message")).toString())
                                       .arg(e.value(QStringLiteral("seconds")).toInt());
                        if (!line.isEmpty()) {
                            std::fputs(line.toLocal8Bit().constData(), m_err);
                            std::fflush(m_err);
                        }
                    });
        }
    }
    auto r = call(QStringLiteral("jobs.release"), QJsonObject{{QStringLiteral("id"), fullId},
                                                              {QStringLiteral("printer"), printer},
                                                              {QStringLiteral("copies"), copies},
                                                              {QStringLiteral("duplex"), duplex},
                                                              {QStringLiteral("watermark"), watermark},
                                                              {QStringLiteral("mono"), mono}});
    QString text;
    if (r) {
        text =
            Text::tr("Printed: printer job %1 %2, %3 impression(s) (%4 in colour) on %5 sheet(s).%6\n")
                .arg(r->value(QStringLiteral("printer_job_id")).toInt())
                .arg(r->value(QStringLiteral("state")).toString())
                .arg(r->value(QStringLiteral("impressions")).toInt())
                .arg(r->value(QStringLiteral("color_impressions")).toInt())
                .arg(r->value(QStringLiteral("sheets")).toInt())
                .arg(r->value(QStringLiteral("deleted")).toBool() ? Text::tr(" The job is deleted.")
                                                                  : Text::tr(" The job is kept (policy)."));
        const QString warning = r->value(QStringLiteral("warning")).toString();
        if (!warning.isEmpty())
            text += Text::tr("Warning: over quota. %1\n").arg(warning);
    }
    return printResult(r, text);
}

int CliRunner::cmdQuota(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(Text::tr("quota takes no arguments (but --json)"));
    auto r = call(QStringLiteral("quota.get"));
    QString text;
    if (r) {
        const auto line = [](const QString &what, int used, int limit, int left) {
            return limit > 0
                       ? Text::tr("%1: %2 of %3 used, %4 left\n").arg(what).arg(used).arg(limit).arg(left)
                       : Text::tr("%1: %2 used, no limit\n").arg(what).arg(used);
        };
        const QJsonObject &q = r.value();
        text = line(Text::tr("Pages"), q.value(QStringLiteral("pages_used")).toInt(),
                    q.value(QStringLiteral("page_limit")).toInt(),
                    q.value(QStringLiteral("pages_left")).toInt()) +
               line(Text::tr("Colour pages"), q.value(QStringLiteral("color_used")).toInt(),
                    q.value(QStringLiteral("color_limit")).toInt(),
                    q.value(QStringLiteral("color_left")).toInt()) +
               Text::tr("Resets: %1\n").arg(q.value(QStringLiteral("resets_at")).toString());
        // The print server's own quota beside the local ledger's (server/quota_source=server).
        const QJsonObject server = q.value(QStringLiteral("server")).toObject();
        if (!server.isEmpty()) {
            const QDateTime asOf =
                QDateTime::fromString(server.value(QStringLiteral("as_of")).toString(), Qt::ISODate)
                    .toLocalTime();
            text += Text::tr("From the print server %1, as of %2:\n")
                        .arg(server.value(QStringLiteral("server")).toString(),
                             asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            text += line(Text::tr("  Pages"), server.value(QStringLiteral("pages_used")).toInt(),
                         server.value(QStringLiteral("page_limit")).toInt(),
                         server.value(QStringLiteral("pages_left")).toInt());
            if (server.value(QStringLiteral("k_limit")).toInt() > 0)
                text += line(Text::tr("  KB"), server.value(QStringLiteral("k_used")).toInt(),
                             server.value(QStringLiteral("k_limit")).toInt(),
                             server.value(QStringLiteral("k_left")).toInt());
            const int period = server.value(QStringLiteral("period_seconds")).toInt();
            if (period > 0)
                text += Text::tr("  Period: the last %n day(s)\n", nullptr, qMax(1, period / 86400));
        }
        const QJsonObject error = q.value(QStringLiteral("server_error")).toObject();
        if (!error.isEmpty())
            text += Text::tr("The print server's quota cannot be read now: %1\n")
                        .arg(error.value(QStringLiteral("message")).toString());
    }
    return printResult(r, text);
}

int CliRunner::cmdUsage(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString month = takeOption(args, QStringLiteral("--month"), &missing);
    const QString from = takeOption(args, QStringLiteral("--from"), &missing);
    const QString to = takeOption(args, QStringLiteral("--to"), &missing);
    const bool exportCsv = args.value(0) == QLatin1String("export");
    if (exportCsv && args.size() == 2 && args.at(1) == QLatin1String("--csv"))
        args.clear();
    if (missing || !args.isEmpty())
        return usage(
            Text::tr("usage takes [--month YYYY-MM], or export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]"));
    auto r = call(QStringLiteral("usage.get"), QJsonObject{{QStringLiteral("month"), month},
                                                           {QStringLiteral("from"), from},
                                                           {QStringLiteral("to"), to}});
    if (r && exportCsv) {
        print(accounting::usageCsv(r.value()));
        return Ok;
    }
    QString text;
    if (r) {
        text = Text::tr("%1, %2: %3 impression(s), %4 in colour, %5 sheet(s), %6 job(s)\n")
                   .arg(r->value(QStringLiteral("user")).toString(),
                        r->value(QStringLiteral("month")).toString())
                   .arg(r->value(QStringLiteral("impressions")).toInt())
                   .arg(r->value(QStringLiteral("color_impressions")).toInt())
                   .arg(r->value(QStringLiteral("sheets")).toInt())
                   .arg(r->value(QStringLiteral("jobs")).toInt());
    }
    return printResult(r, text);
}

} // namespace pv::cli
