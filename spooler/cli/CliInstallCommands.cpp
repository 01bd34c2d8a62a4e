// install-printer and uninstall-printer: the system's "PrintVault" CUPS queue. They need root
// and CUPS, never a daemon, a runtime folder or a keychain of root's own: the queue serves every
// account, and its printvault backend finds each job's owner's daemon when the job prints.
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"
#include "cli/CupsdConf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace pv::cli {

namespace {

const QLatin1String SystemCupsdConf("/etc/cups/cupsd.conf");
const QLatin1String DeviceUri("printvault:/");

struct ToolRun
{
    bool ok = false;
    QString said; // its standard error (or output), trimmed
};

ToolRun runTool(const QString &name, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    if (program.isEmpty())
        return {false, Text::tr("CUPS is not installed (no %1); install the cups package first").arg(name)};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {false, Text::tr("%1 did not finish").arg(name)};
    }
    const QString said = QString::fromLocal8Bit(process.readAll()).trimmed();
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {ok, said.isEmpty() && !ok ? Text::tr("%1 exit code %2").arg(name).arg(process.exitCode()) : said};
}

// The cupsd that reads conf: its -c argument, or none for the system's /etc/cups/cupsd.conf.
QList<pid_t> cupsdReading(const QString &conf)
{
    QList<pid_t> found;
    const QString wanted = QFileInfo(conf).canonicalFilePath();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toInt(&numeric));
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty() ||
            QFileInfo(QString::fromLocal8Bit(argv.first())).fileName() != QLatin1String("cupsd"))
            continue;
        QString reads = SystemCupsdConf;
        for (int i = 1; i + 1 < argv.size(); ++i) {
            if (argv.at(i) == "-c")
                reads = QString::fromLocal8Bit(argv.at(i + 1));
        }
        if (QFileInfo(reads).canonicalFilePath() == wanted)
            found << pid;
    }
    return found;
}

// Rewrites cupsd.conf atomically with its owner, group and mode kept (Debian's is root:lp 0640),
// then has the cupsd reading it reload (SIGHUP). A cupsd that is not running reads it at start.
Status applyCupsdConf(const QString &path, const CupsdConfEdit &edit, bool *reloaded)
{
    *reloaded = false;
    if (!edit.changed)
        return {};
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (stat(native.constData(), &st) != 0)
        return Error{QStringLiteral("io"), Text::tr("cannot read %1").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || fchown(file.handle(), st.st_uid, st.st_gid) != 0 ||
        fchmod(file.handle(), st.st_mode & 07777) != 0 || file.write(edit.text.toUtf8()) < 0 ||
        !file.commit())
        return Error{QStringLiteral("io"), Text::tr("cannot write %1: %2").arg(path, file.errorString())};
    for (const pid_t pid : cupsdReading(path))
        *reloaded = ::kill(pid, SIGHUP) == 0 || *reloaded;
    return {};
}

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io"), Text::tr("cannot read %1: %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

// lpadmin, again until a cupsd that is re-reading its configuration knows the policy (it
// reloads in the background after SIGHUP, and refuses an unknown printer-op-policy meanwhile).
ToolRun lpadminWhileReloading(const QStringList &args, bool reloading)
{
    QElapsedTimer waited;
    waited.start();
    ToolRun run = runTool(QStringLiteral("lpadmin"), args);
    while (!run.ok && reloading && waited.elapsed() < 30000) {
        QThread::msleep(250);
        run = runTool(QStringLiteral("lpadmin"), args);
    }
    return run;
}

// The queue's PPD, built into the CLI (it is also installed as share/printvault/printvault.ppd),
// handed to lpadmin in a temporary file.
bool writePpd(QTemporaryFile *file)
{
    QFile ppd(QStringLiteral(":/printvault/printvault.ppd"));
    return ppd.open(QIODevice::ReadOnly) && file->open() && file->write(ppd.readAll()) > 0 && file->flush();
}

} // namespace

