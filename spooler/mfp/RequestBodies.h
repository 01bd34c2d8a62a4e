#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

// The MFP API's request bodies, parsed and checked in one place (and fuzzed: tests/fuzz).
// Each returns a "bad-json" or "bad-request" error with a message fit for the client.
namespace pv::mfp::bodies {

struct Pair
{
    QString code;
    QString name; // may be empty
};

struct SignIn
{
    QString user; // with pin
    QString pin;
    QString cardId;  // or alone
    QString idToken; // or alone: an ID token of the organisation's provider for the MFP's app
    bool byCard() const { return !cardId.isEmpty(); }
    bool byIdToken() const { return !idToken.isEmpty(); }
};

struct Printed
{
    int impressions = 0;
    int colorImpressions = 0;
    int sheets = 0;
};

[[nodiscard]] Result<Pair> parsePair(const QByteArray &body);
[[nodiscard]] Result<SignIn> parseSignIn(const QByteArray &body);
[[nodiscard]] Result<Printed> parsePrinted(const QByteArray &body);

} // namespace pv::mfp::bodies
