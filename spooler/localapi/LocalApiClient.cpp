#include "localapi/LocalApiClient.h"

#include "localapi/ErrorJson.h"
#include "localapi/SubmitDescriptor.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLocalSocket>

namespace pv::localapi {

namespace {
Error transportError(const QString &message)
{
    return Error{QStringLiteral("disconnected"), message};
}
} // namespace

LocalApiClient::LocalApiClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
{
    m_socket->setReadBufferSize(ReadBufferSize);
    connect(m_socket, &QLocalSocket::connected, this, &LocalApiClient::connected);
    connect(m_socket, &QLocalSocket::readyRead, this, &LocalApiClient::onReadyRead);
    connect(m_socket, &QLocalSocket::bytesWritten, this, &LocalApiClient::pumpUpload);
    connect(m_socket, &QLocalSocket::disconnected, this, [this]() {
        failAll(tr("the connection to printvaultd was closed"));
        Q_EMIT disconnected();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_socket->state() != QLocalSocket::ConnectedState)
            Q_EMIT connectionFailed(m_socket->errorString());
    });
}

LocalApiClient::~LocalApiClient() = default;

void LocalApiClient::connectToDaemon(const QString &socketPath, int documentFd)
{
    if (documentFd < 0) {
        m_socket->connectToServer(socketPath);
        return;
    }
    auto fd = connectWithDescriptor(socketPath, documentFd);
    if (!fd) {
        Q_EMIT connectionFailed(fd.error().message);
        return;
    }
    if (!m_socket->setSocketDescriptor(fd.value())) {
        Q_EMIT connectionFailed(m_socket->errorString());
        return;
    }
    Q_EMIT connected();
}

bool LocalApiClient::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

void LocalApiClient::disconnectFromDaemon()
{
    m_socket->disconnectFromServer();
}

qint64 LocalApiClient::sendRequest(const QString &method, const QJsonObject &params)
{
    const qint64 id = m_nextId++;
    m_socket->write(encodeJson(QJsonObject{{QStringLiteral("id"), double(id)},
                                           {QStringLiteral("method"), method},
                                           {QStringLiteral("params"), params}}));
    return id;
}

void LocalApiClient::request(const QString &method, const QJsonObject &params, Callback done)
{
    if (!isConnected()) {
        done(transportError(tr("not connected to printvaultd")));
        return;
    }
    // Waiting before it is written: a write to a daemon that has just died may end the
    // connection (failAll) inside sendRequest(), and a callback inserted after that would never
    // be called.
    const qint64 id = m_nextId;
    m_pending.insert(id, std::move(done));
    sendRequest(method, params);
}

void LocalApiClient::submit(QIODevice *source, const QJsonObject &params, Progress progress, Callback done,
                            Callback stored)
{
    if (!isConnected() || m_upload.id >= 0) {
        done(transportError(tr("not connected, or an upload is already running")));
        return;
    }
    QJsonObject withStored = params;
    if (stored)
        withStored.insert(QStringLiteral("stored_reply"), true);
    const qint64 id = sendRequest(QStringLiteral("jobs.submit"), withStored);
    m_pending.insert(id, std::move(done));
    if (stored)
        m_stored.insert(id, std::move(stored));
    m_upload = Upload{id, source, std::move(progress), 0, false};
    pumpUpload();
}

void LocalApiClient::submitDescriptor(const QJsonObject &params, Callback done, Callback stored)
{
    if (!isConnected() || m_upload.id >= 0) {
        done(transportError(tr("not connected, or an upload is already running")));
        return;
    }
    QJsonObject withDescriptor = params;
    withDescriptor.insert(QStringLiteral("descriptor"), true);
    if (stored)
        withDescriptor.insert(QStringLiteral("stored_reply"), true);
    const qint64 id = sendRequest(QStringLiteral("jobs.submit"), withDescriptor);
    m_pending.insert(id, std::move(done));
    if (stored)
        m_stored.insert(id, std::move(stored));
}

// Sends the upload while the socket has room; resumes from bytesWritten.
void LocalApiClient::pumpUpload()
{
    while (m_upload.id >= 0 && !m_upload.ended && m_socket->bytesToWrite() < SendHighWater) {
        QByteArray chunk(DataChunkSize, Qt::Uninitialized);
        const qint64 n = m_upload.source->read(chunk.data(), chunk.size());
        if (n <= 0) {
            // End of input (or a read error, which the daemon sees as a short document).
            m_socket->write(encodeFrame(FrameType::End, QByteArray()));
            m_upload.ended = true;
            break;
        }
        m_socket->write(encodeFrame(FrameType::Data, chunk.constData(), n));
        m_upload.sent += n;
        if (m_upload.progress)
            m_upload.progress(m_upload.sent);
    }
}

