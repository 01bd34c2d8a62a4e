#include "config/Policy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace pv {

namespace {

enum class Kind {
    Integer,
    Boolean,
    Address,
    HttpsUrl,
    Word,
    Words,
    RedirectHost,
    File,
    IppsUri,
    Choice,
    Sha256
};

// The Policy member a key sets: settings() reads it back through the same pointer.
using Field =
    std::variant<int Policy::*, qint64 Policy::*, bool Policy::*, QString Policy::*, QStringList Policy::*>;

// One policy key: its name, what it holds, the range of whole numbers, and where it goes.
struct Key
{
    const char *name;
    Kind kind;
    qint64 min;
    qint64 max;
    Field field;
    const char *choices = nullptr; // Kind::Choice: the words allowed, separated by '|'
};

template<typename T> Key integer(const char *name, qint64 min, qint64 max, T Policy::*field)
{
    return {name, Kind::Integer, min, max, field, nullptr};
}

Key boolean(const char *name, bool Policy::*field)
{
    return {name, Kind::Boolean, 0, 1, field, nullptr};
}

template<typename T> Key text(const char *name, Kind kind, T Policy::*field)
{
    return {name, kind, 0, 0, field, nullptr};
}

Key choice(const char *name, const char *choices, QString Policy::*field)
{
    return {name, Kind::Choice, 0, 0, field, choices};
}

// The server is reached over TLS only: a plain ipp:// URI is refused, not downgraded.
bool isIppsUri(const QString &raw)
{
    const QUrl url(raw, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("ipps") && !url.host().isEmpty() &&
           url.path().size() > 1 && url.query().isEmpty() && url.fragment().isEmpty();
}

// A SHA-256 fingerprint as 64 hex digits, with or without colons; stored as lower-case hex.
QVariant sha256Hex(const QString &raw)
{
    QString hex = raw;
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(hex).hasMatch() ? QVariant(hex.toLower()) : QVariant();
}

void apply(const Key &k, Policy &p, const QVariant &v)
{
    std::visit(
        [&p, &v](auto member) {
            using T = std::decay_t<decltype(p.*member)>;
            if constexpr (std::is_same_v<T, QStringList>)
                p.*member = v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            else
                p.*member = v.value<T>();
        },
        k.field);
}

QVariant read(const Key &k, const Policy &p)
{
    return std::visit(
        [&p](auto member) {
            using T = std::decay_t<decltype(p.*member)>;
            if constexpr (std::is_same_v<T, QStringList>)
                return QVariant((p.*member).join(QLatin1Char(' ')));
            else
                return QVariant::fromValue(p.*member);
        },
        k.field);
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
        integer("vault/retention_hours", 1, 24 * 365, &Policy::retentionHours),
        integer("vault/max_size_mb", 0, 16ll * 1024 * 1024, &Policy::vaultMaxMb),
        integer("vault/min_free_mb", 0, 1024ll * 1024, &Policy::minFreeMb),
        boolean("vault/keep_after_print", &Policy::keepAfterPrint),
        integer("capture/max_job_mb", 1, 64ll * 1024, &Policy::maxJobMb),
        integer("capture/ipp_port", 0, 65535, &Policy::ippPort),
        integer("capture/convert_timeout_seconds", 5, 3600, &Policy::convertTimeoutSeconds),
        integer("capture/document_wait_seconds", 1, 3600, &Policy::documentWaitSeconds),
        integer("capture/max_pages", 1, 100000, &Policy::maxPages),
        integer("capture/max_page_side_inches", 10, 2000, &Policy::maxPageSideInches),
        integer("capture/max_raster_side_pixels", 1000, 100000, &Policy::maxRasterSidePixels),
        integer("capture/worker_memory_mb", 128, 64 * 1024, &Policy::workerMemoryMb),
        integer("capture/worker_max_crashes", 1, 20, &Policy::workerMaxCrashes),
        boolean("capture/worker_seccomp", &Policy::workerSeccomp),
        integer("quota/monthly_pages", 0, 1000000, &Policy::quotaMonthlyPages),
        integer("quota/monthly_color_pages", 0, 1000000, &Policy::quotaMonthlyColorPages),
        integer("quota/reset_day", 1, 28, &Policy::quotaResetDay),
        boolean("quota/warn_only", &Policy::quotaWarnOnly),
        boolean("release/force_mono", &Policy::releaseForceMono),
        boolean("release/force_duplex", &Policy::releaseForceDuplex),
        boolean("release/watermark", &Policy::releaseWatermark),
        integer("release/retry_seconds", 0, 3600, &Policy::releaseRetrySeconds),
        integer("release/render_timeout_seconds", 2, 24 * 3600, &Policy::releaseRenderTimeoutSeconds),
        choice("release/raster_renderer", "ghostscript|poppler", &Policy::releaseRasterRenderer),
        integer("mfp/port", 0, 65535, &Policy::mfpPort),
        text("mfp/listen_address", Kind::Address, &Policy::mfpListenAddress),
        integer("mfp/session_minutes", 1, 24 * 60, &Policy::mfpSessionMinutes),
        integer("mfp/max_failed_attempts", 1, 100, &Policy::mfpMaxFailedAttempts),
        integer("mfp/lockout_minutes", 1, 24 * 60, &Policy::mfpLockoutMinutes),
        integer("mfp/max_connections_per_address", 1, 1024, &Policy::mfpMaxConnectionsPerAddress),
        integer("mfp/device_failure_budget", 1, 10000, &Policy::mfpDeviceFailureBudget),
        integer("mfp/user_failure_budget", 1, 10000, &Policy::mfpUserFailureBudget),
        integer("mfp/overall_failure_budget", 1, 100000, &Policy::mfpOverallFailureBudget),
        integer("mfp/badge_sign_ins_per_minute", 1, 600, &Policy::mfpBadgeSignInsPerMinute),
        boolean("audit/mask_names", &Policy::auditMaskNames),
        integer("audit/retention_days", 1, 3650, &Policy::auditRetentionDays),
        integer("audit/max_file_mb", 1, 1024, &Policy::auditMaxFileMb),
        integer("tray/idle_lock_minutes", 0, 24 * 60, &Policy::trayIdleLockMinutes),
        text("account/issuer", Kind::HttpsUrl, &Policy::accountIssuer),
        text("account/client_id", Kind::Word, &Policy::accountClientId),
        text("account/scopes", Kind::Words, &Policy::accountScopes),
        text("account/redirect_host", Kind::RedirectHost, &Policy::accountRedirectHost),
        boolean("account/device_flow", &Policy::accountDeviceFlow),
        integer("account/idle_logout_minutes", 0, 7 * 24 * 60, &Policy::accountIdleLogoutMinutes),
        text("account/mfp_audiences", Kind::Words, &Policy::accountMfpAudiences),
        text("account/ca_file", Kind::File, &Policy::accountCaFile),
        text("server/uri", Kind::IppsUri, &Policy::serverUri),
        choice("server/mode", "local|server", &Policy::serverMode),
        choice("server/auth", "basic|bearer", &Policy::serverAuth),
        text("server/ca_file", Kind::File, &Policy::serverCaFile),
        text("server/fingerprint", Kind::Sha256, &Policy::serverFingerprint),
        integer("server/retry_max_seconds", 5, 24 * 3600, &Policy::serverRetryMaxSeconds),
        integer("server/stall_seconds", 2, 600, &Policy::serverStallSeconds),
        choice("server/quota_source", "local|server", &Policy::serverQuotaSource),
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
    case Kind::IppsUri:
        *why = QCoreApplication::translate(
            "pv::config",
            "it must be an ipps:// URI of a queue, such as ipps://print.example.com/printers/hold");
        return isIppsUri(raw) ? QVariant(raw) : QVariant();
    case Kind::Choice: {
        const QStringList allowed = QString::fromLatin1(k.choices).split(QLatin1Char('|'));
        *why = QCoreApplication::translate("pv::config", "it must be one of: %1")
                   .arg(allowed.join(QStringLiteral(", ")));
        return allowed.contains(raw) ? QVariant(raw) : QVariant();
    }
    case Kind::Sha256:
        *why = QCoreApplication::translate("pv::config",
                                           "it must be a SHA-256 fingerprint: 64 hex digits, colons allowed");
        return sha256Hex(raw);
    case Kind::Address:
        *why = QCoreApplication::translate(
            "pv::config", "it must be an IPv4 or IPv6 address, such as 0.0.0.0 or 127.0.0.1");
        return QHostAddress(raw).isNull() ? QVariant() : QVariant(raw);
    }
    return {};
}

// What is wrong with the files read so far: one message per bad key, and the keys.
struct Problems
{
    QStringList messages;
    QJsonArray keys;

