#include "cli/CliRunner.h"

#include "cli/CliArgs.h"
#include "cli/CliFormat.h"
#include "config/Paths.h"
#include "localapi/ErrorJson.h"
#include "localapi/Frame.h"
#include "localapi/LocalApiClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <sys/stat.h>

namespace pv::cli {

namespace {

const char *const UsageText = QT_TRANSLATE_NOOP(
    "pv::cli",
    "Usage: printvault-cli [--json] [--socket PATH] COMMAND\n"
    "\n"
    "Commands:\n"
    "  status                         the daemon's state and the vault's size\n"
    "  submit FILE [--title T] [--copies N] [--owner USER] [--no-wait]\n"
    "                                 hold a PDF in the vault (FILE may be - for standard input);\n"
    "                                 --no-wait: return once it is stored, before it is checked\n"
    "  jobs list                      the held jobs\n"
    "  jobs show ID                   one job in full (ID may be a unique prefix)\n"
    "  jobs export ID PATH            write a job's document to PATH (- for standard output)\n"
    "  jobs delete ID                 delete a job and destroy its key\n"
    "  jobs release ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]\n"
    "                                 print a job on a saved or an IPP printer (ipp://, ipps://), "
    "then delete it\n"
    "  jobs release server-N          release a job held on the print server, there\n"
    "  printers discover              printers CUPS knows, and IPP printers announced over DNS-SD\n"
    "  printers add URI [--name N]    save a printer, after asking it what it can do\n"
    "  printers list | show NAME      the saved printers / one printer's capabilities\n"
    "  printers refresh NAME          ask the printer for its capabilities again\n"
    "  printers trust NAME|URI        accept the certificate an ipps:// printer shows now\n"
    "  printers remove NAME           forget a saved printer\n"
    "  watch                          print events (jobs added, removed) as they happen\n"
    "  install-printer [--name N] [--cupsd-conf PATH]\n"
    "                                 as root: add the PrintVault queue to CUPS (backend printvault:/)\n"
    "  uninstall-printer [--name N] [--cupsd-conf PATH]\n"
    "                                 as root: remove it, and its settings in cupsd.conf\n"
    "  usage [--month YYYY-MM]        pages printed this month (or that month), from the ledger\n"
    "  policy show [--policy FILE]    every setting's effective value and the file that set it\n"
    "  policy validate FILE           check a policy file before rolling it out\n"
    "\n"
    "Print server (policy server/*, docs/server-setup.md):\n"
    "  server status                  the server, the mode, the connection and the outbox\n"
    "  server login [--user NAME]     read the server password from standard input; tried once\n"
    "  server logout                  forget the server password\n"
    "\n"
    "Organisation account (OpenID Connect, policy account/*):\n"
    "  login [--device]               sign in in the browser, or with a code on another device\n"
    "  logout                         sign out and forget the session's tokens\n"
    "  whoami                         who is signed in (exit code 1 when nobody is)\n"
    "\n"
    "MFP pull printing (HTTPS API on port 5571):\n"
    "  cert show                      the API's certificate and its SHA-256 fingerprint\n"
    "  cert install CERT KEY [CHAIN]  use a CA-issued certificate (PEM files)\n"
    "  devices pair [--name N]        a one-time code (8 digits, 10 minutes) to pair an MFP\n"
    "  devices list                   paired MFPs\n"
    "  devices revoke ID              end an MFP's pairing and its sessions\n"
    "  pin set [--user U]             read a new PIN (4-12 digits) from standard input\n"
    "  card set [--user U]            register an ID card (badge); the number on stdin\n"
    "\n"
    "Audit log (docs/audit.md):\n"
    "  audit verify [--key PEM] [FILE...]\n"
    "                                 check the log's chain and signatures (offline; default: this user's "
    "log)\n"
    "  audit export [--from DATE] [--to DATE] [--masked] [--output FILE]\n"
    "                                 a signed copy of the records in range\n"
    "  audit public-key               the key that verifies the log (PEM)\n"
    "  audit mask NAME                NAME as the masked log writes it, to find its records\n"
    "  audit activity                 your recent events\n");

} // namespace

CliRunner::CliRunner(FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_client(new localapi::LocalApiClient(this))
{}

CliRunner::~CliRunner() = default;

void CliRunner::print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), m_out);
    std::fflush(m_out);
}

void CliRunner::printJson(const QJsonObject &object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int CliRunner::fail(const Error &error)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), localapi::errorToJson(error)}});
    }
    std::fprintf(m_err, "printvault-cli: %s\n", error.message.toLocal8Bit().constData());
    return error.code == QLatin1String("unreachable") ? Unreachable : Failed;
}

