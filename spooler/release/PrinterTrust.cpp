#include "release/PrinterTrust.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

namespace pv::release {

namespace {

// QSettings keys may not hold '/' or ':' as given, so the host and port are written as one
// group-safe word.
QString key(const QString &hostPort)
{
    return QStringLiteral("pins/") + QString::fromLatin1(hostPort.toUtf8().toHex());
}

} // namespace

QString fingerprintText(const QString &sha256Hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < sha256Hex.size(); i += 2)
        pairs.append(sha256Hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

PrinterTrust::PrinterTrust(QString file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
{}

QString PrinterTrust::pinned(const QString &hostPort) const
{
    QMutexLocker lock(&m_mutex);
    return pinnedNoLock(hostPort);
}

QString PrinterTrust::pinnedNoLock(const QString &hostPort) const
{
    return QSettings(m_file, QSettings::IniFormat).value(key(hostPort)).toString();
}

Status PrinterTrust::check(const QString &hostPort, const QString &sha256)
{
    QMutexLocker lock(&m_mutex);
    const QString known = pinnedNoLock(hostPort);
    if (known.isEmpty()) {
        qCInfo(lcRelease).noquote() << "pinned the certificate of" << hostPort << "on first use";
        Status s = pinNoLock(hostPort, sha256);
        lock.unlock();
        if (s)
            Q_EMIT trusted(hostPort, sha256.toLower(), true);
        return s;
    }
    if (known.compare(sha256, Qt::CaseInsensitive) == 0)
        return {};
    qCWarning(lcRelease).noquote() << "the certificate of" << hostPort << "changed; refusing it";
    return Error{
        QStringLiteral("printer-certificate-changed"),
        tr("The printer at %1 shows a different certificate than before (was %2, now %3). If the "
           "printer was replaced or given a new certificate, accept it with 'printvault-cli printers "
           "trust URI'; otherwise someone may be impersonating it.")
            .arg(hostPort, fingerprintText(known), fingerprintText(sha256)),
        {{QStringLiteral("printer"), hostPort},
         {QStringLiteral("trusted_fingerprint"), fingerprintText(known)},
         {QStringLiteral("presented_fingerprint"), fingerprintText(sha256)}}};
}

Status PrinterTrust::pin(const QString &hostPort, const QString &sha256)
{
    QMutexLocker lock(&m_mutex);
    Status s = pinNoLock(hostPort, sha256);
    lock.unlock();
    if (s)
        Q_EMIT trusted(hostPort, sha256.toLower(), false);
    return s;
}

Status PrinterTrust::pinNoLock(const QString &hostPort, const QString &sha256)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(key(hostPort), sha256.toLower());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("pv::release", "cannot save the printer's certificate in %1")
                         .arg(m_file)};
    return {};
}

} // namespace pv::release
