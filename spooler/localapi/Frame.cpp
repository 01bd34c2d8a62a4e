#include "localapi/Frame.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QtEndian>

namespace pv::localapi {

QByteArray encodeFrame(FrameType type, const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(5 + size);
    char len[4];
    qToBigEndian<quint32>(quint32(size + 1), len);
    out.append(len, 4);
    out.append(char(type));
    out.append(data, size);
    return out;
}

QByteArray encodeJson(const QJsonObject &object)
{
    return encodeFrame(FrameType::Json, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Frame> FrameReader::next(QIODevice *device)
{
    if (hasError() || device->bytesAvailable() < 5)
        return std::nullopt;
    const QByteArray head = device->peek(5);
    const quint32 length = qFromBigEndian<quint32>(head.constData());
    if (length < 1 || length > quint32(MaxFrameSize) + 1) {
        m_error = QStringLiteral("frame of %1 bytes is outside the allowed range").arg(length);
        return std::nullopt;
    }
    const char type = head.at(4);
    if (type != char(FrameType::Json) && type != char(FrameType::Data) && type != char(FrameType::End)) {
        m_error = QStringLiteral("unknown frame type %1").arg(int(type));
        return std::nullopt;
    }
    if (device->bytesAvailable() < 4 + qint64(length))
        return std::nullopt;
    device->skip(5);
    return Frame{FrameType(type), device->read(length - 1)};
}

} // namespace pv::localapi
