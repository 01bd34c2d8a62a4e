#include "tray/TrayIcon.h"

#include "core/AppController.h"
#include "core/DaemonConnection.h"
#include "core/SessionLock.h"
#include "core/TrayStatus.h"
#include "models/AccountModel.h"
#include "models/JobsModel.h"
#include "models/PrintersModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pv::app {

namespace {

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("held"))
        return QColor(0x1a, 0x73, 0xe8);
    if (state == QLatin1String("paused"))
        return QColor(0xf2, 0x99, 0x00);
    if (state == QLatin1String("error"))
        return QColor(0xd9, 0x30, 0x25);
    if (state == QLatin1String("offline"))
        return QColor(0x80, 0x86, 0x8b);
    return QColor(0x18, 0x80, 0x38); // ready
}

} // namespace

TrayIcon::TrayIcon(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    m_menu.addAction(tr("Open PrintVault"), this,
                     [this]() { m_app->showWindow(QString(), m_icon.geometry()); });
    m_releaseMenu.setTitle(tr("Release all to"));
    m_menu.addMenu(&m_releaseMenu);
    connect(&m_releaseMenu, &QMenu::aboutToShow, this, &TrayIcon::fillReleaseMenu);
    m_pause = m_menu.addAction(tr("Pause capture"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this,
            [this](bool on) { m_app->connection()->setCapturePaused(on); });
    // Only while signed in to the organisation (AccountModel), like the account header's.
    m_signOut = m_menu.addAction(tr("Sign out"), this, [this]() { m_app->account()->signOut(); });
    m_signOut->setVisible(false);
    m_menu.addSeparator();
    m_menu.addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_icon.setContextMenu(&m_menu);

    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            m_app->toggleWindow(m_icon.geometry());
    });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this,
            [this]() { m_app->showWindow(QStringLiteral("jobs")); });
    connect(m_app->trayStatus(), &TrayStatus::changed, this, &TrayIcon::update);
    connect(m_app->sessionLock(), &SessionLock::lockedChanged, this, &TrayIcon::update);
    connect(m_app->account(), &AccountModel::changed, this, &TrayIcon::update);
    connect(m_app->trayStatus(), &TrayStatus::notify, this,
            [this](const QString &title, const QString &message, bool isError) {
                m_icon.showMessage(title, message,
                                   isError ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
            });
    update();
}

void TrayIcon::show()
{
    m_icon.show();
}

void TrayIcon::update()
{
    const TrayStatus *status = m_app->trayStatus();
    m_icon.setIcon(drawIcon(status->iconState(), status->heldJobs()));
    m_icon.setToolTip(status->toolTip());
    const bool connected = m_app->connection()->isConnected();
    m_pause->setEnabled(connected);
    m_pause->setChecked(m_app->connection()->capturePaused());
    // Locked, the tray does not release either: that waits for the PIN too.
    m_releaseMenu.setEnabled(connected && status->heldJobs() > 0 && !m_app->sessionLock()->isLocked());
    m_signOut->setVisible(m_app->account()->isSignedIn());
    m_signOut->setText(m_app->account()->isSignedIn() ? tr("Sign out (%1)").arg(m_app->account()->name())
                                                      : tr("Sign out"));
}

void TrayIcon::fillReleaseMenu()
{
    m_releaseMenu.clear();
    const QStringList names = m_app->printers()->names();
    if (names.isEmpty()) {
        m_releaseMenu.addAction(tr("Add a printer in Settings…"), this,
                                [this]() { m_app->showWindow(QStringLiteral("settings")); });
        return;
    }
    for (const QString &name : names)
        m_releaseMenu.addAction(name, this, [this, name]() { m_app->jobs()->releaseAll(name); });
}

// A printer drawn in the state's colour, with the held-job count in a badge: readable at the
// 16-24 px trays use, and drawn at every size the icon is asked for.
QIcon TrayIcon::drawIcon(const QString &state, int heldJobs)
{
    QIcon icon;
    for (int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal u = side / 16.0;
        const QColor color = stateColor(state);
        // Paper out of the top, the body, and the tray.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf1, 0xf3, 0xf4));
        p.drawRect(QRectF(4 * u, 1 * u, 8 * u, 5 * u));
        p.setBrush(color);
        p.drawRoundedRect(QRectF(1 * u, 5 * u, 14 * u, 7 * u), 1.5 * u, 1.5 * u);
        p.setBrush(QColor(0xf1, 0xf3, 0xf4));
        p.drawRect(QRectF(4 * u, 10 * u, 8 * u, 5 * u));
        // A padlock on the body: jobs are held locked.
        p.setBrush(Qt::white);
        p.drawRect(QRectF(6.5 * u, 7.5 * u, 3 * u, 2.2 * u));
        QPen shackle(Qt::white, 0.9 * u);
        p.setPen(shackle);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(6.9 * u, 5.9 * u, 2.2 * u, 3 * u), 0, 180 * 16);
        if (state == QLatin1String("held") && heldJobs > 0) {
            const QString text = heldJobs > 99 ? QStringLiteral("99+") : QString::number(heldJobs);
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(qMax(7, int(7 * u)));
            p.setFont(font);
            const QRectF badge(side - 9 * u, 0, 9 * u, 8 * u);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xd9, 0x30, 0x25));
            p.drawRoundedRect(badge, 4 * u, 4 * u);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, text);
        } else if (state == QLatin1String("offline") || state == QLatin1String("error")) {
            p.setPen(QPen(state == QLatin1String("error") ? Qt::white : QColor(0x3c, 0x40, 0x43), 1.5 * u));
            p.drawLine(QPointF(11 * u, 1 * u), QPointF(15 * u, 5 * u));
            p.drawLine(QPointF(15 * u, 1 * u), QPointF(11 * u, 5 * u));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace pv::app
