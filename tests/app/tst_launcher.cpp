// How the tray starts printvaultd: as the package's systemd user service where the user's
// systemd runs, so it never starts a second daemon beside socket activation's.
#include "core/DaemonLauncher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pv::app;

class TstLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString make(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

    LauncherContext context()
    {
        LauncherContext c;
        c.runtimeDir = m_dir.filePath(QStringLiteral("run"));
        c.unitDirs = {m_dir.filePath(QStringLiteral("config/systemd/user")),
                      m_dir.filePath(QStringLiteral("lib"))};
        c.systemctl = QStringLiteral("/usr/bin/systemctl");
        c.besideProgram = QStringLiteral("/opt/pv/bin/printvaultd");
        c.pathProgram = QStringLiteral("/usr/bin/printvaultd");
        return c;
    }

private Q_SLOTS:
    void withoutAUserManagerTheProgramRuns()
    {
        make(QStringLiteral("lib/printvaultd.service"));
        const DaemonLauncher l = chooseDaemonLauncher(context());
        QCOMPARE(l.program, QStringLiteral("/opt/pv/bin/printvaultd"));
        QVERIFY(l.arguments.isEmpty());
        QVERIFY(!l.systemd);
    }

    void theUserManagerStartsTheInstalledService()
    {
        make(QStringLiteral("run/systemd/private"));
        const DaemonLauncher l = chooseDaemonLauncher(context());
        QCOMPARE(l.program, QStringLiteral("/usr/bin/systemctl"));
        QCOMPARE(l.arguments,
                 (QStringList{QStringLiteral("--user"), QStringLiteral("start"), QStringLiteral("--no-block"),
                              QStringLiteral("printvaultd.service")}));
        QVERIFY(l.systemd);
    }

    void aManagerWithoutTheUnitRunsTheProgram()
    {
        LauncherContext c = context();
        c.unitDirs = {m_dir.filePath(QStringLiteral("nowhere"))};
        c.besideProgram.clear();
        const DaemonLauncher l = chooseDaemonLauncher(c);
        QCOMPARE(l.program, QStringLiteral("/usr/bin/printvaultd"));
        QVERIFY(!l.systemd);
    }

    void noSystemctlRunsTheProgram()
    {
        LauncherContext c = context();
        c.systemctl.clear();
        QVERIFY(!chooseDaemonLauncher(c).systemd);
    }

    void anOverrideWins()
    {
        LauncherContext c = context();
        c.overrideProgram = QStringLiteral("/tmp/my-printvaultd");
        const DaemonLauncher l = chooseDaemonLauncher(c);
        QCOMPARE(l.program, QStringLiteral("/tmp/my-printvaultd"));
        QVERIFY(!l.systemd);
    }
};

QTEST_GUILESS_MAIN(TstLauncher)
#include "tst_launcher.moc"
