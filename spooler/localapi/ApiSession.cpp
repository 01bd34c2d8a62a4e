#include "localapi/ApiSession.h"

#include "capture/CaptureService.h"
#include "common/Logging.h"
#include "daemon/ServiceStatus.h"
#include "localapi/JobJson.h"
#include "localapi/LocalApiServer.h"
#include "vault/DecryptingDevice.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>

namespace pv::localapi {

namespace {

Error badRequest(const QString &message)
{
    return Error{QStringLiteral("bad-request"), message};
}

} // namespace

ApiSession::ApiSession(QLocalSocket *socket, const ApiContext *context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
{
    m_socket->setParent(this);
    // Bounded buffering: a fast uploader is held back by the kernel, not by our memory.
    m_socket->setReadBufferSize(ReadBufferSize);
    connect(m_socket, &QLocalSocket::readyRead, this, &ApiSession::onReadyRead);
    connect(m_socket, &QLocalSocket::bytesWritten, this, &ApiSession::pumpDownload);
    connect(m_socket, &QLocalSocket::disconnected, this, &QObject::deleteLater);
    qCDebug(lcLocalApi) << "client connected";
}

ApiSession::~ApiSession()
{
    qCDebug(lcLocalApi) << "client gone";
}

QJsonObject ApiSession::statusJson(const ApiContext &c)
{
    QJsonArray locked;
    for (const QString &k : c.policy->locked)
        locked.append(k);
    return QJsonObject{
        {QStringLiteral("state"), ServiceStatus::stateName(c.status->state())},
        {QStringLiteral("message"), c.status->message()},
        {QStringLiteral("version"), QStringLiteral(PRINTVAULT_VERSION)},
        {QStringLiteral("protocol"), ProtocolVersion},
        {QStringLiteral("jobs"), c.vault->isUnlocked() ? c.vault->jobCount() : 0},
        {QStringLiteral("storedBytes"), double(c.vault->storedBytes())},
        {QStringLiteral("vaultMaxBytes"), double(c.policy->vaultMaxMb * 1024 * 1024)},
        {QStringLiteral("retentionHours"), c.policy->retentionHours},
        {QStringLiteral("idleLockMinutes"), c.policy->trayIdleLockMinutes},
        {QStringLiteral("capturePaused"), c.capture->isPaused()},
        {QStringLiteral("dataDir"), c.paths.dataDir},
        {QStringLiteral("pid"), double(QCoreApplication::applicationPid())},
        {QStringLiteral("lockedSettings"), locked},
        {QStringLiteral("printerUri"), c.printerUri ? c.printerUri() : QString()},
    };
}

void ApiSession::send(const QByteArray &frame)
{
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(frame);
}

void ApiSession::reply(qint64 id, const QJsonObject &result)
{
    send(encodeJson(QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("result"), result}}));
}

void ApiSession::replyError(qint64 id, const Error &error)
{
    send(encodeJson(
        QJsonObject{{QStringLiteral("id"), double(id)},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                          {QStringLiteral("message"), error.message}}}}));
}

void ApiSession::sendEvent(const QJsonObject &event)
{
    if (m_subscribed)
        send(encodeJson(event));
}

void ApiSession::protocolError(const QString &why)
{
    qCWarning(lcLocalApi) << "closing a client connection after a protocol error:" << why;
    send(encodeJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("protocol.error")},
                                {QStringLiteral("message"), why}}));
    m_socket->disconnectFromServer();
}

void ApiSession::onReadyRead()
{
    while (auto frame = m_reader.next(m_socket)) {
        switch (frame->type) {
        case FrameType::Json:
            handleJson(frame->payload);
            break;
        case FrameType::Data:
            handleData(frame->payload);
            break;
        case FrameType::End:
            handleEnd();
            break;
        }
        if (m_socket->state() != QLocalSocket::ConnectedState)
            return;
    }
    if (m_reader.hasError())
        protocolError(m_reader.error());
}

