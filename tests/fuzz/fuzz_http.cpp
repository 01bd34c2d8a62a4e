// libFuzzer target for everything the MFP API does with a client's bytes before any state is
// touched: HTTP parsing (fed in pieces, pipelined), path checks, bearer tokens, JSON bodies.
#include "mfp/HttpRequestParser.h"
#include "mfp/RequestBodies.h"
#include "mfp/Tokens.h"

#include <cstddef>
#include <cstdint>

using namespace pv::mfp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks how the rest arrives: in pieces of 1 to 64 bytes.
    const qsizetype piece = data[0] % 64 + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype total = qsizetype(size - 1);

    HttpRequestParser parser;
    QByteArray pending;
    for (qsizetype at = 0; at < total;) {
        pending.append(bytes + at, qMin(piece, total - at));
        at += piece;
        while (!pending.isEmpty()) {
            qsizetype used = 0;
            const auto state = parser.feed(pending.constData(), pending.size(), &used);
            if (used < 0 || used > pending.size())
                __builtin_trap();
            pending.remove(0, used);
            if (state == HttpRequestParser::State::Failed) {
                if (parser.errorStatus() < 400 || parser.errorStatus() > 599)
                    __builtin_trap();
                return 0;
            }
            if (state == HttpRequestParser::State::NeedMore)
                break;
            const HttpRequest request = parser.takeRequest();
            QStringList segments;
            if (request.safeSegments(&segments)) {
                for (const QString &s : segments) {
                    if (s.isEmpty() || s == QLatin1String("..") || s.contains(QLatin1Char('%')))
                        __builtin_trap();
                }
            }
            (void)tokens::parse(tokens::bearer(request), tokens::SessionPrefix);
            (void)tokens::parse(tokens::bearer(request), tokens::DevicePrefix);
            (void)bodies::parsePair(request.body);
            (void)bodies::parseSignIn(request.body);
            if (auto p = bodies::parsePrinted(request.body);
                p && (p->sheets > p->impressions || p->impressions < 0))
                __builtin_trap();
        }
    }
    return 0;
}
