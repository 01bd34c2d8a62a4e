#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QString>

namespace pv::release {

// Trust on first use for IPPS printers. Office printers present self-signed certificates that
// no CA vouches for, so the first certificate a printer shows is pinned (its SHA-256), and a
// later, different one is refused until the user accepts it. Pins live in printer-trust.conf
// beside the user settings. Used from the release threads: every call locks, and the first-use
// check and its pin are one step under one lock. `trusted` is emitted on the calling thread.
class PrinterTrust : public QObject
{
    Q_OBJECT

public:
    explicit PrinterTrust(QString file, QObject *parent = nullptr);

    // Pins `sha256` (hex) for host:port on first contact; afterwards "printer-certificate-changed"
    // when it differs.
    [[nodiscard]] Status check(const QString &hostPort, const QString &sha256);
    // Replaces the pin: the user accepted the certificate the printer shows now.
    [[nodiscard]] Status pin(const QString &hostPort, const QString &sha256);
    QString pinned(const QString &hostPort) const;

Q_SIGNALS:
    // A certificate was pinned: on first use, or accepted by the user.
    void trusted(const QString &hostPort, const QString &sha256, bool firstUse);

private:
    QString pinnedNoLock(const QString &hostPort) const;
    Status pinNoLock(const QString &hostPort, const QString &sha256);

    QString m_file;
    mutable QMutex m_mutex;
};

// aa:bb:... for people.
QString fingerprintText(const QString &sha256Hex);

} // namespace pv::release
