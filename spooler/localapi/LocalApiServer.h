#pragma once

#include "common/Result.h"
#include "config/Paths.h"
#include "config/Policy.h"
#include "localapi/MethodRegistry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

class QLocalServer;
class QSocketNotifier;

namespace pv {

class CaptureService;
class SubmitIntake;
class ServiceStatus;
class Vault;

namespace localapi {

class ApiSession;

// What the API's handlers work on. Owned by the daemon and outlives the server; all of it lives
// on the daemon's main thread.
struct ApiContext
{
    Vault *vault = nullptr;
    CaptureService *capture = nullptr;
    SubmitIntake *submissions = nullptr; // jobs.submit's intake (the printer's, then a worker)
    ServiceStatus *status = nullptr;
    const Policy *policy = nullptr;
    Paths paths;
    QString owner;                            // the session's user: every job submitted here belongs to them
    std::function<QString()> printerUri;      // the virtual printer's URI, empty while it is off
    std::function<int()> captureTcpPort;      // its loopback TCP listener, 0 while off
    std::function<QJsonObject()> confinement; // what holds the converter workers (docs/containment.md)
    std::function<bool()> idleLocked;         // the tray's idle lock holds (mfp/IdleLock.h)
    MethodRegistry methods;                   // every method, with what it needs (docs/api/local-api.json)
};

// The user-only control socket at $XDG_RUNTIME_DIR/printvault/api.sock (docs/local-api.md).
// A connection becomes a session once its first byte shows whether it starts with a document's
// descriptor (printvault-cli submit FILE) or with frames. Main thread only.
class LocalApiServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalApiServer(const ApiContext *context, QObject *parent = nullptr);
    ~LocalApiServer() override;

    [[nodiscard]] Status listen();
    // Sends an event (localapi/Events.h) to every session that subscribed.
    void broadcast(const QJsonObject &event);

private:
    void onAccepted(int fd);
    void onFirstBytes(int fd);
    void startSession(int fd, int documentFd);

    const ApiContext *m_context;
    QLocalServer *m_server;
    // Connections whose first byte has not come yet (SubmitDescriptor.h), by descriptor.
    QHash<int, QSocketNotifier *> m_starting;
    QList<ApiSession *> m_sessions;
};

} // namespace localapi
} // namespace pv
