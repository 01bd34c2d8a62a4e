#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace pv::localapi {

class ApiSession;

// What a method needs before it may run. The registry's gate checks these in one place, so no
// method checks the vault or the MFP API itself, and every refusal has the same code.
enum class Need {
    UnlockedVault, // the vault has its master key: `vault-locked` otherwise
    MfpApi,        // the MFP API is running: `mfp-unavailable` otherwise
};

using MethodReply = std::function<void(Result<QJsonObject>)>;

// One call of a method: its params, the way to answer (now or later, once), and the connection
// it came on, for the few methods that stream over it (jobs.submit, jobs.export, events.subscribe).
struct Call
{
    QJsonObject params;
    MethodReply reply;
    ApiSession *session = nullptr;
};

// Most methods need only their params and a reply.
using Method = std::function<void(const QJsonObject &params, MethodReply done)>;
using SessionMethod = std::function<void(const Call &call)>;

struct MethodSpec
{
    QList<Need> needs;
    SessionMethod run;
    // The request is followed by document frames: a refused call must still drain them.
    bool takesUpload = false;
};

// Answers the first need that is not met, or nothing when the method may run.
using Gate = std::function<std::optional<Error>(Need)>;

// Every method of the local API, by name (docs/api/local-api.json). Filled once at start by the
// services that own the methods; read by every session. Main thread only.
class MethodRegistry
{
public:
    void add(const QString &name, QList<Need> needs, Method run);
    void addSessionMethod(const QString &name, QList<Need> needs, SessionMethod run,
                          bool takesUpload = false);
    // A service that extends a method another one added (the server's jobs in jobs.list) gets the
    // call first, with the method as it was to call on.
    using Wrapper = std::function<void(const Call &call, const SessionMethod &inner)>;
    void wrap(const QString &name, Wrapper wrapper);
    void setGate(Gate gate) { m_gate = std::move(gate); }

    const MethodSpec *find(const QString &name) const;
    QStringList names() const;
    // The first unmet need of `spec`, as the error to answer.
    std::optional<Error> refusal(const MethodSpec &spec) const;

private:
    QHash<QString, MethodSpec> m_methods;
    Gate m_gate;
};

} // namespace pv::localapi