    void add(const QString &key, const QString &message)
    {
        keys.append(key);
        messages.append(message);
    }
    Status status() const
    {
        if (messages.isEmpty())
            return {};
        return Error{QStringLiteral("config"), messages.join(QLatin1Char('\n')),
                     QJsonObject{{QStringLiteral("bad_keys"), keys}}};
    }
};

// The value as written: QSettings reads "a, b" as a list, so join it back; the key's parser
// splits it again.
QString rawValue(const QSettings &file, const QString &name)
{
    const QVariant stored = file.value(name);
    return (stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(QLatin1Char(','))
                                                      : stored.toString())
        .trimmed();
}

// Applies one file's keys; a bad one is recorded and left out, so every problem is reported.
void applyFile(Policy &policy, const QString &path, bool isAdmin, Problems *problems)
{
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        problems->messages.append(
            QCoreApplication::translate("pv::config", "%1: the file cannot be parsed").arg(path));
        return;
    }
    for (const QString &key : file.allKeys()) {
        const bool known = std::any_of(keys().begin(), keys().end(),
                                       [&key](const Key &k) { return key == QLatin1String(k.name); });
        if (!known)
            problems->add(key,
                          QCoreApplication::translate("pv::config", "%1: unknown key '%2'").arg(path, key));
    }
    for (const Key &k : keys()) {
        const QString name = QLatin1String(k.name);
        if (!file.contains(name))
            continue;
        const QString raw = rawValue(file, name);
        QString why;
        const QVariant v = parse(k, raw, &why);
        if (!v.isValid()) {
            problems->add(name,
                          QCoreApplication::translate("pv::config", "%1: key '%2' has the bad value '%3'; %4")
                              .arg(path, name, raw, why));
            continue;
        }
        if (!isAdmin && policy.locked.contains(name))
            continue;
        apply(k, policy, v);
        policy.origin.insert(name, path);
        if (isAdmin)
            policy.locked.insert(name);
    }
}

