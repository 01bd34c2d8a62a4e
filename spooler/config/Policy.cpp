#include "config/Policy.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace pv {

namespace {

enum class Kind { Integer, Boolean, Address, HttpsUrl, Word, Words, RedirectHost, File };

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

Key text(const char *name, Kind kind, std::function<void(Policy &, const QString &)> apply)
{
    return {name, kind, 0, 0, [apply](Policy &p, const QVariant &v) {
                apply(p, v.toString());
            }};
}

// One word of printable ASCII without spaces, as OAuth client ids and scopes are (RFC 6749 A).
bool isWord(const QString &w)
{
    static const QRegularExpression re(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,200}$"));
    return re.match(w).hasMatch();
}

// Words separated by spaces or commas, normalised to single spaces.
QVariant words(const QString &raw)
{
    const QStringList list = raw.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (list.isEmpty() || !std::all_of(list.begin(), list.end(), isWord))
        return {};
    return list.join(QLatin1Char(' '));
}

// An issuer is an https URL without query or fragment (OIDC Discovery 2), e.g. Entra's
// https://login.microsoftonline.com/{tenantid}/v2.0 template.
bool isIssuer(const QString &raw)
{
    const QUrl url(raw, QUrl::StrictMode);
    return (url.isValid() || raw.contains(QLatin1String("{tenantid}"))) &&
           raw.startsWith(QLatin1String("https://")) && url.host().size() > 0 &&
           !raw.contains(QLatin1Char('?')) && !raw.contains(QLatin1Char('#'));
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
        integer("capture/document_wait_seconds", 1, 3600,
                [](Policy &p, qint64 v) { p.documentWaitSeconds = int(v); }),
        integer("capture/max_pages", 1, 100000, [](Policy &p, qint64 v) { p.maxPages = int(v); }),
        integer("capture/max_page_side_inches", 10, 2000,
                [](Policy &p, qint64 v) { p.maxPageSideInches = int(v); }),
        integer("capture/max_raster_side_pixels", 1000, 100000,
                [](Policy &p, qint64 v) { p.maxRasterSidePixels = int(v); }),
        integer("capture/worker_memory_mb", 128, 64 * 1024,
                [](Policy &p, qint64 v) { p.workerMemoryMb = int(v); }),
        integer("capture/worker_max_crashes", 1, 20,
                [](Policy &p, qint64 v) { p.workerMaxCrashes = int(v); }),
        {"capture/worker_seccomp", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.workerSeccomp = v.toBool();
         }},
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
        {"audit/mask_names", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.auditMaskNames = v.toBool();
         }},
        integer("audit/retention_days", 1, 3650, [](Policy &p, qint64 v) { p.auditRetentionDays = int(v); }),
        integer("audit/max_file_mb", 1, 1024, [](Policy &p, qint64 v) { p.auditMaxFileMb = int(v); }),
        integer("tray/idle_lock_minutes", 0, 24 * 60,
                [](Policy &p, qint64 v) { p.trayIdleLockMinutes = int(v); }),
        text("account/issuer", Kind::HttpsUrl, [](Policy &p, const QString &v) { p.accountIssuer = v; }),
        text("account/client_id", Kind::Word, [](Policy &p, const QString &v) { p.accountClientId = v; }),
        text("account/scopes", Kind::Words, [](Policy &p, const QString &v) { p.accountScopes = v; }),
        text("account/redirect_host", Kind::RedirectHost,
             [](Policy &p, const QString &v) { p.accountRedirectHost = v; }),
        {"account/device_flow", Kind::Boolean, 0, 1,
         [](Policy &p, const QVariant &v) {
             p.accountDeviceFlow = v.toBool();
         }},
        integer("account/idle_logout_minutes", 0, 7 * 24 * 60,
                [](Policy &p, qint64 v) { p.accountIdleLogoutMinutes = int(v); }),
        text("account/mfp_audiences", Kind::Words,
             [](Policy &p, const QString &v) {
                 p.accountMfpAudiences = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
             }),
        text("account/ca_file", Kind::File, [](Policy &p, const QString &v) { p.accountCaFile = v; }),
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
    case Kind::HttpsUrl:
        *why = QCoreApplication::translate(
            "pv::config", "it must be an https:// URL without a query, such as https://login.example.com");
        return isIssuer(raw) ? QVariant(raw) : QVariant();
    case Kind::Word:
        *why = QCoreApplication::translate("pv::config", "it must be one word without spaces");
        return isWord(raw) ? QVariant(raw) : QVariant();
    case Kind::Words:
        *why = QCoreApplication::translate("pv::config", "it must be words separated by spaces or commas");
        return words(raw);
    case Kind::RedirectHost:
        *why = QCoreApplication::translate("pv::config", "it must be 127.0.0.1 or localhost");
        return raw == QLatin1String("127.0.0.1") || raw == QLatin1String("localhost") ? QVariant(raw)
                                                                                      : QVariant();
    case Kind::File:
        *why = QCoreApplication::translate("pv::config", "it must be the absolute path of a readable file");
        return QFileInfo(raw).isAbsolute() && QFileInfo(raw).isReadable() ? QVariant(raw) : QVariant();
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
        // QSettings reads "a, b" as a list: join it back, the key's parser splits it again.
        const QVariant stored = file.value(name);
        const QString raw =
            (stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(QLatin1Char(','))
                                                       : stored.toString())
                .trimmed();
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
    if (!p.accountIssuer.isEmpty() && p.accountClientId.isEmpty())
        return Error{
            QStringLiteral("config"),
            QCoreApplication::translate("pv::config", "%1: key '%2' is needed when account/issuer is set")
                .arg(policyFile, QStringLiteral("account/client_id"))};
    qCInfo(lcConfig) << "retention" << p.retentionHours << "h, vault cap" << p.vaultMaxMb << "MB, locked keys"
                     << p.locked.size();
    return p;
}

} // namespace pv
