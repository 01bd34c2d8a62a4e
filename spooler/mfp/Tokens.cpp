#include "mfp/Tokens.h"

#include "mfp/HttpRequest.h"
#include "vault/Crypto.h"

namespace pv::mfp::tokens {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Token make(const char *prefix)
{
    Token t;
    t.id = QString::fromLatin1(crypto::randomBytes(8).toHex());
    t.secret = crypto::randomBytes(32);
    t.text =
        QLatin1String(prefix) + t.id + QLatin1Char('.') + QString::fromLatin1(t.secret.toBase64(Base64Url));
    return t;
}

std::optional<Token> parse(const QByteArray &text, const char *prefix)
{
    const QByteArray p(prefix);
    if (!text.startsWith(p) || text.size() > 128)
        return std::nullopt;
    const QByteArray rest = text.mid(p.size());
    const qsizetype dot = rest.indexOf('.');
    if (dot != 16)
        return std::nullopt;
    Token t;
    t.id = QString::fromLatin1(rest.left(dot));
    for (QChar c : t.id) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(rest.mid(dot + 1),
                                                  Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    // Only the one spelling tokens::make() writes: the last character's spare bits are not
    // free, so a token text altered there is not the same token.
    if (decoded.decoded.toBase64(Base64Url) != rest.mid(dot + 1))
        return std::nullopt;
    t.secret = decoded.decoded;
    t.text = QString::fromLatin1(text);
    return t;
}

QByteArray bearer(const HttpRequest &request)
{
    const QByteArray h = request.header("authorization");
    if (h.size() < 7 || h.left(7).toLower() != "bearer ")
        return {};
    return h.mid(7).trimmed();
}

QByteArray deviceHeader(const HttpRequest &request)
{
    return request.header("x-device-token").trimmed();
}

} // namespace pv::mfp::tokens
