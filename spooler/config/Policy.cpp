#include "config/Policy.h"

#include "common/Logging.h"

#include <QFileInfo>
#include <QSettings>

#include <functional>

namespace pv {

namespace {

struct IntKey
{
    const char *name;
    qint64 min;
    qint64 max;
    std::function<void(Policy &, qint64)> apply;
};

const QList<IntKey> &intKeys()
{
    static const QList<IntKey> keys = {
        {"vault/retention_hours", 1, 24 * 365,
         [](Policy &p, qint64 v) {
             p.retentionHours = int(v);
         }},
        {"vault/max_size_mb", 0, 16ll * 1024 * 1024,
         [](Policy &p, qint64 v) {
             p.vaultMaxMb = v;
         }},
        {"vault/min_free_mb", 0, 1024ll * 1024,
         [](Policy &p, qint64 v) {
             p.minFreeMb = v;
         }},
        {"capture/max_job_mb", 1, 64ll * 1024,
         [](Policy &p, qint64 v) {
             p.maxJobMb = v;
         }},
        {"capture/ipp_port", 0, 65535,
         [](Policy &p, qint64 v) {
             p.ippPort = int(v);
         }},
        {"capture/convert_timeout_seconds", 5, 3600,
         [](Policy &p, qint64 v) {
             p.convertTimeoutSeconds = int(v);
         }},
    };
    return keys;
}

Status applyFile(Policy &policy, const QString &path, bool isAdmin)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return Error{QStringLiteral("config"), QStringLiteral("%1: the file cannot be parsed").arg(path)};
    const QStringList present = file.allKeys();
    for (const QString &key : present) {
        bool known = false;
        for (const IntKey &k : intKeys())
            known = known || key == QLatin1String(k.name);
        if (!known)
            return Error{QStringLiteral("config"), QStringLiteral("%1: unknown key '%2'").arg(path, key)};
    }
    for (const IntKey &k : intKeys()) {
        const QString name = QLatin1String(k.name);
        if (!file.contains(name))
            continue;
        const QString raw = file.value(name).toString().trimmed();
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        if (!ok || v < k.min || v > k.max) {
            return Error{QStringLiteral("config"),
                         QStringLiteral("%1: key '%2' has the bad value '%3'; it must be a "
                                        "whole number from %4 to %5")
                             .arg(path, name, raw)
                             .arg(k.min)
                             .arg(k.max)};
        }
        if (!isAdmin && policy.locked.contains(name))
            continue;
        k.apply(policy, v);
        if (isAdmin)
            policy.locked.insert(name);
    }
    return {};
}

} // namespace

Result<Policy> Policy::load(const QString &userSettingsFile, const QString &policyFile)
{
    Policy p;
    if (auto s = applyFile(p, userSettingsFile, false); !s)
        return s.error();
    if (auto s = applyFile(p, policyFile, true); !s)
        return s.error();
    qCInfo(lcConfig) << "retention" << p.retentionHours << "h, vault cap" << p.vaultMaxMb << "MB, locked keys"
                     << p.locked.size();
    return p;
}

} // namespace pv
