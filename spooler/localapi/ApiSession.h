#pragma once

#include "capture/SubmitUpload.h"
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
class SubmitReader;
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
    // The document's file the client handed over as it connected (SubmitDescriptor.h), for its
    // jobs.submit with `descriptor: true`. Owned from here on.
    void setDocumentDescriptor(int fd);

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
    void readDescriptor(qint64 id, SubmitUpload upload);
    void onDescriptorRead();
    void finishUpload(qint64 id, SubmitUpload upload);
    void exportJob(const Call &call);
    void subscribe(const Call &call);
    void pumpDownload();

    QLocalSocket *m_socket;
    const ApiContext *m_context;
    FrameReader m_reader;
    bool m_subscribed = false;
    qint64 m_requestId = -1; // the request being dispatched, for the streaming methods

    // Upload in progress in D frames: the request id, and the incoming draft it is encrypted
    // into as it arrives (null while discarding a refused upload).
    qint64 m_uploadId = -1;
    SubmitUpload m_upload;
    // Or read from the client's own file, on the reader's thread.
    int m_documentFd = -1;
    qint64 m_readerId = -1;
    std::unique_ptr<SubmitReader> m_submitReader;

    // Download in progress.
    qint64 m_downloadId = -1;
    std::unique_ptr<DecryptingDevice> m_download;
};

} // namespace pv::localapi
