// printvault-cli: scripting and administration over the daemon's local API.
#include "cli/CliRunner.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("printvault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRINTVAULT_VERSION));
    // The CLI's own text, and the daemon's messages it prints, in the user's language.
    pv::Translations translations;
    translations.install(QLocale::system());
    pv::cli::CliRunner runner(stdout, stderr);
    return runner.run(QCoreApplication::arguments());
}
