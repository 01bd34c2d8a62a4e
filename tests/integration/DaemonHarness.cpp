#include "DaemonHarness.h"

#include <QUrl>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace pv::test {

QString binary(const char *name)
{
    return QStringLiteral(PV_BIN_DIR "/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AppRun runAppScreenshot(const QString &app, DaemonHarness &h, const QString &page, const QString &png,
                        const QString &texts, const QStringList &extra)
{
    QProcess run;
    QProcessEnvironment env = h.environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Under ASan: the app's one-off caches sit in GLib, built without frame pointers, where the
    // fast unwinder loses the stack and tests/lsan.supp cannot match it. The app hashes no PINs,
    // so full unwinding costs it little.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":fast_unwind_on_malloc=0"));
    run.setProcessEnvironment(env);
    run.start(app, QStringList{QStringLiteral("--no-start-daemon"), QStringLiteral("--screenshot"), png,
                               QStringLiteral("--page"), page, QStringLiteral("--texts"), texts} +
                       extra);
    AppRun out;
    if (!run.waitForFinished(60000)) {
        run.kill();
        run.waitForFinished();
    } else {
        out.exitCode = run.exitCode();
    }
    out.err = run.readAllStandardError();
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool treeContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

bool chownTree(const QString &path, const QString &account)
{
    const passwd *pw = getpwnam(account.toLocal8Bit().constData());
    if (!pw)
        return false;
    bool ok = lchown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = lchown(QFile::encodeName(it.next()).constData(), pw->pw_uid, pw->pw_gid) == 0 && ok;
    return ok;
}

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

DaemonHarness::DaemonHarness()
    : m_runtime(m_dir.filePath(QStringLiteral("run")))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    m_env.insert(QStringLiteral("PRINTVAULT_POLICY"), policyFile());
    m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
    // No virtual printer and no MFP API unless a test asks for them (then on free loopback ports).
    writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nport=0\n");
}

DaemonHarness::~DaemonHarness()
{
    stop();
}

void DaemonHarness::setDataHome(const QString &path)
{
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path);
}

bool DaemonHarness::runAs(const QString &account, const QString &runtime)
{
    m_runAs = account;
    m_runtime = runtime;
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_env.insert(QStringLiteral("HOME"), root());
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return QDir().mkpath(runtime) &&
           QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
           chownTree(runtime, account) && chownTree(root(), account);
}

void DaemonHarness::startProgram(QProcess *process, const QString &program, const QStringList &args) const
{
    process->setProcessEnvironment(m_env);
    if (m_runAs.isEmpty()) {
        process->start(program, args);
        return;
    }
    process->start(QStringLiteral("runuser"), QStringList{QStringLiteral("-m"), QStringLiteral("-u"), m_runAs,
                                                          QStringLiteral("--"), program} +
                                                  args);
}

int freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString lastMatch(const QString &text, const QString &pattern)
{
    QString value;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        value = it.next().captured(1);
    return value;
}

CliResult ipptool(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ipptool"), args);
    CliResult r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAll();
    return r;
}

QString DaemonHarness::enablePrinter(const QByteArray &extraPolicy)
{
    writePolicy("[vault]\nmin_free_mb=0\n[mfp]\nport=0\n[capture]\nipp_port=0\n" + extraPolicy);
    m_printerUri =
        QStringLiteral("ipp://%1/ipp/print")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(runtimeDir() + QStringLiteral("/ipp.sock"))));
    return m_printerUri;
}

QString DaemonHarness::enableTcpPrinter(const QByteArray &extraPolicy)
{
    const int port = freeTcpPort();
    writePolicy("[vault]\nmin_free_mb=0\n[mfp]\nport=0\n[capture]\nipp_port=" + QByteArray::number(port) +
                '\n' + extraPolicy);
    m_printerUri = QStringLiteral("ipp://localhost:%1/ipp/print").arg(port);
    return m_printerUri;
}

quint16 DaemonHarness::enableMfp(const QByteArray &extraPolicy)
{
    m_mfpPort = quint16(freeTcpPort());
    writePolicy("[vault]\nmin_free_mb=0\n[capture]\nipp_port=0\n[mfp]\nlisten_address=127.0.0.1\nport=" +
                QByteArray::number(m_mfpPort) + '\n' + extraPolicy);
    return m_mfpPort;
}

