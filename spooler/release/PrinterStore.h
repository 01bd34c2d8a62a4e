#pragma once

#include "common/Result.h"
#include "release/IppClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pv::release {

// A printer the user added by URI, with what it said it can do when last asked.
struct SavedPrinter
{
    QString name;
    QString uri;
    PrinterCapabilities capabilities;
    QDateTime checked; // when the capabilities were read
};

QJsonObject capabilitiesToJson(const PrinterCapabilities &caps);
PrinterCapabilities capabilitiesFromJson(const QJsonObject &json);
QJsonObject printerToJson(const SavedPrinter &printer);

// The user's saved printers, in printers.conf beside the user settings (QSettings, INI).
// Main thread only.
class PrinterStore
{
public:
    explicit PrinterStore(QString file);

    QList<SavedPrinter> list() const;
    // By name (case-insensitive) or by URI.
    std::optional<SavedPrinter> find(const QString &nameOrUri) const;
    // The error for a name no saved printer has.
    static Error notFound(const QString &name);
    // Adds, or replaces the printer of the same name.
    [[nodiscard]] Status save(const SavedPrinter &printer);
    [[nodiscard]] Status remove(const QString &name);

private:
    [[nodiscard]] Status write(const QList<SavedPrinter> &printers);

    QString m_file;
};

} // namespace pv::release