// A provider without a client cannot sign anyone in.
void checkAccount(const Policy &p, Problems *problems)
{
    if (!p.accountIssuer.isEmpty() && p.accountClientId.isEmpty())
        problems->add(
            QStringLiteral("account/client_id"),
            QCoreApplication::translate("pv::config", "%1: key '%2' is needed when account/issuer is set")
                .arg(p.origin.value(QStringLiteral("account/issuer")), QStringLiteral("account/client_id")));
}

// Server mode needs a server to upload to.
void checkServer(const Policy &p, Problems *problems)
{
    if (p.serverMode == QLatin1String("server") && p.serverUri.isEmpty())
        problems->add(
            QStringLiteral("server/uri"),
            QCoreApplication::translate("pv::config", "%1: key '%2' is needed when server/mode is server")
                .arg(p.origin.value(QStringLiteral("server/mode")), QStringLiteral("server/uri")));
}

} // namespace

QStringList Policy::adminFiles(const QString &policyFile)
{
    QStringList files;
    if (policyFile.isEmpty())
        return files;
    if (QFileInfo::exists(policyFile))
        files.append(policyFile);
    // Sorted by byte value, as run-parts and systemd order drop-ins; *.dpkg-old and the like
    // do not end in .ini and are left alone.
    const QDir dropIns(QFileInfo(policyFile).absolutePath() + QStringLiteral("/policy.d"));
    QStringList names = dropIns.entryList({QStringLiteral("*.ini")}, QDir::Files | QDir::Readable);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    for (const QString &name : names)
        files.append(dropIns.filePath(name));
    return files;
}

Result<Policy> Policy::load(const QString &userSettingsFile, const QString &policyFile)
{
    Policy p;
    Problems problems;
    if (!userSettingsFile.isEmpty() && QFileInfo::exists(userSettingsFile))
        applyFile(p, userSettingsFile, false, &problems);
    const QStringList admin = adminFiles(policyFile);
    for (const QString &file : admin)
        applyFile(p, file, true, &problems);
    checkAccount(p, &problems);
    checkServer(p, &problems);
    if (auto s = problems.status(); !s)
        return s.error();
    return p;
}

Status Policy::validate(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("pv::config", "%1: no such file").arg(file)};
    Policy p;
    Problems problems;
    // Only the file's own keys: account/issuer and account/client_id may come from two files.
    applyFile(p, file, true, &problems);
    return problems.status();
}

QList<PolicySetting> Policy::settings() const
{
    QList<PolicySetting> out;
    for (const Key &k : keys()) {
        const QString name = QLatin1String(k.name);
        out.append({name, read(k, *this), origin.value(name), locked.contains(name)});
    }
    return out;
}

} // namespace pv
