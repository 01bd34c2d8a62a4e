#pragma once

#include <QPointer>
#include <QQuickAsyncImageProvider>

namespace pv::app {

class DaemonConnection;

// Job images for QML, fetched from the daemon and decoded in memory only:
//   image://pvjobs/thumbnail/<job id>       page 1, as captured (jobs.thumbnail)
//   image://pvjobs/page/<job id>/<page>      a page rendered at the requested width (jobs.preview)
// Qt Quick asks from its loader thread; the request itself is made on the connection's thread.
class JobImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit JobImageProvider(DaemonConnection *connection);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    QPointer<DaemonConnection> m_connection;
};

} // namespace pv::app
