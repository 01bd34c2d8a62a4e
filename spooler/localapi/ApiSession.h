#pragma once

#include "common/Result.h"
#include "localapi/Frame.h"
#include "localapi/MethodRegistry.h"
#include "vault/JobRecord.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class QLocalSocket;

namespace pv {
class DecryptingDevice;
class JobDraft;
} // namespace pv

namespace pv::localapi {

struct ApiContext;

// One client connection: reads frames, dispatches each request through the method registry
// (which gates it), and carries at most one upload (jobs.submit) and one download (jobs.export)
// at a time. Main thread only.
class ApiSession : public QObject
{
    Q_OBJECT
public:
    ApiSession(QLocalSocket *socket, const ApiContext *context, QObject *parent);
    ~ApiSession() override;

    void sendEvent(const QJsonObject &event);

    // The methods that stream over their connection: jobs.submit, jobs.export, events.subscribe.
    static void addSessionMethods(MethodRegistry &registry);

private:
    void onReadyRead();
    void handleJson(const QByteArray &payload);
    void handleData(const QByteArray &payload);
    void handleEnd();
    MethodReply replier(qint64 id);
    void reply(qint64 id, const Result<QJsonObject> &result);
    void send(const QByteArray &frame);
    void protocolError(const QString &why);

    void submitJob(const Call &call);
    [[nodiscard]] Status takeUploadData(const QByteArray &payload);
    void exportJob(const Call &call);
    void subscribe(const Call &call);
    void pumpDownload();

    QLocalSocket *m_socket;
    const ApiContext *m_context;
    FrameReader m_reader;
    bool m_subscribed = false;
    qint64 m_requestId = -1; // the request being dispatched, for the streaming methods

    // Upload in progress: the request id, and the incoming draft it is encrypted into as it
    // arrives (null while discarding a refused upload).
    qint64 m_uploadId = -1;
    struct Upload
    {
        std::unique_ptr<JobDraft> draft;
        JobRequest request;
        qint64 received = 0;
        qint64 limit = 0;
        QByteArray head;          // the first KiB, to refuse what is plainly not a PDF before storing it all
        bool storedReply = false; // the client asked for a reply once the document is durable
    } m_upload;

    // Download in progress.
    qint64 m_downloadId = -1;
    std::unique_ptr<DecryptingDevice> m_download;
};

} // namespace pv::localapi
