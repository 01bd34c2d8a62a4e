#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pv::cli {

// The CLI's messages: Text::tr("...") translates in the "pv::cli" context, which lupdate reads
// from this declaration (a plain function wrapping translate() would hide the texts from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::cli)
};

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
