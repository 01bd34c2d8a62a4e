#include "core/ActivityReporter.h"

#include "core/DaemonConnection.h"
#include "models/AccountModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace pv::app {

namespace {

// Well inside the smallest idle limit policy can set (one minute): a report a minute late
// costs at most a minute of the limit.
constexpr qint64 ReportEveryMs = 30 * 1000;

} // namespace

ActivityReporter::ActivityReporter(DaemonConnection *connection, const AccountModel *account, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_account(account)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool ActivityReporter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_account->isSignedIn() && m_connection->isConnected() &&
            (!m_sinceReport.isValid() || m_sinceReport.elapsed() >= ReportEveryMs)) {
            m_sinceReport.start();
            m_connection->request(QStringLiteral("account.activity"), {}, [](Result<QJsonObject>) {});
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pv::app
