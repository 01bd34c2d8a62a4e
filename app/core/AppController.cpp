#include "core/AppController.h"

#include "core/ActivityReporter.h"
#include "core/DaemonConnection.h"
#include "core/JobImageProvider.h"
#include "core/SessionLock.h"
#include "core/TrayStatus.h"
#include "models/AccountModel.h"
#include "models/ActivityModel.h"
#include "models/DevicesModel.h"
#include "models/JobsModel.h"
#include "models/PrintersModel.h"
#include "models/QuotaModel.h"
#include "models/SettingsModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcTray)

namespace pv::app {

namespace {

constexpr int SettleCheckMs = 50;
constexpr int SettleAttempts = 300; // 15 s: a cold daemon opens the keychain first

void collectTexts(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    // What is drawn: a password field shows its mask, never what was typed.
    QVariant text;
    if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit"))
        text = item->property("text");
    else if (item->inherits("QQuickTextInput"))
        text = item->property("displayText");
    if (!text.toString().trimmed().isEmpty())
        out->append(text.toString());
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

bool anyImageLoading(QQuickItem *item)
{
    // QQuickImageBase::Loading is 2.
    if (item->inherits("QQuickImageBase") && item->property("status").toInt() == 2)
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(), [](QQuickItem *c) { return anyImageLoading(c); });
}

} // namespace

AppController::AppController(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(new DaemonConnection(ConnectionOptions{options.socketPath, options.daemon}, this))
    , m_jobs(new JobsModel(m_connection, this))
    , m_printers(new PrintersModel(m_connection, this))
    , m_quota(new QuotaModel(m_connection, this))
    , m_devices(new DevicesModel(m_connection, this))
    , m_activity(new ActivityModel(m_connection, this))
    , m_settings(new SettingsModel(
          m_connection,
          SettingsModel::Options{options.settingsFile, options.autostartFile, options.appProgram}, this))
    , m_lock(new SessionLock(m_connection, this))
    , m_account(new AccountModel(m_connection, this))
    , m_inputReporter(new ActivityReporter(m_connection, m_account, this))
    , m_tray(new TrayStatus(m_connection, m_jobs, m_lock, this))
{
    connect(m_account, &AccountModel::signedOutBy, m_tray, &TrayStatus::reportNotice);
    connect(m_account, &AccountModel::openUrlRequested, this, [](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            qCWarning(lcTray) << "no browser could be opened for the sign-in";
    });
    connect(m_printers, &PrintersModel::errorOccurred, m_tray, &TrayStatus::reportError);
    connect(m_quota, &QuotaModel::errorOccurred, m_tray, &TrayStatus::reportError);
    connect(m_devices, &DevicesModel::errorOccurred, m_tray, &TrayStatus::reportError);
    connect(m_settings, &SettingsModel::errorOccurred, m_tray, &TrayStatus::reportError);
    connect(m_settings, &SettingsModel::languageChanged, this, &AppController::applyLanguage);
    applyLanguage();
}

AppController::~AppController()
{
    // The window goes before the models it shows.
    delete m_window.data();
    m_engine.reset();
}

void AppController::start()
{
    m_connection->start();
}

void AppController::applyLanguage()
{
    const QLocale locale =
        m_settings->language().isEmpty() ? QLocale::system() : QLocale(m_settings->language());
    QLocale::setDefault(locale);
    m_translations.install(locale);
    if (m_engine)
        m_engine->retranslate();
}

void AppController::createWindow()
{
    if (m_window)
        return;
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImageProvider(QStringLiteral("pvjobs"), new JobImageProvider(m_connection));
    m_engine->setInitialProperties({{QStringLiteral("connection"), QVariant::fromValue(m_connection)},
                                    {QStringLiteral("jobs"), QVariant::fromValue(m_jobs)},
                                    {QStringLiteral("printers"), QVariant::fromValue(m_printers)},
                                    {QStringLiteral("quota"), QVariant::fromValue(m_quota)},
                                    {QStringLiteral("devices"), QVariant::fromValue(m_devices)},
                                    {QStringLiteral("activity"), QVariant::fromValue(m_activity)},
                                    {QStringLiteral("settings"), QVariant::fromValue(m_settings)},
                                    {QStringLiteral("trayStatus"), QVariant::fromValue(m_tray)},
                                    {QStringLiteral("sessionLock"), QVariant::fromValue(m_lock)},
                                    {QStringLiteral("account"), QVariant::fromValue(m_account)}});
    m_engine->load(QUrl(QStringLiteral("qrc:/PrintVault/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        qCCritical(lcTray) << "the window's QML did not load";
        return;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    connect(m_window, &QWindow::visibleChanged, m_jobs,
            [this](bool visible) { m_jobs->setClockRunning(visible); });
    // For bench/tray-app.sh: when the first frame is on screen (wall clock, ms since the epoch).
    if (qEnvironmentVariableIsSet("PRINTVAULT_STARTUP_PROBE")) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_window, &QQuickWindow::frameSwapped, this, [once]() {
            QObject::disconnect(*once);
            std::fprintf(stderr, "printvault: first frame at %lld\n",
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        });
    }
}

void AppController::showWindow(const QString &page, const QRect &anchor)
{
    createWindow();
    if (!m_window)
        return;
    if (!page.isEmpty())
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, page));
    if (anchor.isValid()) {
        // Next to the tray icon, inside the screen that holds it.
        const QScreen *screen = QGuiApplication::screenAt(anchor.center());
        const QRect area = screen ? screen->availableGeometry() : QRect();
        QPoint pos(anchor.center().x() - m_window->width() / 2, anchor.bottom() + 4);
        if (area.isValid()) {
            if (pos.y() + m_window->height() > area.bottom())
                pos.setY(anchor.top() - 4 - m_window->height());
            pos.setX(qBound(area.left(), pos.x(), area.right() - m_window->width()));
            pos.setY(qBound(area.top(), pos.y(), area.bottom() - m_window->height()));
        }
        m_window->setPosition(pos);
    }
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void AppController::toggleWindow(const QRect &anchor)
{
    if (m_window && m_window->isVisible())
        m_window->hide();
    else
        showWindow(QString(), anchor);
}

bool AppController::isSettled() const
{
    const QString state = m_connection->state();
    if (state == QLatin1String("connecting") || state == QLatin1String("starting"))
        return false;
    if (state == QLatin1String("ready") && (!m_jobs->isLoaded() || !m_quota->isLoaded() ||
                                            !m_activity->isLoaded() || m_account->state().isEmpty()))
        return false;
    return m_window && !anyImageLoading(m_window->contentItem());
}

void AppController::waitUntilSettled(std::function<void(bool)> done, int attemptsLeft)
{
    if (isSettled() || attemptsLeft <= 0) {
        done(isSettled());
        return;
    }
    QTimer::singleShot(SettleCheckMs, this,
                       [this, done, attemptsLeft]() { waitUntilSettled(done, attemptsLeft - 1); });
}

void AppController::screenshot(const QString &file, const QString &page, const QSize &size,
                               const QString &textsFile, std::function<void(int)> done)
{
    createWindow();
    if (!m_window) {
        done(1);
        return;
    }
    m_window->resize(size);
    showWindow(page);
    waitUntilSettled(
        [this, file, textsFile, done](bool settled) {
            if (!settled)
                qCWarning(lcTray) << "the window did not settle; taking the screenshot anyway";
            // One more frame, so what settled is what is drawn.
            QTimer::singleShot(SettleCheckMs, this, [this, file, textsFile, done]() {
                const QImage image = m_window->grabWindow();
                if (image.isNull() || !image.save(file, "PNG")) {
                    qCCritical(lcTray).noquote() << "cannot write the screenshot to" << file;
                    done(1);
                    return;
                }
                if (!textsFile.isEmpty()) {
                    QStringList texts;
                    collectTexts(m_window->contentItem(), &texts);
                    QFile out(textsFile);
                    if (!out.open(QIODevice::WriteOnly) ||
                        out.write(texts.join(QLatin1Char('\n')).toUtf8()) < 0) {
                        done(1);
                        return;
                    }
                }
                done(0);
            });
        },
        SettleAttempts);
}

} // namespace pv::app
