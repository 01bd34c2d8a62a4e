// libFuzzer target for the local API's framing: whatever a client process writes to api.sock,
// read in pieces as the socket delivers them, and each JSON frame parsed as the server does.
#include "localapi/Frame.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace pv::localapi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    FrameReader reader;
    while (auto frame = reader.next(&device)) {
        if (frame->payload.size() > MaxFrameSize)
            __builtin_trap();
        if (frame->type == FrameType::Json) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(frame->payload, &error);
            // What was read re-encodes to a frame the reader takes back whole.
            if (error.error == QJsonParseError::NoError && doc.isObject()) {
                QByteArray again = encodeJson(doc.object());
                QBuffer round(&again);
                round.open(QIODevice::ReadOnly);
                FrameReader check;
                if (again.size() < MaxFrameSize && !check.next(&round) && !check.hasError())
                    __builtin_trap();
            }
        }
    }
    return 0;
}
