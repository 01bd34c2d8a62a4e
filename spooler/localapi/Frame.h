#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

class QIODevice;

// Framing of the local API (docs/local-api.md): every frame is a 4-byte big-endian length,
// then a type byte, then the payload. 'J' frames carry one JSON object; 'D' frames carry
// document bytes of the one transfer in progress in that direction; 'E' ends that transfer.
namespace pv::localapi {

constexpr int ProtocolVersion = 2; // 2: snake_case keys everywhere, error details, one gate
constexpr int MaxFrameSize = 128 * 1024;
constexpr qint64 ReadBufferSize = 512 * 1024; // must hold at least one whole frame
constexpr int DataChunkSize = 64 * 1024;
constexpr qint64 SendHighWater = 512 * 1024; // stop queueing data above this many unsent bytes

enum class FrameType : char { Json = 'J', Data = 'D', End = 'E' };

struct Frame
{
    FrameType type;
    QByteArray payload;
};

QByteArray encodeFrame(FrameType type, const char *data, qint64 size);
inline QByteArray encodeFrame(FrameType type, const QByteArray &payload)
{
    return encodeFrame(type, payload.constData(), payload.size());
}
QByteArray encodeJson(const QJsonObject &object);

// Pulls complete frames off a device. After an error the connection must be closed.
class FrameReader
{
public:
    std::optional<Frame> next(QIODevice *device);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace pv::localapi