int CliRunner::usage(const QString &message)
{
    if (!message.isEmpty())
        std::fprintf(m_err, "printvault-cli: %s\n\n", message.toLocal8Bit().constData());
    std::fputs(Text::tr(UsageText).toLocal8Bit().constData(), m_err);
    return Usage;
}

int CliRunner::connectToDaemon(int documentFd)
{
    QEventLoop loop;
    QString failure;
    connect(m_client, &localapi::LocalApiClient::connected, &loop, &QEventLoop::quit);
    connect(m_client, &localapi::LocalApiClient::connectionFailed, &loop, [&](const QString &why) {
        failure = why;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, [&]() {
        failure = Text::tr("timed out");
        loop.quit();
    });
    m_client->connectToDaemon(m_socketPath, documentFd);
    // A local socket may connect (or fail) before connectToServer() returns.
    if (!m_client->isConnected() && failure.isEmpty())
        loop.exec();
    if (!m_client->isConnected()) {
        return fail(
            Error{QStringLiteral("unreachable"),
                  Text::tr("cannot reach printvaultd at %1 (%2). Is it running? Start it with: printvaultd")
                      .arg(m_socketPath, failure)});
    }
    auto hello =
        call(QStringLiteral("hello"), QJsonObject{{QStringLiteral("protocol"), localapi::ProtocolVersion}});
    return hello ? Ok : fail(hello.error());
}

Result<QJsonObject> CliRunner::call(const QString &method, const QJsonObject &params)
{
    QEventLoop loop;
    Result<QJsonObject> out = Error{QStringLiteral("internal"), QString()};
    bool answered = false;
    m_client->request(method, params, [&](Result<QJsonObject> r) {
        out = std::move(r);
        answered = true;
        loop.quit();
    });
    // The answer may come before exec(): at once when the daemon is already gone, and then
    // quit() would be lost and exec() wait for ever.
    if (!answered)
        loop.exec();
    return out;
}

int CliRunner::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        print(Text::tr(UsageText));
        return Ok;
    }
    if (args.contains(QStringLiteral("--version"))) {
        print(QStringLiteral("printvault-cli %1\n").arg(QStringLiteral(PRINTVAULT_VERSION)));
        return Ok;
    }
    m_json = args.removeAll(QStringLiteral("--json")) > 0;
    bool missing = false;
    m_socketPath = takeOption(args, QStringLiteral("--socket"), &missing);
    if (missing)
        return usage(Text::tr("--socket needs a path"));
    if (args.isEmpty())
        return usage(Text::tr("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("policy"))
        return cmdPolicy(args); // files only: as root, without a session or a daemon
    // CUPS's business as root, for every account: no daemon, runtime folder or keychain needed.
    if (command == QLatin1String("install-printer") || command == QLatin1String("uninstall-printer"))
        return cmdInstallPrinter(args, command == QLatin1String("install-printer"));
    if (m_socketPath.isEmpty()) {
        auto paths = Paths::fromEnvironment();
        if (!paths)
            return fail(paths.error());
        m_socketPath = paths->socketPath();
    }
    // Local checks first: a missing file is reported without a daemon.
    if (command == QLatin1String("submit") && !args.isEmpty() && args.first() != QLatin1String("-") &&
        !args.first().startsWith(QLatin1String("--")) && !QFileInfo(args.first()).isFile()) {
        return fail(Error{QStringLiteral("not-found"), Text::tr("%1: no such file").arg(args.first())});
    }
    static const QStringList commands = {
        QStringLiteral("status"),  QStringLiteral("submit"),   QStringLiteral("jobs"),
        QStringLiteral("watch"),   QStringLiteral("usage"),    QStringLiteral("cert"),
        QStringLiteral("devices"), QStringLiteral("pin"),      QStringLiteral("card"),
        QStringLiteral("quota"),   QStringLiteral("printers"), QStringLiteral("login"),
        QStringLiteral("logout"),  QStringLiteral("whoami"),   QStringLiteral("audit"),
        QStringLiteral("server")};
    if (!commands.contains(command))
        return usage(Text::tr("unknown command '%1'").arg(command));
    if (command == QLatin1String("cert") && args.value(0) == QLatin1String("install") && args.size() >= 3) {
        for (const QString &file : args.mid(1)) {
            if (!QFileInfo(file).isFile())
                return fail(Error{QStringLiteral("not-found"), Text::tr("%1: no such file").arg(file)});
        }
    }
    if (command == QLatin1String("audit") && args.value(0) == QLatin1String("verify"))
        return cmdAuditVerify(args.mid(1)); // offline: needs no daemon

    if (command == QLatin1String("submit"))
        return cmdSubmit(args); // connects itself: it may hand its file over as it does
    if (int rc = connectToDaemon(); rc != Ok)
        return rc;
    if (command == QLatin1String("status"))
        return cmdStatus();
    if (command == QLatin1String("watch"))
        return cmdWatch();
    if (command == QLatin1String("usage"))
        return cmdUsage(args);
    if (command == QLatin1String("quota"))
        return cmdQuota(args);
    if (command == QLatin1String("cert"))
        return cmdCert(args);
    if (command == QLatin1String("devices"))
        return cmdDevices(args);
    if (command == QLatin1String("pin"))
        return cmdPin(args);
    if (command == QLatin1String("card"))
        return cmdCard(args);
    if (command == QLatin1String("printers"))
        return cmdPrinters(args);
    if (command == QLatin1String("login"))
        return cmdLogin(args);
    if (command == QLatin1String("logout"))
        return cmdLogout(args);
    if (command == QLatin1String("whoami"))
        return cmdWhoami(args);
    if (command == QLatin1String("audit"))
        return cmdAudit(args);
    if (command == QLatin1String("server"))
        return cmdServer(args);
    return cmdJobs(args);
}

int CliRunner::cmdStatus()
{
    auto status = call(QStringLiteral("status"));
    if (!status)
        return fail(status.error());
    m_json ? printJson(status.value()) : print(statusText(status.value()));
    return Ok;
}

int CliRunner::cmdSubmit(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString title = takeOption(args, QStringLiteral("--title"), &missing);
    const QString copiesText = takeOption(args, QStringLiteral("--copies"), &missing);
    const QString owner = takeOption(args, QStringLiteral("--owner"), &missing);
    const bool noWait = args.removeAll(QStringLiteral("--no-wait")) > 0;
    if (missing)
        return usage(Text::tr("--title, --copies and --owner need a value"));
    if (args.size() != 1)
        return usage(Text::tr("submit takes exactly one file"));
    bool ok = true;
    const int copies = copiesText.isEmpty() ? 1 : copiesText.toInt(&ok);
    if (!ok || copies < 1 || copies > 999)
        return usage(Text::tr("--copies must be a number from 1 to 999"));

    QFile file;
    const QString path = args.first();
    const bool fromStdin = path == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return fail(
            Error{QStringLiteral("io"), Text::tr("cannot read %1: %2").arg(path, file.errorString())});
    const QString fileName = fromStdin ? QString() : QFileInfo(path).fileName();
    // A regular file (stdin too, when redirected from one) is handed to the daemon, which reads
    // it itself; a pipe is streamed through the connection.
    struct stat st = {};
    const bool handOver = ::fstat(file.handle(), &st) == 0 && S_ISREG(st.st_mode);
    if (int rc = connectToDaemon(handOver ? file.handle() : -1); rc != Ok)
        return rc;

    // The daemon answers twice: once the document is stored (encrypted and fsynced), and once a
    // converter worker has checked it and it is held, or refused.
    QEventLoop loop;
    Result<QJsonObject> result = Error{QStringLiteral("internal"), QString()};
    QJsonObject stored;
    const QJsonObject params{{QStringLiteral("title"), title.isEmpty() ? fileName : title},
                             {QStringLiteral("file_name"), fileName},
                             {QStringLiteral("copies"), copies},
                             {QStringLiteral("owner"), owner}};
    auto onDone = [&](Result<QJsonObject> r) {
        result = std::move(r);
        loop.quit();
    };
    auto onStored = [&](Result<QJsonObject> r) {
        stored = r->value(QStringLiteral("stored")).toObject();
        if (noWait)
            loop.quit();
    };
    if (handOver)
        m_client->submitDescriptor(params, onDone, onStored);
    else
        m_client->submit(&file, params, nullptr, onDone, onStored);
    loop.exec();
    if (noWait && !stored.isEmpty())
        return submitStored(stored);
    if (!result) {
        Error e = result.error();
        // Not held after it was stored: the reason, and whether the document stays. It stays when
        // the workstation, not the document, was at fault (details.kept), and is held at the next start.
        if (!stored.isEmpty() && e.details.value(QStringLiteral("kept")).toBool())
            e.message = Text::tr("not held yet: %1 (the document is kept, encrypted, and is held when "
                                 "PrintVault next starts)")
                            .arg(e.message);
        else if (!stored.isEmpty())
            e.message = Text::tr("not held: %1 (nothing of the document is kept)").arg(e.message);
        return fail(e);
    }
    const QJsonObject job = result->value(QStringLiteral("job")).toObject();
    if (m_json) {
        printJson(job);
    } else {
        print(Text::tr("Held job %1: \"%2\", %3 page(s), %4 in colour, %5\n")
                  .arg(job.value(QStringLiteral("id")).toString().left(8),
                       job.value(QStringLiteral("title")).toString())
                  .arg(job.value(QStringLiteral("pages")).toInt())
                  .arg(job.value(QStringLiteral("color_pages")).toInt())
                  .arg(humanSize(qint64(job.value(QStringLiteral("size")).toDouble()))));
    }
    return Ok;
}

// submit --no-wait: the document is durable; its check and hold go on in the daemon.
int CliRunner::submitStored(const QJsonObject &stored)
{
    const QString id = stored.value(QStringLiteral("id")).toString();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("size"), stored.value(QStringLiteral("size"))},
                              {QStringLiteral("state"), QStringLiteral("stored")}});
    } else {
        print(Text::tr("Stored job %1 encrypted (%2); it is being checked. `printvault-cli jobs show %1` "
                       "shows it once it is held.\n")
                  .arg(id.left(8), humanSize(qint64(stored.value(QStringLiteral("size")).toDouble()))));
    }
    return Ok;
}

