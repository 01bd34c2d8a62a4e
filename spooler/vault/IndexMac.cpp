#include "vault/IndexMac.h"

#include "vault/Crypto.h"

namespace pv {

QByteArray indexRowMac(const SecureBytes &macKey, const IndexRow &r)
{
    const auto num = [](qint64 v) {
        return QByteArray::number(v);
    };
    // 17 significant digits: a double survives the round trip through SQLite's REAL exactly.
    const auto real = [](double v) {
        return QByteArray::number(v, 'g', 17);
    };
    return crypto::fieldsMac(macKey, {QByteArrayLiteral("pv-index-row1"),
                                      r.id.toLatin1(),
                                      num(r.createdMs),
                                      num(r.expiresMs),
                                      num(r.size),
                                      num(r.storedSize),
                                      num(r.pages),
                                      num(r.colorPages),
                                      r.pageColors,
                                      num(r.copies),
                                      r.sides.toUtf8(),
                                      r.colorMode.toUtf8(),
                                      r.colorOverrides.toUtf8(),
                                      r.pageRanges.toUtf8(),
                                      r.format.toUtf8(),
                                      real(r.pageSizePt.width()),
                                      real(r.pageSizePt.height()),
                                      r.ownerTag,
                                      r.wrappedKey,
                                      r.encTitle,
                                      r.encFileName,
                                      r.encOwner,
                                      r.encSha256,
                                      r.encThumbnail,
                                      r.encOrg});
}

} // namespace pv
