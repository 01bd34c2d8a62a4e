// printvaultd: the PrintVault spooler. Everything lives in the core library; this file wires
// the real keychain, clock and signals to a Daemon and runs the event loop.
#include "common/Logging.h"
#include "common/ProcessHardening.h"
#include "daemon/Daemon.h"
#include "daemon/SocketActivation.h"
#include "daemon/TerminationSignals.h"
#include "i18n/Translations.h"
#include "vault/KeychainCredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    umask(077); // nothing we create is readable by others, whatever the caller's umask
    pv::forbidCoreDumps();
    QCoreApplication app(argc, argv);
    pv::TerminationSignals terminationSignals; // before any thread (D-Bus, workers) exists
    QCoreApplication::setApplicationName(QStringLiteral("printvaultd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRINTVAULT_VERSION));
    qSetMessagePattern(QStringLiteral("printvaultd[%{pid}] %{category} %{type}: %{message}"));
    // Errors and status messages go to the tray and the CLI as text for people, so they are
    // written in this session's language (logs stay English).
    pv::Translations translations;
    translations.install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "printvaultd", "PrintVault spooler: holds print jobs encrypted until released."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption policyOption(
        QStringLiteral("policy"),
        QCoreApplication::translate("printvaultd",
                                    "Administrator policy file (default %1, or $PRINTVAULT_POLICY).")
            .arg(pv::Policy::defaultPolicyFile()),
        QStringLiteral("file"));
    parser.addOption(policyOption);
    QCommandLineOption ippPortOption(
        QStringLiteral("ipp-port"),
        QCoreApplication::translate(
            "printvaultd", "Port of the virtual printer on localhost (default 8631; 0 turns it off)."),
        QStringLiteral("port"));
    parser.addOption(ippPortOption);
    QCommandLineOption mfpPortOption(
        QStringLiteral("mfp-port"),
        QCoreApplication::translate("printvaultd",
                                    "Port of the MFP pull API over HTTPS (default 5571; 0 turns it off)."),
        QStringLiteral("port"));
    parser.addOption(mfpPortOption);
    parser.process(app);

    auto paths = pv::Paths::fromEnvironment();
    if (!paths) {
        std::fprintf(stderr, "printvaultd: %s\n", qPrintable(paths.error().message));
        return 1;
    }
    pv::DaemonOptions options;
    options.paths = paths.value();
    // Started by printvaultd.socket: a job is already waiting on the socket systemd holds.
    options.ippListenFd = pv::takeInheritedListener(options.paths.runtimeDir + QStringLiteral("/ipp.sock"));
    const QString envPolicy = qEnvironmentVariable("PRINTVAULT_POLICY");
    options.policyFile = parser.isSet(policyOption) ? parser.value(policyOption)
                         : envPolicy.isEmpty()      ? pv::Policy::defaultPolicyFile()
                                                    : envPolicy;

    for (const auto &[option, target] :
         {std::pair{&ippPortOption, &options.ippPort}, std::pair{&mfpPortOption, &options.mfpPort}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0 || *target > 65535) {
            std::fprintf(stderr, "printvaultd: %s\n",
                         qPrintable(QCoreApplication::translate("printvaultd",
                                                                "--%1 takes a port number from 0 to 65535")
                                        .arg(option->names().first())));
            return 2;
        }
    }

    pv::SystemClock clock;
    pv::KeychainCredentialStore credentials(QStringLiteral("PrintVault"));
    pv::Daemon daemon(options, &credentials, &clock);
    if (auto s = daemon.start(); !s) {
        std::fprintf(stderr, "printvaultd: %s\n", qPrintable(s.message()));
        return 1;
    }
    QObject::connect(&terminationSignals, &pv::TerminationSignals::received, &app, [](int sig) {
        qCInfo(lcDaemon) << "signal" << sig << "received; shutting down";
        QCoreApplication::quit();
    });
    return app.exec();
}