int CliRunner::cmdJobs(const QStringList &args)
{
    const QString sub = args.value(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (sub == QLatin1String("list") && args.size() == 1) {
        auto r = call(QStringLiteral("jobs.list"));
        if (!r)
            return fail(r.error());
        // With a print server, its held jobs follow the vault's.
        QJsonArray all = r->value(QStringLiteral("jobs")).toArray();
        for (const QJsonValue &v : r->value(QStringLiteral("server_jobs")).toArray())
            all.append(v);
        m_json ? printJson(r.value()) : print(jobTable(all, now));
        if (!m_json && r->contains(QStringLiteral("server_error")))
            print(Text::tr("The print server's jobs are not shown: %1\n")
                      .arg(r->value(QStringLiteral("server_error"))
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString()));
        return Ok;
    }
    if ((sub == QLatin1String("show") || sub == QLatin1String("delete")) && args.size() == 2) {
        const bool show = sub == QLatin1String("show");
        auto r = call(show ? QStringLiteral("jobs.get") : QStringLiteral("jobs.delete"),
                      QJsonObject{{QStringLiteral("id"), args.at(1)}});
        if (!r)
            return fail(r.error());
        if (m_json)
            printJson(r.value());
        else if (show)
            print(jobDetails(r->value(QStringLiteral("job")).toObject(), now));
        else
            print(Text::tr("Deleted job %1; its key is destroyed.\n")
                      .arg(r->value(QStringLiteral("id")).toString().left(8)));
        return Ok;
    }
    if (sub == QLatin1String("export") && args.size() == 3)
        return cmdExport(args.at(1), args.at(2));
    if (sub == QLatin1String("release"))
        return cmdRelease(args.mid(1));
    return usage(
        Text::tr("jobs takes: list | show ID | export ID PATH | delete ID | release ID --printer URI"));
}

int CliRunner::cmdExport(const QString &id, const QString &path)
{
    // Written to a temporary name and renamed only when complete and verified.
    QSaveFile saveFile(path);
    QFile stdoutFile;
    const bool toStdout = path == QLatin1String("-");
    QIODevice *sink = toStdout ? static_cast<QIODevice *>(&stdoutFile) : &saveFile;
    if (toStdout ? !stdoutFile.open(stdout, QIODevice::WriteOnly) : !saveFile.open(QIODevice::WriteOnly))
        return fail(
            Error{QStringLiteral("io"), Text::tr("cannot write %1: %2").arg(path, sink->errorString())});

    QEventLoop loop;
    Result<QJsonObject> result = Error{QStringLiteral("internal"), QString()};
    bool answered = false;
    m_client->exportJob(id, sink, [&](Result<QJsonObject> r) {
        result = std::move(r);
        answered = true;
        loop.quit();
    });
    if (!answered) // as in call()
        loop.exec();
    if (!result) {
        if (!toStdout)
            saveFile.cancelWriting();
        return fail(result.error());
    }
    if (!toStdout && !saveFile.commit())
        return fail(
            Error{QStringLiteral("io"), Text::tr("cannot write %1: %2").arg(path, saveFile.errorString())});
    if (m_json)
        printJson(result.value());
    else if (!toStdout)
        print(Text::tr("Exported %1 to %2 (SHA-256 verified)\n")
                  .arg(humanSize(qint64(result->value(QStringLiteral("size")).toDouble())), path));
    return Ok;
}

int CliRunner::cmdWatch()
{
    auto r = call(QStringLiteral("events.subscribe"));
    if (!r)
        return fail(r.error());
    connect(m_client, &localapi::LocalApiClient::eventReceived, this, [this](const QJsonObject &event) {
        print(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    });
    QEventLoop loop;
    connect(m_client, &localapi::LocalApiClient::disconnected, &loop, &QEventLoop::quit);
    loop.exec();
    return fail(Error{QStringLiteral("unreachable"), Text::tr("printvaultd went away")});
}

} // namespace pv::cli
