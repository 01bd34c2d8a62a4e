#include "tray/AppMain.h"

#include "config/Paths.h"
#include "core/AppController.h"
#include "core/SingleInstance.h"
#include "tray/TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QSystemTrayIcon>

#include <cstdio>
#include <cstring>

namespace pv::app {

namespace {

// printvaultd beside this program (a build tree, or the same bin folder), else from PATH.
QSize parseSize(const QString &text)
{
    const QStringList wh = text.split(QLatin1Char('x'));
    if (wh.size() != 2)
        return QSize();
    const QSize size(wh.at(0).toInt(), wh.at(1).toInt());
    return size.width() >= 200 && size.height() >= 200 && size.width() <= 8192 && size.height() <= 8192
               ? size
               : QSize();
}

} // namespace

int runTrayApp(int argc, char **argv)
{
    // The scale must be known before the application exists: --scale 2 renders at 2x.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--scale") == 0)
            qputenv("QT_SCALE_FACTOR", argv[i + 1]);
    }
    QApplication app(argc, argv);
    // A tray window of lists and text needs no GPU: Qt Quick's software renderer draws it as
    // well, starts faster and saves the GL driver's memory (about 90 MB on Mesa, see
    // bench/tray-app.sh). QT_QUICK_BACKEND still chooses otherwise.
    if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication::setApplicationName(QStringLiteral("printvault"));
    QApplication::setApplicationDisplayName(QStringLiteral("PrintVault"));
    QApplication::setApplicationVersion(QStringLiteral(PRINTVAULT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("printvault"));
    QApplication::setQuitOnLastWindowClosed(false); // the tray stays when the window closes

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PrintVault: your held print jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render a page to a PNG file and exit."), QStringLiteral("file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "The page: jobs, quota, devices or settings."),
        QStringLiteral("name"), QStringLiteral("jobs"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot, WxH."),
                                  QStringLiteral("WxH"), QStringLiteral("420x640"));
    const QCommandLineOption scale(
        QStringLiteral("scale"), QCoreApplication::translate("main", "Device pixel ratio (2 for high DPI)."),
        QStringLiteral("factor"));
    const QCommandLineOption texts(
        QStringLiteral("texts"),
        QCoreApplication::translate("main", "With --screenshot, also write the texts shown."),
        QStringLiteral("file"));
    const QCommandLineOption noDaemon(
        QStringLiteral("no-start-daemon"),
        QCoreApplication::translate("main", "Do not start printvaultd if it is not running."));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray, without the window."));
    for (const QCommandLineOption &o : {screenshot, page, size, scale, texts, noDaemon, minimized})
        parser.addOption(o);
    parser.process(app);

    auto paths = Paths::fromEnvironment();
    if (!paths) {
        std::fprintf(stderr, "printvault: %s\n", qPrintable(paths.error().message));
        return 1;
    }
    AppOptions options;
    options.socketPath = paths->socketPath();
    if (!parser.isSet(noDaemon))
        options.daemon = chooseDaemonLauncher(launcherContext());
    options.settingsFile = paths->configDir + QStringLiteral("/tray.conf");
    options.autostartFile =
        QFileInfo(paths->configDir).absolutePath() + QStringLiteral("/autostart/printvault.desktop");
    options.appProgram = QCoreApplication::applicationFilePath();
    AppController controller(options);

    if (parser.isSet(screenshot)) {
        const QSize windowSize = parseSize(parser.value(size));
        const QStringList pages{QStringLiteral("jobs"), QStringLiteral("quota"), QStringLiteral("devices"),
                                QStringLiteral("activity"), QStringLiteral("settings")};
        if (!windowSize.isValid() || !pages.contains(parser.value(page))) {
            std::fprintf(stderr, "printvault: --size takes WxH (200 to 8192) and --page one of %s\n",
                         qPrintable(pages.join(QStringLiteral(", "))));
            return 2;
        }
        int rc = 1;
        controller.start();
        controller.screenshot(parser.value(screenshot), parser.value(page), windowSize, parser.value(texts),
                              [&rc](int code) {
                                  rc = code;
                                  QCoreApplication::quit();
                              });
        QCoreApplication::exec();
        return rc;
    }

    // A second launch shows the first one's window instead of a second tray icon.
    SingleInstance instance(QFileInfo(options.socketPath).absolutePath() + QStringLiteral("/tray.sock"));
    if (!instance.claim()) {
        std::fprintf(stderr, "printvault: already running; its window is shown\n");
        return 0;
    }
    QObject::connect(&instance, &SingleInstance::showRequested, &controller,
                     [&controller]() { controller.showWindow(); });

    controller.start();
    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<TrayIcon>(&controller);
        tray->show();
    }
    // Without a tray there is nothing else to click: show the window, and quit when it closes.
    if (!tray || !parser.isSet(minimized))
        controller.showWindow();
    if (!tray)
        QApplication::setQuitOnLastWindowClosed(true);
    return QApplication::exec();
}

} // namespace pv::app