int CliRunner::cmdInstallPrinter(const QStringList &arguments, bool install)
{
    QStringList args = arguments;
    bool missing = false;
    const QString name = takeOption(args, QStringLiteral("--name"), &missing);
    QString conf = takeOption(args, QStringLiteral("--cupsd-conf"), &missing);
    const QString command = install ? QStringLiteral("install-printer") : QStringLiteral("uninstall-printer");
    if (missing || !args.isEmpty())
        return usage(Text::tr("%1 takes only [--name NAME] [--cupsd-conf PATH]").arg(command));
    const QString queue = name.isEmpty() ? QStringLiteral("PrintVault") : name;
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.-]{1,127}$"));
    if (!validName.match(queue).hasMatch())
        return usage(Text::tr("a printer name may have letters, digits, '_', '.' and '-' only"));
    if (conf.isEmpty())
        conf = SystemCupsdConf;
    if (geteuid() != 0) {
        return fail(Error{
            QStringLiteral("permission"),
            Text::tr(
                "%1 changes the system's printing setup, so it must run as root. Run:\n"
                "  sudo printvault-cli %1\n"
                "It adds (or removes) the CUPS queue \"%2\" with the printvault backend, which hands each "
                "job to the vault of the account that printed it, and, in %3, the queue's policy "
                "\"printvault\" (CUPS authenticates who prints) and PreserveJobFiles No (CUPS keeps no "
                "plaintext copy of printed documents).")
                .arg(command, queue, conf)});
    }
    return install ? installPrinter(queue, conf) : uninstallPrinter(queue, conf);
}

int CliRunner::installPrinter(const QString &queue, const QString &conf)
{
    // The backend must be where CUPS looks for it (lib/cups/backend/printvault, mode 0700).
    const ToolRun backends =
        runTool(QStringLiteral("lpinfo"),
                {QStringLiteral("--include-schemes"), QStringLiteral("printvault"), QStringLiteral("-v")});
    if (!backends.said.contains(DeviceUri))
        return fail(
            Error{QStringLiteral("unsupported"),
                  Text::tr("CUPS has no printvault backend (lpinfo: %1). Install the printvault package, "
                           "or copy printvault-backend to CUPS's backend folder as \"printvault\", "
                           "owned by root, mode 0700.")
                      .arg(backends.said.isEmpty() ? Text::tr("nothing found") : backends.said)});
    auto text = readText(conf);
    if (!text)
        return fail(text.error());
    const CupsdConfEdit edit = withPrintVault(text.value());
    bool reloaded = false;
    if (auto applied = applyCupsdConf(conf, edit, &reloaded); !applied)
        return fail(applied.error());

    QTemporaryFile ppd;
    if (!writePpd(&ppd))
        return fail(
            Error{QStringLiteral("io"), Text::tr("cannot write the queue's PPD: %1").arg(ppd.errorString())});
    const ToolRun added = lpadminWhileReloading(
        {QStringLiteral("-p"), queue, QStringLiteral("-E"), QStringLiteral("-v"), DeviceUri,
         QStringLiteral("-P"), ppd.fileName(), QStringLiteral("-D"), QStringLiteral("PrintVault secure hold"),
         QStringLiteral("-o"), QStringLiteral("printer-is-shared=false"), QStringLiteral("-o"),
         QStringLiteral("printer-op-policy=%1").arg(QLatin1String(PolicyName)), QStringLiteral("-o"),
         QStringLiteral("printer-error-policy=retry-job")},
        reloaded);
    if (!added.ok)
        return fail(Error{QStringLiteral("cups"), Text::tr("CUPS refused: %1").arg(added.said)});
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("name"), queue},
                              {QStringLiteral("uri"), QString(DeviceUri)},
                              {QStringLiteral("installed"), true},
                              {QStringLiteral("cupsd_conf"), conf},
                              {QStringLiteral("policy"), QLatin1String(PolicyName)},
                              {QStringLiteral("policy_added"), edit.policyAdded},
                              {QStringLiteral("preserve_job_files"), false}});
    } else {
        print(Text::tr("Added printer \"%1\" (%2): each local account's jobs go to its own vault.\n"
                       "%3: policy \"printvault\" for the queue, and PreserveJobFiles No%4.\n")
                  .arg(queue, DeviceUri, conf, edit.changed ? QString() : Text::tr(" (already there)")));
    }
    return Ok;
}

int CliRunner::uninstallPrinter(const QString &queue, const QString &conf)
{
    const ToolRun removed = runTool(QStringLiteral("lpadmin"), {QStringLiteral("-x"), queue});
    if (!removed.ok)
        return fail(Error{QStringLiteral("cups"), Text::tr("CUPS refused: %1").arg(removed.said)});
    auto text = readText(conf);
    if (!text)
        return fail(text.error());
    bool reloaded = false;
    if (auto applied = applyCupsdConf(conf, withoutPrintVault(text.value()), &reloaded); !applied)
        return fail(applied.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("name"), queue},
                              {QStringLiteral("uri"), QString(DeviceUri)},
                              {QStringLiteral("installed"), false},
                              {QStringLiteral("cupsd_conf"), conf}});
    else
        print(Text::tr("Removed printer \"%1\", and PrintVault's settings from %2.\n").arg(queue, conf));
    return Ok;
}

} // namespace pv::cli
