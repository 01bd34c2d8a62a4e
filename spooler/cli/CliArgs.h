#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pv::cli {

// The CLI's messages, translated in the "pv::cli" context.
inline QString translated(const char *text)
{
    return QCoreApplication::translate("pv::cli", text);
}

// Takes "--name value" out of args; returns the value, or a null string when absent. A name
// without a value sets *missingValue.
inline QString takeOption(QStringList &args, const QString &name, bool *missingValue)
{
    const int i = int(args.indexOf(name));
    if (i < 0)
        return QString();
    if (i + 1 >= args.size()) {
        *missingValue = true;
        args.removeAt(i);
        return QString();
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace pv::cli
