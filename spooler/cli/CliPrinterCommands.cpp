// printvault-cli printers discover | add | list | show | refresh | trust | remove: the saved printers that
// `jobs release --printer NAME` and the tray's release picker use (docs/local-api.md).
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"

#include <QJsonArray>

namespace pv::cli {

namespace {

QString joined(const QJsonObject &caps, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : caps.value(QLatin1String(key)).toArray())
        out.append(v.isString() ? v.toString() : QString::number(v.toInt()));
    return out.isEmpty() ? Text::tr("(none)") : out.join(QStringLiteral(", "));
}

// One printer: a line for the list, or every capability for show.
QString describe(const QJsonObject &printer, bool full)
{
    const QJsonObject caps = printer.value(QStringLiteral("capabilities")).toObject();
    const auto yes = [&](const char *key) {
        return caps.value(QLatin1String(key)).toBool();
    };
    QString line = QStringLiteral("%1  %2  [%3%4%5]\n")
                       .arg(printer.value(QStringLiteral("name")).toString(),
                            printer.value(QStringLiteral("uri")).toString(),
                            yes("pdf") ? Text::tr("PDF") : Text::tr("raster"),
                            yes("color") ? Text::tr(", colour") : Text::tr(", mono"),
                            yes("duplex") ? Text::tr(", duplex") : QString());
    if (!full)
        return line;
    return line +
           Text::tr("  Make and model:  %1\n").arg(caps.value(QStringLiteral("make_and_model")).toString()) +
           Text::tr("  Formats:         %1\n").arg(joined(caps, "formats")) +
           Text::tr("  Sides:           %1\n").arg(joined(caps, "sides")) +
           Text::tr("  Colour modes:    %1\n").arg(joined(caps, "color_modes")) +
           Text::tr("  Copies:          1-%1\n").arg(caps.value(QStringLiteral("max_copies")).toInt()) +
           Text::tr("  Default media:   %1\n").arg(caps.value(QStringLiteral("default_media")).toString()) +
           Text::tr("  Raster dpi:      %1\n").arg(joined(caps, "pwg_resolutions")) +
           Text::tr("  Raster types:    %1\n").arg(joined(caps, "pwg_types")) +
           Text::tr("  URF:             %1\n").arg(joined(caps, "urf")) +
           Text::tr("  Checked:         %1\n").arg(printer.value(QStringLiteral("checked")).toString());
}

} // namespace

int CliRunner::cmdPrinters(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString name = takeOption(args, QStringLiteral("--name"), &missing);
    const QString sub = args.value(0);
    if (!missing && sub == QLatin1String("list") && args.size() == 1) {
        auto r = call(QStringLiteral("printers.list"));
        QString text;
        if (r) {
            for (const QJsonValue &v : r->value(QStringLiteral("printers")).toArray())
                text += describe(v.toObject(), false);
            if (text.isEmpty())
                text = Text::tr(
                    "No printers saved. Add one with: printvault-cli printers add URI --name NAME\n");
        }
        return printResult(r, text);
    }
    if (name.isNull() && sub == QLatin1String("discover") && args.size() == 1) {
        auto r = call(QStringLiteral("printers.discover"));
        QString text;
        if (r) {
            for (const QJsonValue &v : r->value(QStringLiteral("printers")).toArray()) {
                const QJsonObject p = v.toObject();
                text += QStringLiteral("%1  %2  (%3)\n")
                            .arg(p.value(QStringLiteral("name")).toString(),
                                 p.value(QStringLiteral("uri")).toString(),
                                 p.value(QStringLiteral("source")).toString() == QLatin1String("dnssd")
                                     ? Text::tr("on the network")
                                     : Text::tr("a CUPS queue"));
            }
            if (text.isEmpty())
                text = Text::tr("No printers found.\n");
            const QString note = r->value(QStringLiteral("message")).toString();
            if (!note.isEmpty())
                text += Text::tr("Note: %1\n").arg(note);
        }
        return printResult(r, text);
    }
    if (!missing && sub == QLatin1String("add") && args.size() == 2) {
        auto r = call(QStringLiteral("printers.add"),
                      QJsonObject{{QStringLiteral("uri"), args.at(1)}, {QStringLiteral("name"), name}});
        return printResult(r, r ? Text::tr("Saved ") +
                                      describe(r->value(QStringLiteral("printer")).toObject(), true)
                                : QString());
    }
    if (name.isNull() && (sub == QLatin1String("show") || sub == QLatin1String("refresh")) &&
        args.size() == 2) {
        // show reads what was saved; refresh asks the printer again.
        auto r = sub == QLatin1String("refresh") ? call(QStringLiteral("printers.refresh"),
                                                        QJsonObject{{QStringLiteral("name"), args.at(1)}})
                                                 : call(QStringLiteral("printers.list"));
        if (r && sub == QLatin1String("show")) {
            for (const QJsonValue &v : r->value(QStringLiteral("printers")).toArray()) {
                const QJsonObject p = v.toObject();
                if (p.value(QStringLiteral("name")).toString().compare(args.at(1), Qt::CaseInsensitive) == 0)
                    return printResult(QJsonObject{{QStringLiteral("printer"), p}}, describe(p, true));
            }
            return fail(Error{QStringLiteral("not-found"),
                              Text::tr("no saved printer is called '%1'").arg(args.at(1))});
        }
        return printResult(r, r ? describe(r->value(QStringLiteral("printer")).toObject(), true) : QString());
    }
    if (name.isNull() && sub == QLatin1String("trust") && args.size() == 2) {
        auto r = call(QStringLiteral("printers.trust"), QJsonObject{{QStringLiteral("printer"), args.at(1)}});
        return printResult(r, r ? Text::tr("Trusting the certificate of %1 from now on: %2\n")
                                      .arg(r->value(QStringLiteral("printer")).toString(),
                                           r->value(QStringLiteral("fingerprint_sha256")).toString())
                                : QString());
    }
    if (name.isNull() && sub == QLatin1String("remove") && args.size() == 2) {
        auto r = call(QStringLiteral("printers.remove"), QJsonObject{{QStringLiteral("name"), args.at(1)}});
        return printResult(r, Text::tr("Removed %1\n").arg(args.at(1)));
    }
    return usage(Text::tr("printers takes discover, add URI [--name N], list, show NAME, refresh NAME, "
                          "trust NAME|URI or remove NAME"));
}

} // namespace pv::cli
