#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cups/cups.h>

// tst_server's own look at the print server: IPP requests over IPPS as a given account, with
// its password given once, independent of the daemon under test.
namespace pv::test {

struct ServerJobSeen
{
    int id = 0;
    QString name;
    int state = 0;
    QString owner;
    QString holdUntil;
};

// The IPP status and the job groups of one request.
struct IppAnswer
{
    ipp_status_t status = IPP_STATUS_ERROR_INTERNAL;
    QList<ServerJobSeen> jobs;
};

// `op` on the queue as `user` (Basic), with `requestingUser` as requesting-user-name; Get-Jobs
// asks for which-jobs=all and my-jobs.
IppAnswer ippAs(int port, const QString &user, const QString &password, ipp_op_t op, int jobId,
                const QString &requestingUser = QString(), const QString &queue = QStringLiteral("hold"));
// CUPS-Get-Document as the owner: the document exactly as the server spooled it.
QByteArray documentOf(int port, const QString &user, const QString &password, int jobId);

} // namespace pv::test
