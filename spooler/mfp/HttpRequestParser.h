#pragma once

#include "mfp/HttpRequest.h"

#include <QString>

#include <memory>

struct http_parser;

namespace pv::mfp {

struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line and all headers together
    int maxHeaders = 64;
    qsizetype maxBodyBytes = 64 * 1024;
};

// Incremental HTTP/1.x request parsing over Node's http_parser (libhttp-parser), with limits
// checked as bytes arrive: an oversized body is refused from its Content-Length, before any
// of it is read. One request at a time; reset() readies it for the next on the connection.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestParser(const HttpLimits &limits = {});
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses from `data`; `*consumed` says how much belonged to this request (the rest is the
    // start of the next one, on a keep-alive connection).
    State feed(const char *data, qsizetype size, qsizetype *consumed);
    // True once any byte of a request has arrived.
    bool started() const { return m_started; }
    HttpRequest takeRequest();
    void reset();

    // After Failed: the HTTP status to answer with, and why.
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    struct Callbacks;
    int fail(int status, const QString &message);
    int addHeaderBytes(size_t n);
    int pushHeader();

    HttpLimits m_limits;
    std::unique_ptr<http_parser> m_parser;
    HttpRequest m_request;
    QByteArray m_url;
    QByteArray m_firstBytes; // the start of the request, to tell an unknown method from noise
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    bool m_started = false;
    bool m_complete = false;
    qsizetype m_headerBytes = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace pv::mfp
