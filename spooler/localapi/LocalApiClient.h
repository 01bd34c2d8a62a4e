#pragma once

#include "common/Result.h"
#include "localapi/Frame.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QLocalSocket;
class QIODevice;

namespace pv::localapi {

// Asynchronous client of the daemon's local API, shared by the CLI and the tray app (the
// printvault-client library: Qt Core and Network only).
// Replies arrive through callbacks; events through eventReceived(). One thread.
class LocalApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonObject>)>;
    using Progress = std::function<void(qint64 bytes)>;

    explicit LocalApiClient(QObject *parent = nullptr);
    ~LocalApiClient() override;

    // With documentFd, the connection opens by handing that file (a regular file open for
    // reading) to the daemon, for one submitDescriptor() on it (localapi/SubmitDescriptor.h).
    void connectToDaemon(const QString &socketPath, int documentFd = -1);
    bool isConnected() const;
    void disconnectFromDaemon();

    void request(const QString &method, const QJsonObject &params, Callback done);
    // Streams source (read to its end) as a new job. `done` gets the held job or the reason it
    // was not held. `stored`, when given, is called first, once the document is durable in the
    // vault (encrypted and fsynced, before it is checked): {"stored": {"id", "size"}}.
    void submit(QIODevice *source, const QJsonObject &params, Progress progress, Callback done,
                Callback stored = {});
    // Like submit(), for the file handed over as the connection opened: the daemon reads it
    // itself, in large blocks off its main thread, instead of taking D frames.
    void submitDescriptor(const QJsonObject &params, Callback done, Callback stored = {});
    // Writes a job's document into sink and checks its SHA-256 against what the daemon announced.
    void exportJob(const QString &jobId, QIODevice *sink, Callback done);

Q_SIGNALS:
    void connected();
    void disconnected();
    void connectionFailed(const QString &message);
    void eventReceived(const QJsonObject &event);

private:
    qint64 sendRequest(const QString &method, const QJsonObject &params);
    void onReadyRead();
    void onJson(const QJsonObject &message);
    void onData(const QByteArray &payload);
    void onEnd();
    void pumpUpload();
    void failAll(const QString &message);

    QLocalSocket *m_socket;
    FrameReader m_reader;
    qint64 m_nextId = 1;
    QHash<qint64, Callback> m_pending;
    QHash<qint64, Callback> m_stored; // submissions waiting for their first ("stored") reply

    struct Upload
    {
        qint64 id = -1;
        QIODevice *source = nullptr;
        Progress progress;
        qint64 sent = 0;
        bool ended = false;
    } m_upload;

    struct Download
    {
        qint64 id = -1;
        QIODevice *sink = nullptr;
        Callback done;
        QJsonObject info;
        bool started = false;
        // Qt's hash, not the vault's: the client library links no OpenSSL of its own.
        QCryptographicHash hash{QCryptographicHash::Sha256};
        qint64 received = 0;
    };
    std::unique_ptr<Download> m_download;
};

} // namespace pv::localapi
