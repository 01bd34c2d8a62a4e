#include "localapi/ApiSession.h"

#include "capture/SubmitIntake.h"
#include "capture/SubmitReader.h"
#include "common/Logging.h"
#include "localapi/CoreMethods.h"
#include "localapi/ErrorJson.h"
#include "localapi/Events.h"
#include "localapi/JobJson.h"
#include "localapi/LocalApiServer.h"
#include "vault/DecryptingDevice.h"
#include "vault/JobDraft.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>

#include <unistd.h>

namespace pv::localapi {

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
    m_submitReader.reset(); // stops reading; the unsealed draft goes
    if (m_documentFd >= 0)
        ::close(m_documentFd);
    qCDebug(lcLocalApi) << "client gone";
}

void ApiSession::setDocumentDescriptor(int fd)
{
    if (m_documentFd >= 0)
        ::close(m_documentFd);
    m_documentFd = fd;
}

void ApiSession::addSessionMethods(MethodRegistry &registry)
{
    registry.addSessionMethod(
        QStringLiteral("jobs.submit"), {Need::UnlockedVault}, [](const Call &c) { c.session->submitJob(c); },
        true);
    registry.addSessionMethod(QStringLiteral("jobs.export"), {Need::UnlockedVault},
                              [](const Call &c) { c.session->exportJob(c); });
    registry.addSessionMethod(QStringLiteral("events.subscribe"), {},
                              [](const Call &c) { c.session->subscribe(c); });
}

void ApiSession::send(const QByteArray &frame)
{
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(frame);
}

void ApiSession::reply(qint64 id, const Result<QJsonObject> &result)
{
    QJsonObject message{{QStringLiteral("id"), double(id)}};
    if (result)
        message.insert(QStringLiteral("result"), result.value());
    else
        message.insert(QStringLiteral("error"), errorToJson(result.error()));
    send(encodeJson(message));
}

// Methods may answer later; this session may be gone by then.
MethodReply ApiSession::replier(qint64 id)
{
    QPointer<ApiSession> self(this);
    return [self, id](Result<QJsonObject> result) {
        if (self)
            self->reply(id, result);
    };
}

void ApiSession::sendEvent(const QJsonObject &event)
{
    if (m_subscribed)
        send(encodeJson(event));
}

void ApiSession::protocolError(const QString &why)
{
    qCWarning(lcLocalApi) << "closing a client connection after a protocol error:" << why;
    send(encodeJson(events::protocolError(why)));
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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        protocolError(tr("a request is not a JSON object"));
        return;
    }
    const QJsonObject request = doc.object();
    const qint64 id = qint64(request.value(QStringLiteral("id")).toDouble(-1));
    if (id < 0) {
        protocolError(tr("a request has no numeric id"));
        return;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    const MethodSpec *spec = m_context->methods.find(method);
    if (!spec) {
        reply(id, Error{QStringLiteral("unknown-method"),
                        tr("There is no method '%1'.").arg(method),
                        {{QStringLiteral("method"), method}}});
        return;
    }
    if (auto refused = m_context->methods.refusal(*spec)) {
        reply(id, *refused);
        // Swallow the document that follows, unless it came as a descriptor.
        if (spec->takesUpload &&
            !request.value(QStringLiteral("params")).toObject().value(QStringLiteral("descriptor")).toBool())
            m_uploadId = id;
        return;
    }
    m_requestId = id;
    spec->run(Call{request.value(QStringLiteral("params")).toObject(), replier(id), this});
    m_requestId = -1;
}

void ApiSession::handleData(const QByteArray &payload)
{
    if (m_uploadId < 0) {
        protocolError(tr("document data without a jobs.submit request"));
        return;
    }
    if (!m_upload.draft)
        return; // the upload was already refused; drain it
    if (auto s = m_upload.take(payload.constData(), payload.size()); !s) {
        reply(m_uploadId, s.error());
        m_upload.draft.reset(); // unsealed: nothing of it stays
    }
}

// The whole document arrived in D frames.
void ApiSession::handleEnd()
{
    if (m_uploadId < 0) {
        protocolError(tr("end of data without a jobs.submit request"));
        return;
    }
    const qint64 id = m_uploadId;
    m_uploadId = -1;
    SubmitUpload upload = std::move(m_upload);
    m_upload = SubmitUpload{};
    if (!upload.draft)
        return;
    if (auto s = upload.complete(); !s) {
        reply(id, s.error());
        return;
    }
    finishUpload(id, std::move(upload));
}