void ApiSession::handleJson(const QByteArray &payload)
{
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("hello"), &ApiSession::hello},
        {QStringLiteral("status"), &ApiSession::status},
        {QStringLiteral("jobs.list"), &ApiSession::listJobs},
        {QStringLiteral("jobs.get"), &ApiSession::getJob},
        {QStringLiteral("jobs.delete"), &ApiSession::deleteJob},
        {QStringLiteral("jobs.thumbnail"), &ApiSession::thumbnail},
        {QStringLiteral("jobs.export"), &ApiSession::exportJob},
        {QStringLiteral("jobs.submit"), &ApiSession::submitJob},
        {QStringLiteral("events.subscribe"), &ApiSession::subscribe},
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        protocolError(QStringLiteral("a request is not a JSON object"));
        return;
    }
    const QJsonObject request = doc.object();
    const qint64 id = qint64(request.value(QStringLiteral("id")).toDouble(-1));
    if (id < 0) {
        protocolError(QStringLiteral("a request has no numeric id"));
        return;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    const auto handler = handlers.constFind(method);
    const auto extra = m_context->methods.constFind(method);
    if (handler == handlers.constEnd() && extra != m_context->methods.constEnd()) {
        // Other services' methods answer asynchronously; this session may be gone by then.
        QPointer<ApiSession> self(this);
        (*extra)(request.value(QStringLiteral("params")).toObject(), [self, id](Result<QJsonObject> result) {
            if (!self)
                return;
            if (result)
                self->reply(id, result.value());
            else
                self->replyError(id, result.error());
        });
        return;
    }
    if (handler == handlers.constEnd()) {
        replyError(
            id, Error{QStringLiteral("unknown-method"), QStringLiteral("unknown method '%1'").arg(method)});
        return;
    }
    const bool needsVault = method.startsWith(QLatin1String("jobs."));
    if (needsVault && !m_context->vault->isUnlocked()) {
        replyError(id,
                   Error{QStringLiteral("locked"),
                         QStringLiteral("the vault is not available: %1").arg(m_context->status->message())});
        if (method == QLatin1String("jobs.submit"))
            m_uploadId = id; // swallow the body that follows
        return;
    }
    (this->*handler.value())(id, request.value(QStringLiteral("params")).toObject());
}

void ApiSession::handleData(const QByteArray &payload)
{
    if (m_uploadId < 0) {
        protocolError(QStringLiteral("document data without a jobs.submit request"));
        return;
    }
    if (!m_ingest)
        return; // the upload was already refused; drain it
    if (m_ingest->bytesReceived() + payload.size() > m_uploadLimit) {
        replyError(m_uploadId,
                   Error{QStringLiteral("too-large"),
                         QStringLiteral("the document is larger than %1 MB (policy capture/max_job_mb)")
                             .arg(m_context->policy->maxJobMb)});
        m_ingest.reset();
        return;
    }
    if (auto s = m_ingest->append(payload.constData(), payload.size()); !s) {
        replyError(m_uploadId, s.error());
        m_ingest.reset();
    }
}

void ApiSession::handleEnd()
{
    if (m_uploadId < 0) {
        protocolError(QStringLiteral("end of data without a jobs.submit request"));
        return;
    }
    const qint64 id = m_uploadId;
    m_uploadId = -1;
    std::unique_ptr<Ingest> ingest = std::move(m_ingest);
    if (!ingest)
        return;
    QPointer<ApiSession> self(this);
    ingest->finish([self, id](Result<JobRecord> result) {
        if (!self)
            return; // the client went away; a job that was committed stays
        if (result)
            self->reply(id, QJsonObject{{QStringLiteral("job"), jobToJson(result.value())}});
        else
            self->replyError(id, result.error());
    });
}

void ApiSession::hello(qint64 id, const QJsonObject &params)
{
    const int version = params.value(QStringLiteral("protocol")).toInt(-1);
    if (version != ProtocolVersion) {
        replyError(id, Error{QStringLiteral("unsupported-protocol"),
                             QStringLiteral("this printvaultd speaks protocol %1, the client %2")
                                 .arg(ProtocolVersion)
                                 .arg(version)});
        return;
    }
    reply(id, QJsonObject{{QStringLiteral("protocol"), ProtocolVersion},
                          {QStringLiteral("version"), QStringLiteral(PRINTVAULT_VERSION)}});
}

void ApiSession::status(qint64 id, const QJsonObject &)
{
    reply(id, statusJson(*m_context));
}

void ApiSession::subscribe(qint64 id, const QJsonObject &)
{
    m_subscribed = true;
    reply(id, QJsonObject{{QStringLiteral("status"), statusJson(*m_context)}});
}

Result<QString> ApiSession::jobIdParam(const QJsonObject &params) const
{
    const QString raw = params.value(QStringLiteral("id")).toString();
    if (raw.isEmpty())
        return badRequest(QStringLiteral("the parameter 'id' is missing"));
    return m_context->vault->resolveId(raw);
}

void ApiSession::listJobs(qint64 id, const QJsonObject &)
{
    auto jobs = m_context->vault->jobs();
    if (!jobs) {
        replyError(id, jobs.error());
        return;
    }
    QJsonArray out;
    for (const JobRecord &job : jobs.value())
        out.append(jobToJson(job));
    reply(id, QJsonObject{{QStringLiteral("jobs"), out}});
}

