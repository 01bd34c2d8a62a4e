#pragma once

#include "common/Result.h"
#include "config/Paths.h"
#include "config/Policy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

class QLocalServer;

namespace pv {

class CaptureService;
class ServiceStatus;
class Vault;
struct JobRecord;

namespace localapi {

class ApiSession;

// A method another service adds to the API: it gets the request's params and answers through
// `done`, now or later.
using MethodReply = std::function<void(Result<QJsonObject>)>;
using Method = std::function<void(const QJsonObject &params, MethodReply done)>;

// What the API's handlers work on. All of it lives on the daemon's main thread.
struct ApiContext
{
    Vault *vault = nullptr;
    CaptureService *capture = nullptr;
    ServiceStatus *status = nullptr;
    const Policy *policy = nullptr;
    Paths paths;
    QString owner;                       // the session's user: every job submitted here belongs to them
    std::function<QString()> printerUri; // the virtual printer's URI, empty while it is off
    QHash<QString, Method> methods;      // more methods, by name (MFP administration, usage)
};

// The user-only control socket at $XDG_RUNTIME_DIR/printvault/api.sock (docs/local-api.md).
class LocalApiServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalApiServer(ApiContext context, QObject *parent = nullptr);
    ~LocalApiServer() override;

    [[nodiscard]] Status listen();
    const ApiContext &context() const { return m_context; }
    // Sends an event to every session that subscribed.
    void broadcast(const QJsonObject &event);

private:
    void onNewConnection();
    void onJobAdded(const JobRecord &job);
    void onJobRemoved(const QString &id, const QString &reason);

    ApiContext m_context;
    QLocalServer *m_server;
    QList<ApiSession *> m_sessions;
};

} // namespace localapi
} // namespace pv
