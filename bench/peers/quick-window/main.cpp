// The peer of bench/tray-app.sh: an empty Qt Quick Controls window, built the same way as the
// tray app (QApplication, QQmlApplicationEngine). What it costs is the floor for any Qt Quick app.
#include <QApplication>
#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Controls\n"
                    "ApplicationWindow { width: 420; height: 640; visible: true; title: \"peer\"\n"
                    "  Label { anchors.centerIn: parent; text: \"Hello\" } }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(window, &QQuickWindow::frameSwapped, [once]() {
        QObject::disconnect(*once);
        std::fprintf(stderr, "peer: first frame at %lld\n",
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    });
    return app.exec();
}
