#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <cstdio>

namespace pv::localapi {
class LocalApiClient;
}

namespace pv::cli {

// printvault-cli: parses a command line, talks to printvaultd over the local API and
// prints the outcome. Exit codes: 0 done, 1 the operation failed, 2 usage error,
// 3 printvaultd cannot be reached.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Unreachable = 3 };

    CliRunner(FILE *out, FILE *err, QObject *parent = nullptr);
    ~CliRunner() override;

    int run(const QStringList &arguments);

private:
    int connectToDaemon(int documentFd = -1);
    Result<QJsonObject> call(const QString &method, const QJsonObject &params = {});
    int fail(const Error &error);
    int usage(const QString &message);
    void print(const QString &text);
    void printJson(const QJsonObject &object);

    int cmdStatus();
    int cmdSubmit(const QStringList &args);
    int submitStored(const QJsonObject &stored);
    int cmdJobs(const QStringList &args);
    int cmdExport(const QString &id, const QString &path);
    int cmdWatch();
    // CliInstallCommands.cpp
    int cmdInstallPrinter(const QStringList &args, bool install);
    int installPrinter(const QString &queue, const QString &cupsdConf);
    int uninstallPrinter(const QString &queue, const QString &cupsdConf);
    // CliMfpCommands.cpp
    int cmdUsage(const QStringList &args);
    int cmdRelease(const QStringList &args);
    int cmdQuota(const QStringList &args);
    int cmdCert(const QStringList &args);
    int cmdDevices(const QStringList &args);
    int cmdPin(const QStringList &args);
    int cmdCard(const QStringList &args);
    int cmdPrinters(const QStringList &args);
    // CliAccountCommands.cpp
    int cmdLogin(const QStringList &args);
    int cmdLogout(const QStringList &args);
    int cmdWhoami(const QStringList &args);
    QString accountText(const QJsonObject &account) const;
    // CliServerCommands.cpp
    int cmdServer(const QStringList &args);
    int releaseOnServer(const QString &id);
    // CliAuditCommands.cpp
    int cmdAudit(const QStringList &args);
    int cmdAuditVerify(const QStringList &args);
    int cmdAuditExport(const QStringList &args);
    // CliPolicyCommands.cpp: reads the policy files itself, needs no daemon
    int cmdPolicy(const QStringList &args);
    int printResult(const Result<QJsonObject> &result, const QString &text);

    FILE *m_out;
    FILE *m_err;
    bool m_json = false;
    QString m_socketPath;
    localapi::LocalApiClient *m_client;
};

} // namespace pv::cli
