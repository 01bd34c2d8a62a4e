// printvault-cli audit ...: verify (offline, through printvault-audit-verify), export, the
// public key, masked names, and the user's recent activity.
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

#include <unistd.h>

namespace pv::cli {

// Runs the verifier next to this binary: it links OpenSSL, which the CLI does not.
int CliRunner::cmdAuditVerify(const QStringList &args)
{
    const QString tool = QCoreApplication::applicationDirPath() + QStringLiteral("/printvault-audit-verify");
    if (!QFileInfo(tool).isExecutable())
        return fail(
            Error{QStringLiteral("not-found"), Text::tr("%1 is missing; it checks audit files").arg(tool)});
    QProcess verifier;
    verifier.setProcessChannelMode(QProcess::ForwardedChannels);
    verifier.setInputChannelMode(QProcess::ForwardedInputChannel);
    verifier.start(tool, (m_json ? QStringList{QStringLiteral("--json")} : QStringList()) + args);
    if (!verifier.waitForFinished(-1) || verifier.exitStatus() != QProcess::NormalExit)
        return fail(Error{QStringLiteral("internal"),
                          Text::tr("%1 did not finish: %2").arg(tool, verifier.errorString())});
    return verifier.exitCode();
}

int CliRunner::cmdAudit(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("export"))
        return cmdAuditExport(args);
    if (sub == QLatin1String("public-key") && args.isEmpty()) {
        auto r = call(QStringLiteral("audit.public_key"));
        return printResult(r, r ? r->value(QStringLiteral("pem")).toString() : QString());
    }
    if (sub == QLatin1String("mask") && args.size() == 1) {
        auto r = call(QStringLiteral("audit.mask"), {{QStringLiteral("value"), args.first()}});
        return printResult(r,
                           r ? r->value(QStringLiteral("masked")).toString() + QLatin1Char('\n') : QString());
    }
    if (sub == QLatin1String("activity") && args.isEmpty()) {
        auto r = call(QStringLiteral("audit.activity"));
        QString text;
        for (const QJsonValue &v : r ? r->value(QStringLiteral("events")).toArray() : QJsonArray()) {
            const QJsonObject e = v.toObject();
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(e.value(QStringLiteral("time")).toString(),
                             e.value(QStringLiteral("event")).toString(),
                             e.value(QStringLiteral("outcome")).toString(),
                             e.value(QStringLiteral("job_id")).toString());
        }
        return printResult(r, text);
    }
    return usage(Text::tr("audit takes: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] "
                          "[--masked] [--output FILE] | public-key | mask NAME | activity"));
}

// The daemon writes the signed export to a private file (the local API's frames are small);
// without --output it goes to standard output from there.
int CliRunner::cmdAuditExport(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString from = takeOption(args, QStringLiteral("--from"), &missing);
    const QString to = takeOption(args, QStringLiteral("--to"), &missing);
    const QString output = takeOption(args, QStringLiteral("--output"), &missing);
    const bool masked = args.removeAll(QStringLiteral("--masked")) > 0;
    if (missing || !args.isEmpty())
        return usage(Text::tr("audit export takes [--from DATE] [--to DATE] [--masked] [--output FILE]"));
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    const QString path = toStdout ? QFileInfo(m_socketPath).absolutePath() +
                                        QStringLiteral("/audit-export-%1.jsonl").arg(::getpid())
                                  : QFileInfo(output).absoluteFilePath();
    auto r = call(QStringLiteral("audit.export"), {{QStringLiteral("path"), path},
                                                   {QStringLiteral("from"), from},
                                                   {QStringLiteral("to"), to},
                                                   {QStringLiteral("masked"), masked}});
    if (!r)
        return fail(r.error());
    if (toStdout) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error{QStringLiteral("io"), Text::tr("cannot read %1: %2").arg(path, file.errorString())});
        const QByteArray data = file.readAll();
        file.remove();
        std::fwrite(data.constData(), 1, size_t(data.size()), m_out);
        std::fflush(m_out);
        return Ok;
    }
    return printResult(r, Text::tr("Exported records %1 to %2 to %3.\n")
                              .arg(r->value(QStringLiteral("first_seq")).toInteger())
                              .arg(r->value(QStringLiteral("last_seq")).toInteger())
                              .arg(path));
}

} // namespace pv::cli