// Reads the document from the file the client handed over, off this thread (SubmitReader).
void ApiSession::readDescriptor(qint64 id, SubmitUpload upload)
{
    const int fd = std::exchange(m_documentFd, -1);
    if (fd < 0) {
        reply(id, Error{QStringLiteral("bad-request"),
                        tr("No document descriptor came with this connection."),
                        {{QStringLiteral("param"), QStringLiteral("descriptor")}}});
        return;
    }
    if (auto s = SubmitReader::check(fd, upload); !s) {
        ::close(fd);
        reply(id, s.error());
        return;
    }
    m_readerId = id;
    m_submitReader = std::make_unique<SubmitReader>(fd, std::move(upload));
    connect(m_submitReader.get(), &SubmitReader::finished, this, &ApiSession::onDescriptorRead);
    m_submitReader->start();
}

void ApiSession::onDescriptorRead()
{
    const qint64 id = std::exchange(m_readerId, -1);
    // Deleted later: this runs in its own signal. Its thread has ended (its destructor waits).
    SubmitReader *reader = m_submitReader.release();
    reader->deleteLater();
    if (!reader->outcome()) {
        reply(id, reader->outcome().error()); // unsealed: the draft goes with the reader
        return;
    }
    finishUpload(id, reader->takeUpload());
}

// The whole document is encrypted in its draft: sealed and fsynced (the durable point), then
// checked and measured in a converter worker, and held or refused.
void ApiSession::finishUpload(qint64 id, SubmitUpload upload)
{
    MethodReply done = replier(id);
    auto stored = m_context->submissions->seal(std::move(upload.draft), upload.request);
    if (!stored) {
        done(stored.error());
        return;
    }
    if (upload.storedReply)
        done(QJsonObject{
            {QStringLiteral("stored"), QJsonObject{{QStringLiteral("id"), stored.value()},
                                                   {QStringLiteral("size"), double(upload.received)}}}});
    m_context->submissions->convert(stored.value(), upload.request, [done](const Result<JobRecord> &result) {
        // The client may be gone; a job that was held stays.
        if (result)
            done(QJsonObject{{QStringLiteral("job"), jobToJson(result.value())}});
        else
            done(result.error());
    });
}

void ApiSession::subscribe(const Call &call)
{
    m_subscribed = true;
    call.reply(QJsonObject{{QStringLiteral("status"), statusJson(*m_context)}});
}

void ApiSession::exportJob(const Call &call)
{
    if (m_download) {
        call.reply(Error{QStringLiteral("busy"), tr("One export at a time can run on a connection.")});
        return;
    }
    auto jobId = jobIdParam(*m_context->vault, call.params);
    auto job = jobId ? m_context->vault->job(jobId.value()) : Result<JobRecord>(jobId.error());
    if (!job) {
        call.reply(job.error());
        return;
    }
    auto device = m_context->vault->openDocument(job->id);
    if (!device) {
        call.reply(device.error());
        return;
    }
    call.reply(QJsonObject{{QStringLiteral("id"), job->id},
                           {QStringLiteral("size"), double(job->size)},
                           {QStringLiteral("sha256"), QString::fromLatin1(job->sha256.toHex())}});
    m_download = std::move(device.value());
    m_downloadId = m_requestId;
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
            reply(m_downloadId, m_download->lastError().isOk()
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

void ApiSession::submitJob(const Call &call)
{
    if (m_uploadId >= 0 || m_submitReader) {
        protocolError(tr("a second jobs.submit before the first one's data ended"));
        return;
    }
    const QJsonObject &params = call.params;
    const bool fromDescriptor = params.value(QStringLiteral("descriptor")).toBool(false);
    if (!fromDescriptor)
        m_uploadId = m_requestId;
    JobRequest request;
    request.title = params.value(QStringLiteral("title")).toString().left(512);
    request.fileName = params.value(QStringLiteral("file_name")).toString().left(512);
    // The session's user by default; a shared workstation's print gateway may name another.
    const QString owner = params.value(QStringLiteral("owner")).toString().trimmed();
    request.owner = owner.isEmpty() ? m_context->owner : owner;
    request.copies = params.value(QStringLiteral("copies")).toInt(1);
    if (request.copies < 1 || request.copies > 999) {
        call.reply(Error{QStringLiteral("bad-request"),
                         tr("Copies must be from 1 to 999."),
                         {{QStringLiteral("param"), QStringLiteral("copies")}}});
        return;
    }
    if (request.title.isEmpty())
        request.title = request.fileName.isEmpty() ? QStringLiteral("Untitled") : request.fileName;
    auto draft = m_context->submissions->begin(request);
    if (!draft) {
        call.reply(draft.error());
        return;
    }
    SubmitUpload upload;
    upload.draft = std::move(draft.value());
    upload.request = request;
    upload.limitMb = m_context->policy->maxJobMb;
    upload.storedReply = params.value(QStringLiteral("stored_reply")).toBool(false);
    if (fromDescriptor)
        readDescriptor(m_requestId, std::move(upload));
    else
        m_upload = std::move(upload);
}

} // namespace pv::localapi
