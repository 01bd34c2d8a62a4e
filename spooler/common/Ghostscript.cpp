#include "common/Ghostscript.h"

#include "common/ChildProcess.h"

#include <QRegularExpression>

namespace pv {

QString ghostscriptPath()
{
    return childExecutable(QStringLiteral("gs"));
}

QString ghostscriptErrorName(const QByteArray &stderrText)
{
    static const QRegularExpression errorName(QStringLiteral("Error: (/[A-Za-z]+)"));
    return errorName.match(QString::fromLatin1(stderrText)).captured(1);
}

} // namespace pv
