#include "config/Policy.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

#include <algorithm>
#include <functional>

namespace pv {

namespace {

enum class Kind { Integer, Boolean, Address };

// One policy key: its name, what it holds, the range of whole numbers, and where it goes.
struct Key
{
    const char *name;
    Kind kind;
    qint64 min;
    qint64 max;
    std::function<void(Policy &, const QVariant &)> apply;
};

Key integer(const char *name, qint64 min, qint64 max, std::function<void(Policy &, qint64)> apply)
{
    return {name, Kind::Integer, min, max, [apply](Policy &p, const QVariant &v) {
                apply(p, v.toLongLong());
            }};
}

const QList<Key> &keys()
{
    static const QList<Key> all = {
        integer("vault/retention_hours", 1, 24 * 365, [](Policy &p, qint64 v) { p.retentionHours = int(v); }),
        integer("vault/max_size_mb", 0, 16ll * 1024 * 1024, [](Policy &p, qint64 v) { p.vaultMaxMb = v; }),
        integer("vault/min_free_mb", 0, 1024ll * 1024, [](Policy &p, qint64 v) { p.minFreeMb = v; }),
        {"vault/keep_after_print", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.keepAfterPrint = v.toBool();
         }},
        integer("capture/max_job_mb", 1, 64ll * 1024, [](Policy &p, qint64 v) { p.maxJobMb = v; }),
        integer("capture/ipp_port", 0, 65535, [](Policy &p, qint64 v) { p.ippPort = int(v); }),
        integer("capture/convert_timeout_seconds", 5, 3600,
                [](Policy &p, qint64 v) { p.convertTimeoutSeconds = int(v); }),
        integer("quota/monthly_pages", 0, 1000000, [](Policy &p, qint64 v) { p.quotaMonthlyPages = int(v); }),
        integer("quota/monthly_color_pages", 0, 1000000,
                [](Policy &p, qint64 v) { p.quotaMonthlyColorPages = int(v); }),
        integer("quota/reset_day", 1, 28, [](Policy &p, qint64 v) { p.quotaResetDay = int(v); }),
        {"quota/warn_only", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.quotaWarnOnly = v.toBool();
         }},
        {"release/force_mono", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.releaseForceMono = v.toBool();
         }},
        {"release/force_duplex", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.releaseForceDuplex = v.toBool();
         }},
        {"release/watermark", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.releaseWatermark = v.toBool();
         }},
        integer("release/retry_seconds", 0, 3600,
                [](Policy &p, qint64 v) { p.releaseRetrySeconds = int(v); }),
        integer("mfp/port", 0, 65535, [](Policy &p, qint64 v) { p.mfpPort = int(v); }),
        {"mfp/listen_address", Kind::Address, 0, 0,
         [](Policy &p, const QVariant &v) {
             p.mfpListenAddress = v.toString();
         }},
        integer("mfp/session_minutes", 1, 24 * 60, [](Policy &p, qint64 v) { p.mfpSessionMinutes = int(v); }),
        integer("mfp/max_failed_attempts", 1, 100,
                [](Policy &p, qint64 v) { p.mfpMaxFailedAttempts = int(v); }),
        integer("mfp/lockout_minutes", 1, 24 * 60, [](Policy &p, qint64 v) { p.mfpLockoutMinutes = int(v); }),
        integer("tray/idle_lock_minutes", 0, 24 * 60,
                [](Policy &p, qint64 v) { p.trayIdleLockMinutes = int(v); }),
    };
    return all;
}

// Parses one value; an empty result means it is bad, and `why` says what is expected.
QVariant parse(const Key &k, const QString &raw, QString *why)
{
    switch (k.kind) {
    case Kind::Integer: {
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        *why = QCoreApplication::translate("pv::config", "it must be a whole number from %1 to %2")
                   .arg(k.min)
                   .arg(k.max);
        return ok && v >= k.min && v <= k.max ? QVariant(v) : QVariant();
    }
    case Kind::Boolean: {
        *why = QCoreApplication::translate("pv::config", "it must be true or false");
        const QString v = raw.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
            return false;
        return {};
    }
    case Kind::Address:
        *why = QCoreApplication::translate(
            "pv::config", "it must be an IPv4 or IPv6 address, such as 0.0.0.0 or 127.0.0.1");
        return QHostAddress(raw).isNull() ? QVariant() : QVariant(raw);
    }
    return {};
}

Status applyFile(Policy &policy, const QString &path, bool isAdmin)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return Error{QStringLiteral("config"),
                     QCoreApplication::translate("pv::config", "%1: the file cannot be parsed").arg(path)};
    const QStringList present = file.allKeys();
    for (const QString &key : present) {
        const bool known = std::any_of(keys().begin(), keys().end(),
                                       [&key](const Key &k) { return key == QLatin1String(k.name); });
        if (!known)
            return Error{QStringLiteral("config"),
                         QCoreApplication::translate("pv::config", "%1: unknown key '%2'").arg(path, key)};
    }
    for (const Key &k : keys()) {
        const QString name = QLatin1String(k.name);
        if (!file.contains(name))
            continue;
        const QString raw = file.value(name).toString().trimmed();
        QString why;
        const QVariant v = parse(k, raw, &why);
        if (!v.isValid()) {
            return Error{QStringLiteral("config"),
                         QCoreApplication::translate("pv::config", "%1: key '%2' has the bad value '%3'; %4")
                             .arg(path, name, raw, why)};
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
