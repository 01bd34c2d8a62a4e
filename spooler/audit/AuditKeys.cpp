#include "audit/AuditKeys.h"

#include "audit/AuditLog.h"
#include "common/Logging.h"
#include "vault/CredentialStore.h"
#include "vault/Crypto.h"

#include <QPointer>

#include <cstring>

namespace pv::audit {

void loadAuditKeys(CredentialStore *store, const QString &name, std::function<void(Result<SecureBytes>)> done)
{
    QPointer<CredentialStore> guard(store);
    store->read(name, [guard, name, done](Result<SecureBytes> keys) {
        if (keys || keys.error().code != QLatin1String("not-found") || !guard) {
            done(std::move(keys));
            return;
        }
        // First start: new keys, kept only in the keychain (a lost key breaks no record: the
        // old checkpoints still verify with the old public key).
        SecureBytes fresh(AuditLog::KeyMaterialSize);
        for (int at = 0; at < fresh.size(); at += crypto::KeySize) {
            const SecureBytes part = crypto::randomKey();
            std::memcpy(fresh.data() + at, part.data(), size_t(qMin(part.size(), fresh.size() - at)));
        }
        guard->write(name, fresh, [fresh, done](Status s) {
            if (!s) {
                done(s.error());
                return;
            }
            qCInfo(lcAudit) << "created the audit log's signing and mask keys";
            done(fresh);
        });
    });
}

} // namespace pv::audit
