#include "models/SettingsModel.h"

#include "core/DaemonConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace pv::app {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

} // namespace

SettingsModel::SettingsModel(DaemonConnection *connection, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
{
    m_language = QSettings(m_options.settingsFile, QSettings::IniFormat).value(LanguageKey).toString();
    if (!languages().contains(m_language))
        m_language.clear();
    connect(m_connection, &DaemonConnection::statusChanged, this, &SettingsModel::policyChanged);
}

int SettingsModel::retentionHours() const
{
    return m_connection->retentionHours();
}

bool SettingsModel::retentionLocked() const
{
    return isLocked(QStringLiteral("vault/retention_hours"));
}

QStringList SettingsModel::lockedSettings() const
{
    return m_connection->lockedSettings();
}

bool SettingsModel::isLocked(const QString &key) const
{
    return m_connection->lockedSettings().contains(key);
}

QString SettingsModel::printerUri() const
{
    return m_connection->printerUri();
}

void SettingsModel::setLanguage(const QString &language)
{
    const QString lang = languages().contains(language) ? language : QString();
    if (lang == m_language)
        return;
    QSettings settings(m_options.settingsFile, QSettings::IniFormat);
    settings.setValue(LanguageKey, lang);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        Q_EMIT errorOccurred(tr("Language"), tr("Cannot save the setting in %1").arg(m_options.settingsFile));
    m_language = lang;
    Q_EMIT languageChanged();
}

QStringList SettingsModel::languages() const
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QStringList SettingsModel::languageNames() const
{
    // Each language in its own name, so a user can find theirs whatever is showing now.
    return {tr("System language"), QStringLiteral("English"), QStringLiteral("Deutsch"),
            QStringLiteral("日本語")};
}

bool SettingsModel::startAtLogin() const
{
    return QFileInfo::exists(m_options.autostartFile);
}

// An XDG autostart entry (freedesktop.org Desktop Application Autostart), which every Linux
// desktop honours; removing the file turns it off.
void SettingsModel::setStartAtLogin(bool on)
{
    if (on == startAtLogin())
        return;
    if (!on) {
        if (!QFile::remove(m_options.autostartFile))
            Q_EMIT errorOccurred(tr("Start at login"), tr("Cannot remove %1").arg(m_options.autostartFile));
        Q_EMIT startAtLoginChanged();
        return;
    }
    QDir().mkpath(QFileInfo(m_options.autostartFile).absolutePath());
    QSaveFile file(m_options.autostartFile);
    const QByteArray entry = "[Desktop Entry]\nType=Application\nName=PrintVault\n"
                             "Comment=Secure pull printing: held jobs and release\nExec=" +
                             m_options.appProgram.toUtf8() +
                             " --minimized\nIcon=printvault\n"
                             "X-GNOME-Autostart-enabled=true\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit())
        Q_EMIT errorOccurred(tr("Start at login"),
                             tr("Cannot write %1: %2").arg(m_options.autostartFile, file.errorString()));
    Q_EMIT startAtLoginChanged();
}

QString SettingsModel::appVersion() const
{
    return QStringLiteral(PRINTVAULT_VERSION);
}

QString SettingsModel::daemonVersion() const
{
    return m_connection->daemonVersion();
}

} // namespace pv::app
