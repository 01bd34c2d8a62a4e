#pragma once

#include <QByteArray>
#include <QString>

namespace pv::accounts {

// A PIN as stored: PBKDF2-HMAC-SHA256 with a random salt. The iteration count is stored with
// it so that it can be raised later without invalidating existing PINs.
struct PinHash
{
    static constexpr int DefaultIterations = 600000;

    QByteArray salt;
    QByteArray hash;
    int iterations = DefaultIterations;

    // Both are slow on purpose (hundreds of milliseconds): run them on a worker thread.
    static PinHash make(const QString &pin, int iterations = DefaultIterations);
    bool matches(const QString &pin) const;
};

} // namespace pv::accounts