QSslCertificate DaemonHarness::mfpCertificate() const
{
    QFile f(dataDir() + QStringLiteral("/mfp-tls/certificate.pem"));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

void DaemonHarness::writePolicy(const QByteArray &ini)
{
    QFile f(policyFile());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(ini);
}

QString DaemonHarness::start()
{
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_daemon.get(), &QProcess::readyRead, [this]() { m_log += m_daemon->readAll(); });
    startProgram(m_daemon.get(), m_daemonProgram, {});
    if (!m_daemon->waitForStarted(10000))
        return QStringLiteral("not started");
    // Start-up is asynchronous (the keychain answers later); wait until it settles.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        if (m_daemon->state() != QProcess::Running)
            return QStringLiteral("exited");
        const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("status")});
        const QString state = r.json().value(QStringLiteral("state")).toString();
        if (r.exitCode == 0 && state != QLatin1String("starting"))
            return state;
        QThread::msleep(50);
    }
    return QStringLiteral("timeout");
}

CliResult DaemonHarness::startExpectingFailure()
{
    QProcess p;
    startProgram(&p, m_daemonProgram, {});
    CliResult r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int DaemonHarness::stop()
{
    if (!m_daemon)
        return -1;
    if (m_daemon->state() == QProcess::Running) {
        // Through runuser, the daemon itself is signalled: runuser would SIGKILL it 2 s after
        // forwarding a SIGTERM, and exit by the signal rather than with the daemon's code.
        if (!m_runAs.isEmpty())
            ::kill(pid_t(pid()), SIGTERM);
        else
            m_daemon->terminate();
        if (!m_daemon->waitForFinished(15000)) {
            m_daemon->kill();
            m_daemon->waitForFinished();
        }
    }
    m_log += m_daemon->readAll();
    const int code = m_daemon->exitStatus() == QProcess::NormalExit ? m_daemon->exitCode() : -1;
    m_daemon.reset();
    // QTest cuts long failure messages short; a sanitizer report is only useful in full.
    if (m_log.contains("Sanitizer"))
        std::fwrite(m_log.constData(), 1, size_t(m_log.size()), stderr);
    return code;
}

void DaemonHarness::kill9()
{
    if (!m_daemon)
        return;
    ::kill(pid_t(pid()), SIGKILL);
    m_daemon->waitForFinished(10000);
    m_log += m_daemon->readAll();
    m_daemon.reset();
}

qint64 DaemonHarness::pid() const
{
    if (!m_daemon)
        return -1;
    if (m_runAs.isEmpty())
        return m_daemon->processId();
    // runuser's child: the process whose parent it is (field 4 of /proc/PID/stat).
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(entry));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == m_daemon->processId())
            return entry.toLongLong();
    }
    return -1;
}

QByteArray DaemonHarness::log() const
{
    // Reading takes the output from the process: keep it, so every call sees all of it. A test
    // that waits without an event loop gets what the daemon wrote meanwhile, too.
    if (m_daemon) {
        while (m_daemon->waitForReadyRead(0))
            m_log += m_daemon->readAll();
        m_log += m_daemon->readAll();
    }
    return m_log;
}

CliResult DaemonHarness::cli(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess p;
    startProgram(&p, binary("printvault-cli"), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *DaemonHarness::startCli(const QStringList &args) const
{
    auto *p = new QProcess;
    startProgram(p, binary("printvault-cli"), args);
    return p;
}

QString DaemonHarness::submit(const QByteArray &pdf) const
{
    return cli({QStringLiteral("--json"), QStringLiteral("submit"),
                writeFile(QStringLiteral("doc.pdf"), pdf)})
        .json()
        .value(QStringLiteral("id"))
        .toString();
}

QJsonArray DaemonHarness::jobs() const
{
    return cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")})
        .json()
        .value(QStringLiteral("jobs"))
        .toArray();
}

QJsonObject DaemonHarness::usage() const
{
    return cli({QStringLiteral("--json"), QStringLiteral("usage")}).json();
}

QByteArray DaemonHarness::exportJob(const QString &id) const
{
    const QString out = root() + QStringLiteral("/export-") + id + QStringLiteral(".pdf");
    if (cli({QStringLiteral("jobs"), QStringLiteral("export"), id, out}).exitCode != 0)
        return QByteArray();
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    const QByteArray data = f.readAll();
    f.close();
    QFile::remove(out);
    return data;
}

QString DaemonHarness::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

QList<qint64> descendants(qint64 pid)
{
    QList<qint64> out;
    for (const QString &task :
         QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray children = readFile(QStringLiteral("/proc/%1/task/%2/children").arg(pid).arg(task));
        for (const QByteArray &child : children.split(' ')) {
            if (child.trimmed().toLongLong() > 0) {
                out << child.trimmed().toLongLong();
                out << descendants(child.trimmed().toLongLong());
            }
        }
    }
    return out;
}

QByteArray comm(qint64 pid)
{
    return readFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed();
}

bool running(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return false;
    const QByteArray state = stat.mid(stat.lastIndexOf(')') + 2, 1);
    return state != "Z" && state != "X";
}

} // namespace pv::test
