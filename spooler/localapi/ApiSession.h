#pragma once

#include "common/Result.h"
#include "localapi/Frame.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class QLocalSocket;

namespace pv {
class DecryptingDevice;
class Ingest;
} // namespace pv

namespace pv::localapi {

struct ApiContext;

// One client connection: reads frames, dispatches one handler per method, and carries at most
// one upload (jobs.submit) and one download (jobs.export) at a time. Main thread only.
class ApiSession : public QObject
{
    Q_OBJECT
public:
    ApiSession(QLocalSocket *socket, const ApiContext *context, QObject *parent);
    ~ApiSession() override;

    void sendEvent(const QJsonObject &event);
    static QJsonObject statusJson(const ApiContext &context);

private:
    using Handler = void (ApiSession::*)(qint64 id, const QJsonObject &params);

    void onReadyRead();
    void handleJson(const QByteArray &payload);
    void handleData(const QByteArray &payload);
    void handleEnd();
    void reply(qint64 id, const QJsonObject &result);
    void replyError(qint64 id, const Error &error);
    void send(const QByteArray &frame);
    void protocolError(const QString &why);

    // Handlers, one per method.
    void hello(qint64 id, const QJsonObject &params);
    void status(qint64 id, const QJsonObject &params);
    void listJobs(qint64 id, const QJsonObject &params);
    void getJob(qint64 id, const QJsonObject &params);
    void deleteJob(qint64 id, const QJsonObject &params);
    void thumbnail(qint64 id, const QJsonObject &params);
    void exportJob(qint64 id, const QJsonObject &params);
    void submitJob(qint64 id, const QJsonObject &params);
    void subscribe(qint64 id, const QJsonObject &params);

    Result<QString> jobIdParam(const QJsonObject &params) const;
    void pumpDownload();

    QLocalSocket *m_socket;
    const ApiContext *m_context;
    FrameReader m_reader;
    bool m_subscribed = false;

    // Upload in progress: the request id, and the ingest (null while discarding a refused upload).
    qint64 m_uploadId = -1;
    std::unique_ptr<Ingest> m_ingest;
    qint64 m_uploadLimit = 0;

    // Download in progress.
    qint64 m_downloadId = -1;
    std::unique_ptr<DecryptingDevice> m_download;
};

} // namespace pv::localapi
