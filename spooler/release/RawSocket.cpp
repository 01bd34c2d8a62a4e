#include "release/RawSocket.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

namespace pv::release {

namespace {

constexpr int ConnectTimeoutMs = 15000;
constexpr int WriteTimeoutMs = 60000;
constexpr int DefaultPort = 9100;

// PJL strings are quoted ASCII: anything else, and the quote itself, becomes '_'.
QByteArray pjlString(const QString &text)
{
    QByteArray out;
    for (const QChar c : text.left(80))
        out += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"')) ? char(c.unicode()) : '_';
    return out;
}

Result<std::unique_ptr<QTcpSocket>> open(const QString &uri)
{
    const QUrl url(uri);
    if (url.scheme() != QLatin1String("socket") || url.host().isEmpty())
        return Error{QStringLiteral("bad-request"),
                     QCoreApplication::translate("pv::release", "'%1' is not a socket:// printer").arg(uri)};
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), quint16(url.port(DefaultPort)));
    if (!socket->waitForConnected(ConnectTimeoutMs))
        return Error{QStringLiteral("printer-unreachable"),
                     QCoreApplication::translate("pv::release", "cannot reach the printer at %1: %2")
                         .arg(uri, socket->errorString())};
    return socket;
}

} // namespace

PrinterCapabilities rawCapabilities()
{
    PrinterCapabilities caps;
    caps.name = QStringLiteral("Raw socket printer (PDF)");
    caps.formats = {QStringLiteral("application/pdf")};
    caps.sides = {QStringLiteral("one-sided"), QStringLiteral("two-sided-long-edge")};
    caps.colorModes = {QStringLiteral("color"), QStringLiteral("monochrome")};
    caps.maxCopies = 999;
    return caps;
}

Status probeRaw(const QString &uri)
{
    auto socket = open(uri);
    if (!socket)
        return socket.error();
    socket.value()->disconnectFromHost();
    return {};
}

QByteArray pjlHeader(const RawJob &job)
{
    return QByteArray("\x1b%-12345X@PJL\r\n") + "@PJL JOB NAME=\"" + pjlString(job.jobName) + "\"\r\n" +
           "@PJL SET USERNAME=\"" + pjlString(job.user) + "\"\r\n" +
           "@PJL SET COPIES=" + QByteArray::number(qMax(1, job.copies)) + "\r\n" +
           "@PJL SET DUPLEX=" + (job.duplex ? "ON" : "OFF") + "\r\n" +
           "@PJL SET RENDERMODE=" + (job.mono ? "GRAYSCALE" : "COLOR") + "\r\n" +
           "@PJL ENTER LANGUAGE=PDF\r\n";
}

QByteArray pjlTrailer()
{
    return QByteArray("\x1b%-12345X@PJL EOJ NAME=\"PrintVault\"\r\n\x1b%-12345X");
}

Status sendRaw(const RawJob &job, const std::function<Status(const BodyWriter &)> &produce)
{
    auto opened = open(job.uri);
    if (!opened)
        return opened.error();
    QTcpSocket *socket = opened.value().get();
    const auto write = [socket](const char *data, size_t length) {
        if (socket->write(data, qint64(length)) != qint64(length))
            return false;
        // Back-pressure: the kernel takes what the printer reads; wait until it did.
        while (socket->bytesToWrite() > 0) {
            if (!socket->waitForBytesWritten(WriteTimeoutMs))
                return false;
        }
        return true;
    };
    const QByteArray head = pjlHeader(job);
    if (!write(head.constData(), size_t(head.size())))
        return Error{QStringLiteral("printer-unreachable"),
                     QCoreApplication::translate("pv::release", "sending to %1 failed").arg(job.uri)};
    if (auto s = produce(write); !s)
        return s;
    const QByteArray tail = pjlTrailer();
    if (!write(tail.constData(), size_t(tail.size())))
        return Error{QStringLiteral("printer-unreachable"),
                     QCoreApplication::translate("pv::release", "sending to %1 failed").arg(job.uri)};
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState && !socket->waitForDisconnected(WriteTimeoutMs))
        return Error{
            QStringLiteral("printer-timeout"),
            QCoreApplication::translate("pv::release", "the printer at %1 did not take the end of the job")
                .arg(job.uri)};
    return {};
}

} // namespace pv::release
