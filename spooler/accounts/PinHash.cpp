#include "accounts/PinHash.h"

#include "vault/Crypto.h"

namespace pv::accounts {

PinHash PinHash::make(const QString &pin, int iterations)
{
    PinHash h;
    h.salt = crypto::randomBytes(16);
    h.iterations = iterations;
    h.hash = crypto::pbkdf2Sha256(pin.toUtf8(), h.salt, iterations);
    return h;
}

bool PinHash::matches(const QString &pin) const
{
    if (salt.isEmpty() || hash.isEmpty() || iterations <= 0)
        return false;
    return crypto::constantTimeEquals(crypto::pbkdf2Sha256(pin.toUtf8(), salt, iterations, int(hash.size())),
                                      hash);
}

} // namespace pv::accounts
