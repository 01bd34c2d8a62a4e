#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace pv::app {

class DaemonConnection;

// What the Settings page shows and changes: the effective policy as the daemon reports it (and
// which keys the administrator locked), the app's own language and start-at-login choice, and
// the versions. The app's settings live in tray.conf, apart from the daemon's. Main thread.
class SettingsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app owns the settings model")
    Q_PROPERTY(int retentionHours READ retentionHours NOTIFY policyChanged)
    Q_PROPERTY(bool retentionLocked READ retentionLocked NOTIFY policyChanged)
    Q_PROPERTY(QStringList lockedSettings READ lockedSettings NOTIFY policyChanged)
    // Every setting the administrator's policy sets: {key, label, value}, shown read-only as
    // "Set by your organisation".
    Q_PROPERTY(QVariantList managedSettings READ managedSettings NOTIFY policyChanged)
    Q_PROPERTY(QString printerUri READ printerUri NOTIFY policyChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QStringList languageNames READ languageNames CONSTANT)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString daemonVersion READ daemonVersion NOTIFY policyChanged)
public:
    struct Options
    {
        QString settingsFile;  // tray.conf
        QString autostartFile; // ~/.config/autostart/printvault.desktop
        QString appProgram;    // what the autostart entry runs
    };

    SettingsModel(DaemonConnection *connection, Options options, QObject *parent = nullptr);

    int retentionHours() const;
    bool retentionLocked() const;
    QStringList lockedSettings() const;
    QVariantList managedSettings() const;
    // What a policy key means, in the user's language; the key itself when it has no label.
    static QString label(const QString &key);
    Q_INVOKABLE bool isLocked(const QString &key) const;
    QString printerUri() const;
    // "" follows the system; otherwise a language code from languages().
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QStringList languages() const;
    QStringList languageNames() const;
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    QString appVersion() const;
    QString daemonVersion() const;

Q_SIGNALS:
    void policyChanged();
    void languageChanged();
    void startAtLoginChanged();
    void errorOccurred(const QString &what, const QString &message);

private:
    DaemonConnection *m_connection;
    Options m_options;
    QString m_language;
};

} // namespace pv::app
