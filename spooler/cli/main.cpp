// printvault-cli: scripting and administration over the daemon's local API.
#include "cli/CliRunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("printvault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRINTVAULT_VERSION));
    pv::cli::CliRunner runner(stdout, stderr);
    return runner.run(QCoreApplication::arguments());
}
