// printvault-cli policy show | validate FILE: the administrator's view of the policy files, read
// here with the daemon's own rules (config/Policy), so it works as root and with no daemon.
#include "cli/CliArgs.h"
#include "cli/CliRunner.h"
#include "config/Paths.h"
#include "config/Policy.h"

#include <QFileInfo>
#include <QJsonArray>

namespace pv::cli {

namespace {

// Which policy file the daemon of this environment reads: $PRINTVAULT_POLICY, else the default.
QString policyFileOf(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("PRINTVAULT_POLICY");
    return env.isEmpty() ? Policy::defaultPolicyFile() : env;
}

// "default", "user" or "policy": the layer a value comes from.
QString layerOf(const PolicySetting &s)
{
    if (s.file.isEmpty())
        return QStringLiteral("default");
    return s.locked ? QStringLiteral("policy") : QStringLiteral("user");
}

QJsonObject settingJson(const PolicySetting &s)
{
    return QJsonObject{{QStringLiteral("key"), s.key},
                       {QStringLiteral("value"), QJsonValue::fromVariant(s.value)},
                       {QStringLiteral("set_by"), layerOf(s)},
                       {QStringLiteral("file"), s.file},
                       {QStringLiteral("locked"), s.locked}};
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QString text = v.toString();
    return text.isEmpty() ? Text::tr("(none)") : text;
}

QString settingsTable(const QList<PolicySetting> &settings)
{
    int keyWidth = 0;
    int valueWidth = 0;
    for (const PolicySetting &s : settings) {
        keyWidth = qMax(keyWidth, int(s.key.size()));
        valueWidth = qMin(40, qMax(valueWidth, int(valueText(s.value).size())));
    }
    QString out = QStringLiteral("%1  %2  %3\n")
                      .arg(Text::tr("KEY"), -keyWidth)
                      .arg(Text::tr("VALUE"), -valueWidth)
                      .arg(Text::tr("SET BY"));
    for (const PolicySetting &s : settings) {
        const QString origin = s.file.isEmpty() ? Text::tr("default")
                               : s.locked       ? Text::tr("%1 (locked)").arg(s.file)
                                                : s.file;
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(s.key, -keyWidth)
                   .arg(valueText(s.value), -valueWidth)
                   .arg(origin);
    }
    return out;
}

} // namespace

int CliRunner::cmdPolicy(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QString policyOption = takeOption(args, QStringLiteral("--policy"), &missing);
    if (missing)
        return usage(Text::tr("--policy needs a file"));
    const QString sub = args.value(0);
    if (sub == QLatin1String("validate") && args.size() == 2) {
        const QString file = args.at(1);
        if (auto s = Policy::validate(file); !s)
            return fail(s.error());
        m_json ? printJson(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("valid"), true}})
               : print(Text::tr("%1: every key is valid\n").arg(file));
        return Ok;
    }
    if (sub != QLatin1String("show") || args.size() != 1)
        return usage(Text::tr("policy takes: show [--policy FILE] | validate FILE"));

    // The user's own settings count where this account has them; root usually has none.
    const auto paths = Paths::fromEnvironment();
    const QString userFile = paths ? paths->userSettingsFile() : QString();
    const QString policyFile = policyFileOf(policyOption);
    auto policy = Policy::load(userFile, policyFile);
    if (!policy)
        return fail(policy.error());
    const QStringList files = Policy::adminFiles(policyFile);
    const QList<PolicySetting> settings = policy->settings();
    if (m_json) {
        QJsonArray list;
        for (const PolicySetting &s : settings)
            list.append(settingJson(s));
        printJson(QJsonObject{{QStringLiteral("policy_files"), QJsonArray::fromStringList(files)},
                              {QStringLiteral("user_settings_file"), userFile},
                              {QStringLiteral("settings"), list}});
        return Ok;
    }
    QString out = files.isEmpty()
                      ? Text::tr("No policy files (%1 and %2/policy.d/*.ini are absent).\n")
                            .arg(policyFile, QFileInfo(policyFile).absolutePath())
                      : Text::tr("Policy files, in the order they are read (a later one wins):\n");
    for (const QString &f : files)
        out += QStringLiteral("  %1\n").arg(f);
    print(out + QLatin1Char('\n') + settingsTable(settings));
    return Ok;
}

} // namespace pv::cli