void ApiSession::getJob(qint64 id, const QJsonObject &params)
{
    auto jobId = jobIdParam(params);
    auto job = jobId ? m_context->vault->job(jobId.value()) : Result<JobRecord>(jobId.error());
    if (!job)
        replyError(id, job.error());
    else
        reply(id, QJsonObject{{QStringLiteral("job"), jobToJson(job.value())}});
}

void ApiSession::deleteJob(qint64 id, const QJsonObject &params)
{
    auto jobId = jobIdParam(params);
    if (!jobId) {
        replyError(id, jobId.error());
        return;
    }
    if (auto s = m_context->vault->remove(jobId.value(), QStringLiteral("deleted")); !s)
        replyError(id, s.error());
    else
        reply(id, QJsonObject{{QStringLiteral("id"), jobId.value()}});
}

void ApiSession::thumbnail(qint64 id, const QJsonObject &params)
{
    auto jobId = jobIdParam(params);
    auto png = jobId ? m_context->vault->thumbnail(jobId.value()) : Result<QByteArray>(jobId.error());
    if (!png)
        replyError(id, png.error());
    else
        reply(id, QJsonObject{{QStringLiteral("png"), QString::fromLatin1(png->toBase64())}});
}

void ApiSession::exportJob(qint64 id, const QJsonObject &params)
{
    if (m_download) {
        replyError(id, Error{QStringLiteral("busy"), QStringLiteral("one export at a time per connection")});
        return;
    }
    auto jobId = jobIdParam(params);
    auto job = jobId ? m_context->vault->job(jobId.value()) : Result<JobRecord>(jobId.error());
    if (!job) {
        replyError(id, job.error());
        return;
    }
    auto device = m_context->vault->openDocument(job->id);
    if (!device) {
        replyError(id, device.error());
        return;
    }
    reply(id, QJsonObject{{QStringLiteral("id"), job->id},
                          {QStringLiteral("size"), double(job->size)},
                          {QStringLiteral("sha256"), QString::fromLatin1(job->sha256.toHex())}});
    m_download = std::move(device.value());
    m_downloadId = id;
    pumpDownload();
}

// Sends the document while the socket has room; resumes from bytesWritten.
void ApiSession::pumpDownload()
{
    while (m_download && m_socket->bytesToWrite() < SendHighWater) {
        QByteArray chunk(DataChunkSize, Qt::Uninitialized);
        const qint64 n = m_download->read(chunk.data(), chunk.size());
        if (n < 0) {
            qCWarning(lcLocalApi) << "export stopped:" << m_download->errorString();
            replyError(m_downloadId, m_download->lastError().isOk()
                                         ? Error{QStringLiteral("io"), m_download->errorString()}
                                         : m_download->lastError().error());
            m_download.reset();
            return;
        }
        if (n == 0) {
            send(encodeFrame(FrameType::End,
                             QJsonDocument(QJsonObject{{QStringLiteral("id"), double(m_downloadId)}})
                                 .toJson(QJsonDocument::Compact)));
            m_download.reset();
            return;
        }
        send(encodeFrame(FrameType::Data, chunk.constData(), n));
    }
}

void ApiSession::submitJob(qint64 id, const QJsonObject &params)
{
    if (m_uploadId >= 0) {
        protocolError(QStringLiteral("a second jobs.submit before the first one's data ended"));
        return;
    }
    m_uploadId = id;
    JobRequest request;
    request.title = params.value(QStringLiteral("title")).toString().left(512);
    request.fileName = params.value(QStringLiteral("fileName")).toString().left(512);
    // The session's user by default; a shared workstation's print gateway may name another.
    const QString owner = params.value(QStringLiteral("owner")).toString().trimmed();
    request.owner = owner.isEmpty() ? m_context->owner : owner;
    request.copies = params.value(QStringLiteral("copies")).toInt(1);
    if (request.copies < 1 || request.copies > 999) {
        replyError(id, badRequest(QStringLiteral("copies must be from 1 to 999")));
        return;
    }
    if (request.title.isEmpty())
        request.title = request.fileName.isEmpty() ? QStringLiteral("Untitled") : request.fileName;
    auto ingest = m_context->capture->begin(request);
    if (!ingest) {
        replyError(id, ingest.error());
        return;
    }
    m_ingest = std::move(ingest.value());
    m_uploadLimit = m_context->policy->maxJobMb * 1024 * 1024;
}

} // namespace pv::localapi
