#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace pv::mfp {

// One parsed HTTP/1.x request. Header names are lower-cased; the path is kept as it came.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = false;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }

    // The path split into segments, refusing anything a path trick could hide in: percent
    // escapes (encoded slashes and dots), backslashes, empty, "." and ".." segments, and bytes
    // outside printable ASCII. None of the API's paths needs any of them.
    bool safeSegments(QStringList *segments) const
    {
        if (!path.startsWith('/'))
            return false;
        for (char c : path) {
            if (c <= ' ' || c >= 127 || c == '%' || c == '\\')
                return false;
        }
        segments->clear();
        if (path == "/")
            return true;
        const QList<QByteArray> parts = path.mid(1).split('/');
        for (const QByteArray &p : parts) {
            if (p.isEmpty() || p == "." || p == "..")
                return false;
            segments->append(QString::fromLatin1(p));
        }
        return true;
    }
};

} // namespace pv::mfp
