#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

namespace pv::release {

// Trust on first use for IPPS printers. Office printers present self-signed certificates that
// no CA vouches for, so the first certificate a printer shows is pinned (its SHA-256), and a
// later, different one is refused until the user accepts it. Pins live in printer-trust.conf
// beside the user settings. Used from the release threads: every call locks.
class PrinterTrust
{
    Q_DECLARE_TR_FUNCTIONS(pv::release::PrinterTrust)

public:
    explicit PrinterTrust(QString file);

    // Pins `sha256` (hex) for host:port on first contact; afterwards "printer-certificate-changed"
    // when it differs.
    [[nodiscard]] Status check(const QString &hostPort, const QString &sha256);
    // Replaces the pin: the user accepted the certificate the printer shows now.
    [[nodiscard]] Status pin(const QString &hostPort, const QString &sha256);
    QString pinned(const QString &hostPort) const;

private:
    QString m_file;
    mutable QMutex m_mutex;
};

// aa:bb:... for people.
QString fingerprintText(const QString &sha256Hex);

} // namespace pv::release
