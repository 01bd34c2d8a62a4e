#include "mfp/HttpRequestParser.h"

#include <http_parser.h>

#include <algorithm>

namespace pv::mfp {

namespace {

HttpRequestParser *self(http_parser *p)
{
    return static_cast<HttpRequestParser *>(p->data);
}

} // namespace

// http_parser calls back through plain functions; these forward to the parser object.
struct HttpRequestParser::Callbacks
{
    static int onMessageBegin(http_parser *p)
    {
        self(p)->m_started = true;
        return 0;
    }
    static int onUrl(http_parser *p, const char *at, size_t n)
    {
        HttpRequestParser *s = self(p);
        s->m_started = true;
        if (int e = s->addHeaderBytes(n))
            return e;
        s->m_url.append(at, qsizetype(n));
        return 0;
    }
    static int onHeaderField(http_parser *p, const char *at, size_t n)
    {
        HttpRequestParser *s = self(p);
        if (int e = s->addHeaderBytes(n))
            return e;
        if (s->m_inValue) {
            if (int e = s->pushHeader())
                return e;
        }
        s->m_field.append(at, qsizetype(n));
        return 0;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t n)
    {
        HttpRequestParser *s = self(p);
        if (int e = s->addHeaderBytes(n))
            return e;
        s->m_inValue = true;
        s->m_value.append(at, qsizetype(n));
        return 0;
    }
    static int onHeadersComplete(http_parser *p)
    {
        HttpRequestParser *s = self(p);
        if (s->m_inValue) {
            if (int e = s->pushHeader())
                return e;
        }
        http_parser_url url;
        http_parser_url_init(&url);
        if (http_parser_parse_url(s->m_url.constData(), size_t(s->m_url.size()), 0, &url) != 0 ||
            !(url.field_set & (1 << UF_PATH)))
            return s->fail(400, QStringLiteral("the request target is not a valid path"));
        const auto field = [&](http_parser_url_fields f) {
            return (url.field_set & (1 << f)) ? s->m_url.mid(url.field_data[f].off, url.field_data[f].len)
                                              : QByteArray();
        };
        s->m_request.path = field(UF_PATH);
        s->m_request.query = field(UF_QUERY);
        s->m_request.method = http_method_str(http_method(p->method));
        s->m_request.keepAlive = http_should_keep_alive(p) != 0;
        if (p->http_major != 1)
            return s->fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are spoken here"));
        if (p->upgrade)
            return s->fail(400, QStringLiteral("protocol upgrades are not supported"));
        // Refuse an oversized body from its declared length, before reading any of it.
        if ((p->flags & F_CONTENTLENGTH) && p->content_length > quint64(s->m_limits.maxBodyBytes))
            return s->fail(
                413,
                QStringLiteral("the request body is larger than %1 bytes").arg(s->m_limits.maxBodyBytes));
        return 0;
    }
    static int onBody(http_parser *p, const char *at, size_t n)
    {
        HttpRequestParser *s = self(p);
        if (s->m_request.body.size() + qsizetype(n) > s->m_limits.maxBodyBytes)
            return s->fail(
                413,
                QStringLiteral("the request body is larger than %1 bytes").arg(s->m_limits.maxBodyBytes));
        s->m_request.body.append(at, qsizetype(n));
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        self(p)->m_complete = true;
        http_parser_pause(p, 1); // one request at a time: stop right after it
        return 0;
    }
};

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
    , m_parser(std::make_unique<http_parser>())
{
    reset();
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::reset()
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
    m_request = HttpRequest();
    m_url.clear();
    m_firstBytes.clear();
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    m_started = false;
    m_complete = false;
    m_headerBytes = 0;
    m_errorStatus = 0;
    m_errorMessage.clear();
}

int HttpRequestParser::fail(int status, const QString &message)
{
    if (m_errorStatus == 0) {
        m_errorStatus = status;
        m_errorMessage = message;
    }
    return -1;
}

int HttpRequestParser::addHeaderBytes(size_t n)
{
    m_headerBytes += qsizetype(n);
    if (m_headerBytes > m_limits.maxHeaderBytes)
        return fail(431, QStringLiteral("the request line and headers are larger than %1 bytes")
                             .arg(m_limits.maxHeaderBytes));
    return 0;
}

int HttpRequestParser::pushHeader()
{
    if (m_request.headers.size() >= m_limits.maxHeaders)
        return fail(431, QStringLiteral("more than %1 headers").arg(m_limits.maxHeaders));
    // A header name is an RFC 9110 token; http_parser lets more through.
    static const QByteArray tchar = "!#$%&'*+-.^_`|~";
    const bool token = !m_field.isEmpty() && std::all_of(m_field.cbegin(), m_field.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               tchar.contains(c);
    });
    if (!token)
        return fail(400, QStringLiteral("a header name is not a valid token"));
    m_request.headers.append({m_field.toLower(), m_value.trimmed()});
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    return 0;
}

HttpRequestParser::State HttpRequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &Callbacks::onMessageBegin;
        s.on_url = &Callbacks::onUrl;
        s.on_header_field = &Callbacks::onHeaderField;
        s.on_header_value = &Callbacks::onHeaderValue;
        s.on_headers_complete = &Callbacks::onHeadersComplete;
        s.on_body = &Callbacks::onBody;
        s.on_message_complete = &Callbacks::onMessageComplete;
        return s;
    }();
    *consumed = 0;
    if (m_firstBytes.size() < 16)
        m_firstBytes += QByteArray(data, qMin<qsizetype>(size, 16 - m_firstBytes.size()));
    if (m_errorStatus)
        return State::Failed;
    if (m_complete)
        return State::Complete;
    const size_t used = http_parser_execute(m_parser.get(), &settings, data, size_t(size));
    *consumed = qsizetype(used);
    const auto err = http_errno(m_parser->http_errno);
    if (m_complete)
        return State::Complete;
    if (m_errorStatus)
        return State::Failed;
    if (err != HPE_OK) {
        // An unknown method is 501 only when it looks like one; binary noise is just malformed.
        const bool methodLike =
            m_firstBytes.contains(' ') &&
            std::all_of(m_firstBytes.cbegin(), m_firstBytes.cbegin() + m_firstBytes.indexOf(' '),
                        [](char c) { return c >= 'A' && c <= 'Z'; });
        const int status = err == HPE_HEADER_OVERFLOW                ? 431
                           : err == HPE_INVALID_METHOD && methodLike ? 501
                                                                     : 400;
        fail(status, QStringLiteral("malformed request: %1").arg(QLatin1String(http_errno_description(err))));
        return State::Failed;
    }
    return State::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    reset();
    return r;
}

} // namespace pv::mfp
