#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pv::mfp {
struct HttpRequest;
}

// Bearer tokens: "<prefix><id>.<secret>". The ID finds the record; only SHA-256 of the secret is
// kept, and it is compared in constant time. The prefix keeps device and session tokens apart.
namespace pv::mfp::tokens {

inline constexpr char DevicePrefix[] = "pvd_";
inline constexpr char SessionPrefix[] = "pvs_";

struct Token
{
    QString text; // what the client holds
    QString id;
    QByteArray secret;
};

// A fresh token with a 64-bit ID and a 256-bit secret.
Token make(const char *prefix);
// The parts of a token, if it has the right prefix and shape.
std::optional<Token> parse(const QByteArray &text, const char *prefix);
// The credential of an "Authorization: Bearer ..." header, or empty.
QByteArray bearer(const HttpRequest &request);
// The device token that must come with a session token ("X-Device-Token: ..."), or empty.
QByteArray deviceHeader(const HttpRequest &request);

} // namespace pv::mfp::tokens
