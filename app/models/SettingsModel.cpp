#include "models/SettingsModel.h"

#include "core/DaemonConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
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

QString SettingsModel::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("vault/retention_hours"), QT_TR_NOOP("Held jobs are deleted after (hours)")},
        {QStringLiteral("vault/max_size_mb"), QT_TR_NOOP("Largest vault (MB, 0: no limit)")},
        {QStringLiteral("vault/min_free_mb"), QT_TR_NOOP("Free disk space kept (MB)")},
        {QStringLiteral("vault/keep_after_print"), QT_TR_NOOP("Keep jobs after an MFP prints them")},
        {QStringLiteral("capture/max_job_mb"), QT_TR_NOOP("Largest document (MB)")},
        {QStringLiteral("capture/ipp_port"), QT_TR_NOOP("Printer port on this computer (0: off)")},
        {QStringLiteral("capture/convert_timeout_seconds"), QT_TR_NOOP("Conversion time limit (seconds)")},
        {QStringLiteral("quota/monthly_pages"), QT_TR_NOOP("Pages per month (0: no limit)")},
        {QStringLiteral("quota/monthly_color_pages"), QT_TR_NOOP("Colour pages per month (0: no limit)")},
        {QStringLiteral("quota/reset_day"), QT_TR_NOOP("Quota starts again on day")},
        {QStringLiteral("quota/warn_only"), QT_TR_NOOP("Over quota: warn only")},
        {QStringLiteral("release/force_mono"), QT_TR_NOOP("Always print in black and white")},
        {QStringLiteral("release/force_duplex"), QT_TR_NOOP("Always print two-sided")},
        {QStringLiteral("release/watermark"), QT_TR_NOOP("Watermark on every page")},
        {QStringLiteral("release/retry_seconds"), QT_TR_NOOP("Try a busy printer again for (seconds)")},
        {QStringLiteral("mfp/port"), QT_TR_NOOP("MFP connection port (0: off)")},
        {QStringLiteral("mfp/listen_address"), QT_TR_NOOP("MFP connections accepted on")},
        {QStringLiteral("mfp/session_minutes"), QT_TR_NOOP("MFP sign-in lasts (minutes)")},
        {QStringLiteral("mfp/max_failed_attempts"), QT_TR_NOOP("Failed sign-ins before a lock")},
        {QStringLiteral("mfp/lockout_minutes"), QT_TR_NOOP("Sign-in lock lasts (minutes)")},
        {QStringLiteral("tray/idle_lock_minutes"), QT_TR_NOOP("Lock this window after idle (minutes)")},
        {QStringLiteral("account/issuer"), QT_TR_NOOP("Organisation sign-in")},
        {QStringLiteral("account/client_id"), QT_TR_NOOP("Sign-in client")},
        {QStringLiteral("account/scopes"), QT_TR_NOOP("Sign-in scopes")},
        {QStringLiteral("account/redirect_host"), QT_TR_NOOP("Sign-in return address")},
        {QStringLiteral("account/device_flow"), QT_TR_NOOP("Sign in with a code")},
        {QStringLiteral("account/idle_logout_minutes"), QT_TR_NOOP("Sign out after idle (minutes)")},
        {QStringLiteral("account/mfp_audiences"), QT_TR_NOOP("MFP apps that may sign in")},
        {QStringLiteral("account/ca_file"), QT_TR_NOOP("Sign-in certificate authority")},
    };
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

QVariantList SettingsModel::managedSettings() const
{
    QVariantList out;
    for (const QJsonValue &v : m_connection->managedSettings()) {
        const QJsonObject s = v.toObject();
        const QJsonValue value = s.value(QStringLiteral("value"));
        const QString text = value.isBool()     ? (value.toBool() ? tr("On") : tr("Off"))
                             : value.isDouble() ? QString::number(value.toInteger())
                                                : value.toString();
        const QString key = s.value(QStringLiteral("key")).toString();
        out.append(QVariantMap{{QStringLiteral("key"), key},
                               {QStringLiteral("label"), label(key)},
                               {QStringLiteral("value"), text.isEmpty() ? tr("(none)") : text}});
    }
    return out;
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
