// printvault-audit-verify: checks audit files with only the public key, on any machine. The
// CLI's `audit verify` runs it, so the CLI itself links no OpenSSL (tests/app/check_links.sh).
#include "audit/AuditVerifier.h"
#include "config/Paths.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("printvault-audit-verify"));
    pv::Translations translations;
    translations.install(QLocale::system());
    auto paths = pv::Paths::fromEnvironment();
    const QString folder = paths ? paths->auditDir() : QString();
    return pv::audit::runVerifyCommand(QCoreApplication::arguments().mid(1), folder, stdout, stderr);
}
