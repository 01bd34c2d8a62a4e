#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pv::app {

class AccountModel;
class DaemonConnection;

// Tells the daemon that the user is at work (account.activity), for the idle sign-out of
// policy account/idle_logout_minutes. The daemon keeps the clock and signs out, so the limit
// holds with the window closed or the tray app gone: no input reported is idle. Input in the
// app is reported at most once a minute, and only while signed in. Main thread.
class ActivityReporter : public QObject
{
    Q_OBJECT
public:
    ActivityReporter(DaemonConnection *connection, const AccountModel *account, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DaemonConnection *m_connection;
    const AccountModel *m_account;
    QElapsedTimer m_sinceReport;
};

} // namespace pv::app
