#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace pv::app {

class AppController;

// The system tray icon and its menu: the only widgets in the app. It draws what TrayStatus
// decides and raises its notifications. Main thread.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(AppController *app, QObject *parent = nullptr);

    void show();
    // The icon for a state, with the number of held jobs on it; public for the tests' eyes.
    static QIcon drawIcon(const QString &state, int heldJobs);

private:
    void update();
    void fillReleaseMenu();

    AppController *m_app;
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QMenu m_releaseMenu;
    QAction *m_pause = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace pv::app
