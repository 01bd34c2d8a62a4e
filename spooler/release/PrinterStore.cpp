#include "release/PrinterStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace pv::release {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

// printers.conf written before the snake_case keys (0.1) still reads.
QJsonValue field(const QJsonObject &json, const char *key, const char *oldKey)
{
    const QJsonValue v = json.value(QLatin1String(key));
    return v.isUndefined() ? json.value(QLatin1String(oldKey)) : v;
}

} // namespace

QJsonObject capabilitiesToJson(const PrinterCapabilities &caps)
{
    QJsonArray resolutions;
    for (int dpi : caps.pwgResolutions)
        resolutions.append(dpi);
    return QJsonObject{{QStringLiteral("make_and_model"), caps.name},
                       {QStringLiteral("formats"), toArray(caps.formats)},
                       {QStringLiteral("sides"), toArray(caps.sides)},
                       {QStringLiteral("color_modes"), toArray(caps.colorModes)},
                       {QStringLiteral("operations"), toArray(caps.operations)},
                       {QStringLiteral("max_copies"), caps.maxCopies},
                       {QStringLiteral("default_media"), caps.defaultMedia},
                       {QStringLiteral("pwg_resolutions"), resolutions},
                       {QStringLiteral("pwg_types"), toArray(caps.pwgTypes)},
                       {QStringLiteral("pwg_sheet_back"), caps.pwgSheetBack},
                       {QStringLiteral("urf"), toArray(caps.urf)},
                       {QStringLiteral("overrides"), toArray(caps.overrides)},
                       // What a person wants to know at a glance, derived once here.
                       {QStringLiteral("pdf"), caps.acceptsPdf()},
                       {QStringLiteral("color"), caps.colorModes.contains(QLatin1String("color"))},
                       {QStringLiteral("duplex"), caps.sides.size() > 1}};
}

PrinterCapabilities capabilitiesFromJson(const QJsonObject &json)
{
    PrinterCapabilities caps;
    caps.name = field(json, "make_and_model", "makeAndModel").toString();
    caps.formats = toStrings(json.value(QStringLiteral("formats")));
    caps.sides = toStrings(json.value(QStringLiteral("sides")));
    caps.colorModes = toStrings(field(json, "color_modes", "colorModes"));
    caps.operations = toStrings(json.value(QStringLiteral("operations")));
    caps.maxCopies = field(json, "max_copies", "maxCopies").toInt(1);
    caps.defaultMedia = field(json, "default_media", "defaultMedia").toString();
    for (const QJsonValue &v : field(json, "pwg_resolutions", "pwgResolutions").toArray())
        caps.pwgResolutions.append(v.toInt());
    caps.pwgTypes = toStrings(field(json, "pwg_types", "pwgTypes"));
    caps.pwgSheetBack = field(json, "pwg_sheet_back", "pwgSheetBack").toString();
    caps.urf = toStrings(json.value(QStringLiteral("urf")));
    caps.overrides = toStrings(json.value(QStringLiteral("overrides")));
    return caps;
}

QJsonObject printerToJson(const SavedPrinter &printer)
{
    return QJsonObject{{QStringLiteral("name"), printer.name},
                       {QStringLiteral("uri"), printer.uri},
                       {QStringLiteral("checked"), printer.checked.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("capabilities"), capabilitiesToJson(printer.capabilities)}};
}

PrinterStore::PrinterStore(QString file)
    : m_file(std::move(file))
{}

QList<SavedPrinter> PrinterStore::list() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    QList<SavedPrinter> out;
    const int n = settings.beginReadArray(QStringLiteral("printers"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SavedPrinter p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.uri = settings.value(QStringLiteral("uri")).toString();
        p.checked = QDateTime::fromString(settings.value(QStringLiteral("checked")).toString(), Qt::ISODate);
        p.capabilities = capabilitiesFromJson(
            QJsonDocument::fromJson(settings.value(QStringLiteral("capabilities")).toByteArray()).object());
        if (!p.name.isEmpty() && !p.uri.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

std::optional<SavedPrinter> PrinterStore::find(const QString &nameOrUri) const
{
    for (const SavedPrinter &p : list()) {
        if (p.name.compare(nameOrUri, Qt::CaseInsensitive) == 0 || p.uri == nameOrUri)
            return p;
    }
    return std::nullopt;
}

Status PrinterStore::save(const SavedPrinter &printer)
{
    QList<SavedPrinter> all = list();
    auto it = std::find_if(all.begin(), all.end(), [&](const SavedPrinter &p) {
        return p.name.compare(printer.name, Qt::CaseInsensitive) == 0;
    });
    if (it != all.end())
        *it = printer;
    else
        all.append(printer);
    return write(all);
}

Error PrinterStore::notFound(const QString &name)
{
    return Error{QStringLiteral("not-found"),
                 QCoreApplication::translate("pv::release", "no saved printer is called '%1'").arg(name)};
}

Status PrinterStore::remove(const QString &name)
{
    QList<SavedPrinter> all = list();
    const auto before = all.size();
    all.removeIf([&](const SavedPrinter &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (all.size() == before)
        return notFound(name);
    return write(all);
}

Status PrinterStore::write(const QList<SavedPrinter> &printers)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(QStringLiteral("printers"));
    settings.beginWriteArray(QStringLiteral("printers"), int(printers.size()));
    for (int i = 0; i < printers.size(); ++i) {
        const SavedPrinter &p = printers.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("uri"), p.uri);
        settings.setValue(QStringLiteral("checked"), p.checked.toUTC().toString(Qt::ISODate));
        settings.setValue(QStringLiteral("capabilities"),
                          QJsonDocument(capabilitiesToJson(p.capabilities)).toJson(QJsonDocument::Compact));
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{
            QStringLiteral("io"),
            QCoreApplication::translate("pv::release", "cannot save the printer list in %1").arg(m_file)};
    return {};
}

} // namespace pv::release
