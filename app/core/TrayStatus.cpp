#include "core/TrayStatus.h"

#include "core/DaemonConnection.h"
#include "core/SessionLock.h"
#include "models/JobsModel.h"

namespace pv::app {

TrayStatus::TrayStatus(DaemonConnection *connection, JobsModel *jobs, const SessionLock *lock,
                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_jobs(jobs)
    , m_lock(lock)
{
    connect(m_connection, &DaemonConnection::statusChanged, this, &TrayStatus::changed);
    connect(m_connection, &DaemonConnection::connectedChanged, this, &TrayStatus::changed);
    connect(m_connection, &DaemonConnection::errorOccurred, this, &TrayStatus::reportError);
    connect(m_jobs, &JobsModel::countChanged, this, &TrayStatus::changed);
    connect(m_jobs, &JobsModel::errorOccurred, this, &TrayStatus::reportError);
    connect(m_jobs, &JobsModel::jobCaptured, this, [this](const QString &title, int pages) {
        say(tr("Captured: %1, %n page(s)", nullptr, pages).arg(title.isEmpty() ? tr("Untitled") : title),
            tr("Held in your vault until you release it."), false);
    });
    connect(m_jobs, &JobsModel::releaseFinished, this,
            [this](bool ok, const QString &title, const QString &printer, const QString &message) {
                if (ok)
                    say(tr("Released to %1").arg(printer), tr("“%1”: %2").arg(title, message), false);
                else
                    say(tr("Release to %1 failed").arg(printer), tr("“%1”: %2").arg(title, message), true);
            });
}

QString TrayStatus::iconState() const
{
    if (!m_connection->isConnected())
        return QStringLiteral("offline");
    const QString state = m_connection->state();
    if (state == QLatin1String("error") || state == QLatin1String("locked"))
        return QStringLiteral("error");
    if (state != QLatin1String("ready"))
        return QStringLiteral("offline");
    if (m_connection->capturePaused())
        return QStringLiteral("paused");
    return m_jobs->rowCount() > 0 ? QStringLiteral("held") : QStringLiteral("ready");
}

QString TrayStatus::toolTip() const
{
    const QString state = iconState();
    if (state == QLatin1String("offline"))
        return m_connection->message().isEmpty() ? tr("PrintVault: not connected")
                                                 : tr("PrintVault: %1").arg(m_connection->message());
    if (state == QLatin1String("error"))
        return tr("PrintVault: %1").arg(m_connection->message());
    QString text =
        heldJobs() > 0 ? tr("PrintVault: %n job(s) held", nullptr, heldJobs()) : tr("PrintVault: ready");
    if (state == QLatin1String("paused"))
        text += QLatin1Char('\n') + tr("Capture is paused");
    return text;
}

int TrayStatus::heldJobs() const
{
    return m_jobs->rowCount();
}

void TrayStatus::reportError(const QString &what, const QString &message)
{
    say(tr("%1 failed").arg(what), message, true);
}

void TrayStatus::reportNotice(const QString &title, const QString &message)
{
    say(title, message, true);
}

// Locked, a notification names no job: titles are as private as the window.
void TrayStatus::say(const QString &title, const QString &message, bool isError)
{
    if (m_lock && m_lock->isLocked())
        Q_EMIT notify(tr("PrintVault"), tr("Something happened while the window was locked."), isError);
    else
        Q_EMIT notify(title, message, isError);
}

} // namespace pv::app
