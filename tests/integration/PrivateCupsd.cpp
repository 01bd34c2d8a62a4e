#include "PrivateCupsd.h"

#include "DaemonHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace pv::test {

PrivateCupsd::PrivateCupsd(PrivateCupsdOptions options)
    : m_options(std::move(options))
{}

QByteArray PrivateCupsd::errorLog() const
{
    return readFile(m_dir.path() + QStringLiteral("/log/error_log"));
}

// CUPS runs a backend that others may not execute as root, and refuses programs that anyone
// but root could replace: copies owned by root, mode 0700, in root-owned folders.
bool PrivateCupsd::makeServerBin(const QString &folder) const
{
    const QString system = QStringLiteral("/usr/lib/cups");
    if (!QDir().mkpath(folder + QStringLiteral("/backend")))
        return false;
    const QStringList parts = QDir(system).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &part : parts) {
        if (part != QLatin1String("backend") &&
            !QFile::link(system + QLatin1Char('/') + part, folder + QLatin1Char('/') + part))
            return false;
    }
    const QStringList backends =
        QDir(system + QStringLiteral("/backend")).entryList(QDir::Files | QDir::System);
    for (const QString &backend : backends) {
        if (!QFile::link(system + QStringLiteral("/backend/") + backend,
                         folder + QStringLiteral("/backend/") + backend))
            return false;
    }
    for (auto it = m_options.backends.cbegin(); it != m_options.backends.cend(); ++it) {
        const QString target = folder + QStringLiteral("/backend/") + it.key();
        if (!QFile::copy(it.value(), target) ||
            !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return false;
    }
    return true;
}

PrivateCupsd::~PrivateCupsd()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10000))
            m_cupsd.kill();
    }
}

bool PrivateCupsd::start()
{
    // cupsd runs its filters as "lp": the folder must be reachable by it.
    const QString root = m_dir.path();
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                    QFileDevice::ExeGroup);
    for (const char *sub : {"spool", "log", "state", "cache"}) {
        if (!QDir(root).mkpath(QLatin1String(sub)))
            return false;
    }
    QString serverBin = QStringLiteral("/usr/lib/cups");
    if (!m_options.backends.isEmpty()) {
        serverBin = root + QStringLiteral("/serverbin");
        if (!makeServerBin(serverBin))
            return false;
    }
    m_port = m_options.port > 0 ? m_options.port : freeTcpPort();
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(root + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
    };
    const bool written =
        write(
            QStringLiteral("cupsd.conf"),
            QStringLiteral("Listen 127.0.0.1:%1\nListen %2\nLogLevel warn\n<Location />\n  Order allow,deny\n"
                           "  Allow all\n</Location>\n<Location /admin>\n  Order allow,deny\n  Allow all\n"
                           "</Location>\n<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                           "</Policy>\n")
                    .arg(m_port)
                    .arg(socket()) +
                m_options.cupsdConf.join(QLatin1Char('\n')) + QLatin1Char('\n')) &&
        write(
            QStringLiteral("cups-files.conf"),
            QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nServerBin %2\nDataDir /usr/share/cups\n"
                           "StateDir %1/state\nCacheDir %1/cache\nErrorLog %1/log/error_log\n"
                           "AccessLog %1/log/access_log\nPageLog %1/log/page_log\nSystemGroup root\nUser lp\n"
                           "Group lp\n")
                    .arg(root, serverBin) +
                m_options.cupsFilesConf.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (!written)
        return false;
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(QStringLiteral("cupsd"),
                  {QStringLiteral("-f"), QStringLiteral("-c"), root + QStringLiteral("/cupsd.conf"),
                   QStringLiteral("-s"), root + QStringLiteral("/cups-files.conf")});
    if (!m_cupsd.waitForStarted())
        return false;
    QElapsedTimer t;
    t.start();
    while (!QFile::exists(socket()) && t.elapsed() < 20000 && m_cupsd.state() == QProcess::Running)
        QThread::msleep(50);
    return QFile::exists(socket());
}

bool PrivateCupsd::addQueue(const QString &name, const QString &uri, QByteArray *said) const
{
    return run(QStringLiteral("lpadmin"),
               {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"), uri,
                QStringLiteral("-m"), QStringLiteral("everywhere")},
               said) == 0;
}

int PrivateCupsd::run(const QString &program, const QStringList &args, QByteArray *output) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), socket());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        p.kill();
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace pv::test
