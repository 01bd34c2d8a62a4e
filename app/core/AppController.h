#pragma once

#include "core/DaemonLauncher.h"
#include "i18n/Translations.h"

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QRect>
#include <QString>

#include <memory>

class QQmlApplicationEngine;

namespace pv::app {

class AccountModel;
class ActivityReporter;
class DaemonConnection;
class DevicesModel;
class ActivityModel;
class JobsModel;
class PrintersModel;
class QuotaModel;
class SessionLock;
class SettingsModel;
class TrayStatus;

struct AppOptions
{
    QString socketPath;
    DaemonLauncher daemon; // its program empty: do not start a daemon
    QString settingsFile;
    QString autostartFile;
    QString appProgram;
};

// The tray app's owner tree: the daemon connection, the view models, translations and the QML
// window. Widgets stay out of it (TrayIcon draws the tray), so tests and --screenshot run it
// with no desktop. Main thread.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const AppOptions &options, QObject *parent = nullptr);
    ~AppController() override;

    void start();

    DaemonConnection *connection() const { return m_connection; }
    JobsModel *jobs() const { return m_jobs; }
    PrintersModel *printers() const { return m_printers; }
    QuotaModel *quota() const { return m_quota; }
    DevicesModel *devices() const { return m_devices; }
    ActivityModel *activity() const { return m_activity; }
    SettingsModel *settings() const { return m_settings; }
    TrayStatus *trayStatus() const { return m_tray; }
    SessionLock *sessionLock() const { return m_lock; }
    AccountModel *account() const { return m_account; }

    // Creates the window on first use. `anchor` is the tray icon's place on screen, if known.
    void showWindow(const QString &page = QString(), const QRect &anchor = QRect());
    void toggleWindow(const QRect &anchor);
    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }

    // --screenshot: renders `page` with the live daemon state at `size` (logical pixels) and
    // writes the PNG, and the texts on screen, one per line, to `textsFile` if given.
    // Calls done(exit code) when finished.
    void screenshot(const QString &file, const QString &page, const QSize &size, const QString &textsFile,
                    std::function<void(int)> done);

private:
    void createWindow();
    void applyLanguage();
    void waitUntilSettled(std::function<void(bool)> done, int attemptsLeft);
    bool isSettled() const;

    DaemonConnection *m_connection;
    JobsModel *m_jobs;
    PrintersModel *m_printers;
    QuotaModel *m_quota;
    DevicesModel *m_devices;
    ActivityModel *m_activity;
    SettingsModel *m_settings;
    SessionLock *m_lock;
    AccountModel *m_account;
    ActivityReporter *m_inputReporter;
    TrayStatus *m_tray;
    Translations m_translations;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QPointer<QQuickWindow> m_window;
};

} // namespace pv::app
