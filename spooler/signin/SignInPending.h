#pragma once

#include "signin/LoopbackListener.h"
#include "signin/SignInService.h"

#include <QDateTime>

#include <memory>

namespace pv::signin {

// One sign-in under way. Everything in it is a secret of this attempt only: it is never logged
// and goes with the attempt.
struct SignInService::Pending
{
    enum class Kind { Browser, Device };
    Kind kind = Kind::Browser;
    SecureBytes verifier; // PKCE code_verifier (RFC 7636)
    QString state;
    QString nonce;
    QString redirectUri;
    std::unique_ptr<LoopbackListener> listener;
    SecureBytes deviceCode;
    QDateTime deviceDeadline;
};

} // namespace pv::signin
