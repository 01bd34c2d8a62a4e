#include "core/JobImageProvider.h"

#include "core/DaemonConnection.h"

#include <QImage>
#include <QJsonObject>
#include <QMutex>
#include <QQuickTextureFactory>

namespace pv::app {

namespace {

class JobImageResponse : public QQuickImageResponse
{
public:
    // Called on the main thread when the daemon answers.
    void finish(QImage image, QString error)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_image = std::move(image);
            m_error = std::move(error);
        }
        Q_EMIT finished();
    }

    QQuickTextureFactory *textureFactory() const override
    {
        QMutexLocker lock(&m_mutex);
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    mutable QMutex m_mutex;
    QImage m_image;
    QString m_error;
};

} // namespace

JobImageProvider::JobImageProvider(DaemonConnection *connection)
    : m_connection(connection)
{}

QQuickImageResponse *JobImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    auto *response = new JobImageResponse;
    const QStringList parts = id.split(QLatin1Char('/'));
    QString method;
    QJsonObject params;
    if (parts.size() == 2 && parts.at(0) == QLatin1String("thumbnail")) {
        method = QStringLiteral("jobs.thumbnail");
        params = {{QStringLiteral("id"), parts.at(1)}};
    } else if (parts.size() == 3 && parts.at(0) == QLatin1String("page")) {
        method = QStringLiteral("jobs.preview");
        params = {{QStringLiteral("id"), parts.at(1)},
                  {QStringLiteral("page"), parts.at(2).toInt()},
                  {QStringLiteral("width"), requestedSize.width() > 0 ? requestedSize.width() : 800}};
    }
    QPointer<DaemonConnection> connection = m_connection;
    if (method.isEmpty() || !connection) {
        response->finish(QImage(), QStringLiteral("no such image: %1").arg(id));
        return response;
    }
    // Qt Quick deletes the response once it is finished or no longer wanted: guard it.
    QPointer<JobImageResponse> guarded(response);
    QMetaObject::invokeMethod(
        connection.data(),
        [connection, method, params, guarded]() {
            if (!connection)
                return;
            connection->request(method, params, [guarded](Result<QJsonObject> r) {
                JobImageResponse *pending = guarded.data();
                if (!pending)
                    return;
                if (!r) {
                    pending->finish(QImage(), r.error().message);
                    return;
                }
                QImage image;
                image.loadFromData(
                    QByteArray::fromBase64(r->value(QStringLiteral("png")).toString().toLatin1()), "PNG");
                pending->finish(image,
                                image.isNull() ? QStringLiteral("the image cannot be decoded") : QString());
            });
        },
        Qt::QueuedConnection);
    return response;
}

} // namespace pv::app