void LocalApiClient::exportJob(const QString &jobId, QIODevice *sink, Callback done)
{
    if (!isConnected() || m_download) {
        done(transportError(tr("not connected, or an export is already running")));
        return;
    }
    m_download = std::make_unique<Download>();
    m_download->sink = sink;
    m_download->done = std::move(done);
    m_download->id = sendRequest(QStringLiteral("jobs.export"), QJsonObject{{QStringLiteral("id"), jobId}});
}

void LocalApiClient::onReadyRead()
{
    while (auto frame = m_reader.next(m_socket)) {
        switch (frame->type) {
        case FrameType::Json: {
            const QJsonDocument doc = QJsonDocument::fromJson(frame->payload);
            if (doc.isObject())
                onJson(doc.object());
            break;
        }
        case FrameType::Data:
            onData(frame->payload);
            break;
        case FrameType::End:
            onEnd();
            break;
        }
    }
    if (m_reader.hasError()) {
        failAll(tr("printvaultd sent a malformed reply: %1").arg(m_reader.error()));
        m_socket->abort();
    }
}

void LocalApiClient::onJson(const QJsonObject &message)
{
    if (message.contains(QStringLiteral("event"))) {
        Q_EMIT eventReceived(message);
        return;
    }
    const qint64 id = qint64(message.value(QStringLiteral("id")).toDouble(-1));
    const QJsonObject error = message.value(QStringLiteral("error")).toObject();
    const Result<QJsonObject> result =
        message.contains(QStringLiteral("error"))
            ? Result<QJsonObject>(errorFromJson(error))
            : Result<QJsonObject>(message.value(QStringLiteral("result")).toObject());

    if (m_download && id == m_download->id) {
        // The first reply announces size and digest; an error at any point ends the export.
        if (!result || m_download->started) {
            auto d = std::move(m_download);
            d->done(result ? Result<QJsonObject>(Error{QStringLiteral("protocol"), tr("unexpected reply")})
                           : result);
            return;
        }
        m_download->info = result.value();
        m_download->started = true;
        return;
    }
    if (id == m_upload.id) {
        // The daemon answers an upload once: when stored, or when refused (maybe before the end).
        // A refused upload is still closed, so the connection can carry the next one.
        if (!m_upload.ended)
            m_socket->write(encodeFrame(FrameType::End, QByteArray()));
        m_upload = Upload{};
    }
    // A submission asked to hear when it is durable: that reply first, the outcome later.
    if (result && result->contains(QStringLiteral("stored"))) {
        if (auto stored = m_stored.take(id))
            stored(result);
        return;
    }
    m_stored.remove(id);
    if (auto cb = m_pending.take(id))
        cb(result);
}

void LocalApiClient::onData(const QByteArray &payload)
{
    if (!m_download || !m_download->started)
        return;
    m_download->hash.addData(payload);
    m_download->received += payload.size();
    if (m_download->sink->write(payload) != payload.size()) {
        auto d = std::move(m_download);
        d->done(Error{QStringLiteral("io"), tr("cannot write the document: %1").arg(d->sink->errorString())});
        // The rest of the stream is dropped by onData/onEnd while no download is active.
    }
}

void LocalApiClient::onEnd()
{
    if (!m_download || !m_download->started)
        return;
    auto d = std::move(m_download);
    const QString expected = d->info.value(QStringLiteral("sha256")).toString();
    const QString actual = QString::fromLatin1(d->hash.result().toHex());
    if (expected != actual || d->received != qint64(d->info.value(QStringLiteral("size")).toDouble())) {
        d->done(Error{QStringLiteral("integrity"),
                      tr("the exported document does not match its recorded SHA-256")});
        return;
    }
    d->done(d->info);
}

void LocalApiClient::failAll(const QString &message)
{
    const auto pending = std::exchange(m_pending, {});
    m_stored.clear();
    m_upload = Upload{};
    if (auto d = std::move(m_download))
        d->done(transportError(message));
    for (const Callback &cb : pending)
        cb(transportError(message));
}

} // namespace pv::localapi
