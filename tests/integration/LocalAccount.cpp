#include "LocalAccount.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace pv::test {

namespace {

int runAsRoot(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

LocalAccount::LocalAccount(const QString &name)
    : m_name(name)
{
    if (getpwnam(name.toLocal8Bit().constData()))
        runAsRoot(QStringLiteral("userdel"), {QStringLiteral("-f"), name});
    // No home folder: each test gives the account a temporary one (HOME, XDG_*).
    if (runAsRoot(QStringLiteral("useradd"),
                  {QStringLiteral("-M"), QStringLiteral("-N"), QStringLiteral("-s"),
                   QStringLiteral("/usr/sbin/nologin"), QStringLiteral("-c"),
                   QStringLiteral("PrintVault test account"), name}) != 0)
        return;
    const passwd *pw = getpwnam(name.toLocal8Bit().constData());
    if (pw) {
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
    }
}

LocalAccount::~LocalAccount()
{
    if (m_keyring && m_keyring->state() != QProcess::NotRunning) {
        m_keyring->terminate();
        if (!m_keyring->waitForFinished(5000))
            m_keyring->kill();
        m_keyring->waitForFinished();
    }
    if (m_busPid > 0 && ::kill(pid_t(m_busPid), SIGTERM) == 0) {
        // Not our child (it forked): gone once its /proc entry is, or killed after 5 s.
        QElapsedTimer t;
        t.start();
        while (QFile::exists(QStringLiteral("/proc/%1").arg(m_busPid)) && t.elapsed() < 5000)
            QThread::msleep(50);
        if (QFile::exists(QStringLiteral("/proc/%1").arg(m_busPid)))
            ::kill(pid_t(m_busPid), SIGKILL);
    }
    if (m_uid != 0) {
        // Nothing of the account may outlive it: the daemons are stopped by their tests.
        runAsRoot(QStringLiteral("userdel"), {QStringLiteral("-f"), m_name});
    }
}

QStringList LocalAccount::runuserArguments(const QString &program, const QStringList &args) const
{
    // -m keeps the environment given (HOME, XDG_*, the session bus) instead of the passwd one.
    return QStringList{QStringLiteral("-m"), QStringLiteral("-u"), m_name, QStringLiteral("--"), program} +
           args;
}

int LocalAccount::run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      QByteArray *out) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("runuser"), runuserArguments(program, args));
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString LocalAccount::startSession(const QProcessEnvironment &env)
{
    QProcess bus;
    bus.setProcessEnvironment(env);
    bus.start(QStringLiteral("runuser"),
              runuserArguments(QStringLiteral("dbus-daemon"),
                               {QStringLiteral("--session"), QStringLiteral("--fork"),
                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1"),
                                QStringLiteral("--print-pid=1")}));
    if (!bus.waitForFinished(20000) || bus.exitCode() != 0)
        return QString();
    const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
    if (lines.size() < 2)
        return QString();
    const QString address = QString::fromLatin1(lines.at(0).trimmed());
    m_busPid = lines.at(1).trimmed().toLongLong();

    // The keychain the account's daemon keeps its master key in, unlocked with "pw" as at login.
    QProcessEnvironment keyringEnv = env;
    keyringEnv.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(keyringEnv);
    m_keyring->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring->start(QStringLiteral("runuser"),
                     runuserArguments(QStringLiteral("gnome-keyring-daemon"),
                                      {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                       QStringLiteral("--components=secrets")}));
    if (!m_keyring->waitForStarted(10000))
        return QString();
    // Written now: nothing runs an event loop for this process while the probes below run.
    m_keyring->write("pw");
    m_keyring->waitForBytesWritten(5000);
    m_keyring->closeWriteChannel();
    // Ready once it owns the secret service's name on the bus.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000 && m_keyring->state() == QProcess::Running) {
        QProcess probe;
        probe.setProcessEnvironment(keyringEnv);
        probe.start(QStringLiteral("runuser"),
                    runuserArguments(QStringLiteral("dbus-send"),
                                     {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                      QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                      QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                      QStringLiteral("string:org.freedesktop.secrets")}));
        probe.waitForFinished(10000);
        if (probe.readAll().contains("boolean true"))
            return address;
        QThread::msleep(100);
    }
    return QString();
}

} // namespace pv::test
