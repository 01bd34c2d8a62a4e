#include "server/ServerIpp.h"

#include "common/CupsHandles.h"
#include "common/Logging.h"
#include "common/ReconnectCheck.h"
#include "server/ServerText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <cups/cups.h>
#include <poll.h>
#include <sys/socket.h>

#include <chrono>
#include <memory>
#include <optional>

namespace pv::server {

namespace {

using Http = HttpHandle;
using Ipp = IppHandle;

// Bounded memory: the document goes to the server this much at a time.
constexpr qint64 ChunkBytes = 64 * 1024;

// libcups never gets the password: asked after a refusal, it would give it again (it also
// re-sends a refused Basic password once by itself), and every repeat is another failed login on
// the server, which an account lockout counts. So the credentials go preemptively on each request
// of a connection, and a refusal ends the call.
const char *noPassword(const char *, http_t *, const char *, const char *, void *)
{
    return nullptr;
}

// libcups waits on the socket at most this long at a time, then asks onStall whether to go on.
constexpr double TickSeconds = 1.0;

// A connection's no-progress deadline (server/stall_seconds). httpSetTimeout with a one-second
// tick makes libcups call onStall after each second it waited on the socket in vain: connecting,
// in the TLS handshake, writing (it also sets SO_SNDTIMEO, so a blocked send() returns) and
// reading an answer. Without it a server that stops answering mid-upload (a dead link, a
// stopped daemon: the TCP window stays shut) holds the upload forever. Our code marks progress
// at each request and each chunk of the document; a slow link that keeps moving never stalls.
struct Deadline
{
    using Clock = std::chrono::steady_clock;
    Clock::duration stall = std::chrono::seconds(30);
    Clock::time_point last = Clock::now();
    const std::atomic<bool> *stopping = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    bool stalled = false;
    bool stopped = false;

    void progress() { last = Clock::now(); }
};

// libcups: 1 to wait another tick, 0 to give the call up.
int onStall(http_t *, void *data)
{
    auto *d = static_cast<Deadline *>(data);
    if ((d->stopping && d->stopping->load()) || (d->cancel && d->cancel->load())) {
        d->stopped = true;
        return 0;
    }
    if (Deadline::Clock::now() - d->last < d->stall)
        return 1;
    d->stalled = true;
    return 0;
}

// One connection to the server, verified, with this thread's libcups user and password set
// for its lifetime. Never prompts: without a callback libcups would read the terminal.
class Connection
{
public:
    explicit Connection(const ServerAccess &access)
        : m_access(access)
    {
        cupsSetUser(access.user.toUtf8().constData());
        cupsSetPasswordCB2(noPassword, nullptr);
        m_deadline.stall = std::chrono::seconds(qMax(1, access.stallSeconds));
        m_deadline.stopping = access.stopping;
    }
    ~Connection() { cupsSetPasswordCB2(noPassword, nullptr); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Status open();
    // Closes with a reset: what the kernel still holds of an abandoned request (a stalled
    // document) is dropped instead of reaching the server later, behind the next try's back.
    void abandon()
    {
        if (const int fd = m_http ? httpGetFd(m_http.get()) : -1; fd >= 0) {
            const linger hard{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        }
        m_check.reset();
        m_http.reset();
    }
    http_t *http() const { return m_http.get(); }
    const QByteArray &resource() const { return m_resource; }
    // The upload's own stop (the job was deleted or released here) ends waits too.
    void setCancel(const std::atomic<bool> *cancel) { m_deadline.cancel = cancel; }
    void progress() { m_deadline.progress(); }
    // The upload was stopped here, or the daemon stops.
    bool interrupted() const
    {
        return (m_deadline.stopping && m_deadline.stopping->load()) ||
               (m_deadline.cancel && m_deadline.cancel->load());
    }
    // Before each request: a connection libcups would reconnect by itself is reconnected and
    // checked here first, without credentials (see ready()).
    Status ready();
    // The request's common operation attributes.
    ipp_t *request(ipp_op_t op) const;
    // Why the last request failed, as one of the server-* codes.
    Error failure(const QString &what) const;
    Result<Ipp> send(ipp_t *request, const QString &what);
    Status verifyPeer() const;

private:
    Status connect();
    void setCredentials();
    bool peerClosed() const;

    const ServerAccess &m_access;
    Deadline m_deadline;
    Http m_http;
    std::optional<ReconnectCheck> m_check; // after m_http: unregistered before it is closed
    Status m_refusedPeer;                  // why a reconnect libcups made by itself was shut
    QByteArray m_resource;
    QString m_host;
};

// The certificate the connection shows now, checked against the server's trust. Also after
// every answer: libcups reconnects by itself (a closed keep-alive, a reset mid-request), and a
// new connection may be to someone else, who must not be believed that it holds the job.
Status Connection::verifyPeer() const
{
    if (!m_access.trust)
        return Error{QStringLiteral("server-untrusted"), Text::tr("No trust settings for the print server.")};
    cups_array_t *credentials = nullptr;
    QList<QByteArray> chain;
    if (httpCopyCredentials(m_http.get(), &credentials) == 0 && credentials) {
        for (auto *c = static_cast<http_credential_t *>(cupsArrayFirst(credentials)); c;
             c = static_cast<http_credential_t *>(cupsArrayNext(credentials)))
            chain.append(QByteArray(static_cast<const char *>(c->data), qsizetype(c->datalen)));
        httpFreeCredentials(credentials);
    }
    return m_access.trust->check(chain, m_host);
}

Status Connection::open()
{
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    const QByteArray u = m_access.uri.toUtf8();
    if (httpSeparateURI(HTTP_URI_CODING_ALL, u.constData(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK ||
        QByteArray(scheme) != "ipps")
        return Error{QStringLiteral("server-refused-uri"),
                     Text::tr("'%1' is not an ipps:// URI; the print server is reached over TLS only.")
                         .arg(m_access.uri)};
    // Credentials go only where libcups's own reconnects are checked too (ReconnectCheck.h).
    static const bool reconnectsChecked = reconnectChecksActive();
    if (!reconnectsChecked)
        return Error{QStringLiteral("server-untrusted"),
                     Text::tr("This computer's libcups reconnects past PrintVault's certificate check, so "
                              "nothing is sent to the print server.")};
    // Not connected yet (0 ms): the deadline must be in place before the handshake reads.
    m_check.reset();
    m_http.reset(httpConnect2(host, port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_ALWAYS, 1, 0, nullptr));
    if (!m_http)
        return Error{QStringLiteral("server-unreachable"),
                     Text::tr("Cannot reach the print server %1: %2")
                         .arg(m_access.uri, QString::fromUtf8(cupsLastErrorString()))};
    httpSetTimeout(m_http.get(), TickSeconds, onStall, &m_deadline);
    m_resource = resource;
    m_host = QString::fromUtf8(host);
    // Every connect libcups makes for this connection, its own reconnects inside a request
    // included, is checked before the request (and its credentials) goes out on it.
    // The TLS handshake, too, waits a tick at a time and asks onStall.
    m_check.emplace(
        m_http.get(),
        [this](http_t *) {
            m_refusedPeer = verifyPeer();
            return m_refusedPeer.isOk();
        },
        SocketWait{TickSeconds, onStall, &m_deadline});
    return connect();
}

// (Re)connects without credentials, checks the certificate, and only then sets them: on every
// connection of ours the certificate is checked before any credential or document is sent.
Status Connection::connect()
{
    httpSetAuthString(m_http.get(), nullptr, nullptr);
    m_deadline.progress();
    const int ms = int(std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline.stall).count());
    // m_check verifies the certificate inside, and keeps our wait in the TLS handshake.
    m_refusedPeer = {};
    if (httpReconnect2(m_http.get(), ms, nullptr) != 0) {
        if (!m_refusedPeer)
            return m_refusedPeer.error();
        // A handshake that waited out the stall time is a stall, not an unreachable server.
        if (Deadline::Clock::now() - m_deadline.last >= m_deadline.stall && !m_deadline.stopped)
            m_deadline.stalled = true;
        if (m_deadline.stalled || m_deadline.stopped)
            return failure(Text::tr("Connecting to the print server"));
        return Error{QStringLiteral("server-unreachable"),
                     Text::tr("Cannot reach the print server %1: %2")
                         .arg(m_access.uri, QString::fromUtf8(cupsLastErrorString()))};
    }
    setCredentials();
    return {};
}

// The credentials on every request of this verified connection.
void Connection::setCredentials()
{
    if (!m_access.bearer.isEmpty()) {
        QByteArray token = m_access.bearer;
        httpSetAuthString(m_http.get(), "Bearer", token.constData());
        token.fill('\0');
    } else if (!m_access.secret.isEmpty()) {
        const QByteArray userPass = m_access.user.toUtf8() + ':' + m_access.secret;
        QByteArray encoded = userPass.toBase64();
        httpSetAuthString(m_http.get(), "Basic", encoded.constData());
        encoded.fill('\0');
    }
}

// An idle connection the server closed (or wrote to: a TLS close_notify, a stray answer).
bool Connection::peerClosed() const
{
    const int fd = httpGetFd(m_http.get());
    if (fd < 0)
        return true;
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) != 0;
}

// cupsSendRequest reconnects on its own, and sends the credentials on the new connection at once,
// when the last answer said "Connection: close", when the connection is not idle, or when writing
// the request fails. Each of those reconnects is checked by m_check before anything goes out on
// it. The first two (and a connection the server closed while idle) are still caught here, so
// that the request goes on a connection reconnected and checked by us, not failed by the check.
Status Connection::ready()
{
    m_deadline.progress();
    const bool closeAsked =
        QByteArray(httpGetField(m_http.get(), HTTP_FIELD_CONNECTION)).compare("close", Qt::CaseInsensitive) ==
        0;
    if (!closeAsked && httpGetState(m_http.get()) == HTTP_STATE_WAITING && !peerClosed())
        return {};
    httpClearFields(m_http.get());
    return connect();
}

ipp_t *Connection::request(ipp_op_t op) const
{
    ipp_t *r = ippNewRequest(op);
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 m_access.uri.toUtf8().constData());
    ippAddString(r, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 m_access.user.toUtf8().constData());
    return r;
}

Error Connection::failure(const QString &what) const
{
    if (m_deadline.stopped)
        return Error{QStringLiteral("canceled"), Text::tr("%1: stopped.").arg(what)};
    if (!m_refusedPeer) // libcups reconnected inside the request, to a certificate we refuse
        return m_refusedPeer.error();
    if (m_deadline.stalled) {
        const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_deadline.stall).count());
        return Error{QStringLiteral("server-stalled"),
                     Text::tr("%1: the print server stopped answering (no progress for %n second(s)).",
                              nullptr, seconds)
                         .arg(what),
                     {{QStringLiteral("stall_seconds"), seconds}}};
    }
    const ipp_status_t status = cupsLastError();
    const QString said = QString::fromUtf8(cupsLastErrorString());
    const bool authRefused = status == IPP_STATUS_ERROR_NOT_AUTHENTICATED ||
                             status == IPP_STATUS_ERROR_CUPS_AUTHENTICATION_CANCELED;
    if (authRefused && !m_access.bearer.isEmpty())
        return Error{QStringLiteral("server-bearer-refused"),
                     Text::tr("The print server did not accept the sign-in's access token (%1). Sign in "
                              "again, or ask your administrator whether the server takes bearer tokens.")
                         .arg(said)};
    if (authRefused && m_access.secret.isEmpty())
        return Error{
            QStringLiteral("server-login-needed"),
            Text::tr("The print server needs your password: sign in with 'printvault-cli server login'.")};
    if (authRefused)
        return Error{QStringLiteral("server-auth-failed"),
                     Text::tr("The print server refused the password of %1. It is not tried again until you "
                              "sign in anew ('printvault-cli server login').")
                         .arg(m_access.user),
                     {{QStringLiteral("user"), m_access.user}}};
    // Authenticated, but not allowed: another user's job.
    if (status == IPP_STATUS_ERROR_FORBIDDEN || status == IPP_STATUS_ERROR_NOT_AUTHORIZED)
        return Error{QStringLiteral("server-forbidden"),
                     Text::tr("%1: the print server does not allow it (%2)").arg(what, said)};
    if (status == IPP_STATUS_ERROR_NOT_FOUND)
        return Error{QStringLiteral("not-found"), Text::tr("%1: %2").arg(what, said)};
    if (status >= IPP_STATUS_ERROR_INTERNAL || status == IPP_STATUS_ERROR_BUSY)
        return Error{QStringLiteral("server-unreachable"), Text::tr("%1: %2").arg(what, said)};
    return Error{QStringLiteral("server-refused"),
                 Text::tr("%1: %2").arg(what, said),
                 {{QStringLiteral("ipp_status"), QString::fromUtf8(ippErrorString(status))}}};
}

Result<Ipp> Connection::send(ipp_t *request, const QString &what)
{
    if (auto s = ready(); !s) {
        ippDelete(request);
        return s.error();
    }
    Ipp response(cupsDoRequest(m_http.get(), request, m_resource.constData()));
    if (response) { // an answer is believed only from the verified server
        if (auto trusted = verifyPeer(); !trusted)
            return trusted.error();
    }
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return failure(what);
    return Result<Ipp>(std::move(response));
}

QString text(ipp_t *ipp, const char *name)
{
    ipp_attribute_t *a = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    return a ? QString::fromUtf8(ippGetString(a, 0, nullptr)) : QString();
}

int number(ipp_t *ipp, const char *name, int absent)
{
    ipp_attribute_t *a = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    return a ? ippGetInteger(a, 0) : absent;
}

QString stateName(int state)
{
    switch (state) {
    case IPP_JSTATE_PENDING:
        return QStringLiteral("pending");
    case IPP_JSTATE_HELD:
        return QStringLiteral("held");
    case IPP_JSTATE_PROCESSING:
        return QStringLiteral("processing");
    case IPP_JSTATE_STOPPED:
        return QStringLiteral("stopped");
    case IPP_JSTATE_CANCELED:
        return QStringLiteral("canceled");
    case IPP_JSTATE_ABORTED:
        return QStringLiteral("aborted");
    default:
        return QStringLiteral("completed");
    }
}

const char *const JobAttributes[] = {"job-id",
                                     "job-name",
                                     "job-state",
                                     "job-hold-until",
                                     "job-originating-user-name",
                                     "number-of-documents",
                                     "job-impressions-completed",
                                     "job-impressions",
                                     "job-k-octets",
                                     "time-at-creation",
                                     "time-at-completed"};

void addJobAttributes(ipp_t *request)
{
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  int(std::size(JobAttributes)), nullptr, JobAttributes);
}

// Reads one job from the attributes of a Get-Jobs group or a Get-Job-Attributes answer.
ServerJob readJob(ipp_t *attrs)
{
    ServerJob job;
    job.id = number(attrs, "job-id", 0);
    const QString name = text(attrs, "job-name");
    static const QRegularExpression tokenRe(QStringLiteral("^(.*) #pv-([0-9a-f]{32})$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto m = tokenRe.match(name);
    job.name = m.hasMatch() ? m.captured(1) : name;
    job.token = m.hasMatch() ? m.captured(2) : QString();
    job.state = stateName(number(attrs, "job-state", IPP_JSTATE_COMPLETED));
    job.holdUntil = text(attrs, "job-hold-until");
    job.owner = text(attrs, "job-originating-user-name");
    job.documents = number(attrs, "number-of-documents", 0);
    job.impressionsCompleted = number(attrs, "job-impressions-completed", -1);
    job.kOctets = number(attrs, "job-k-octets", 0);
    job.impressions = number(attrs, "job-impressions", -1);
    const int created = number(attrs, "time-at-creation", 0);
    if (created > 0)
        job.created = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
    const int completed = number(attrs, "time-at-completed", 0);
    if (completed > 0)
        job.completed = QDateTime::fromSecsSinceEpoch(completed, Qt::UTC);
    return job;
}

Status sendDocument(Connection &c, int jobId, const UploadRequest &r)
{
    if (auto s = c.ready(); !s)
        return s;
    ipp_t *request = c.request(IPP_OP_SEND_DOCUMENT);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, "application/pdf");
    ippAddBoolean(request, IPP_TAG_OPERATION, "last-document", 1);
    const qint64 total = r.document->size();
    const http_status_t started =
        cupsSendRequest(c.http(), request, c.resource().constData(), ippLength(request) + size_t(total));
    ippDelete(request);
    if (started != HTTP_STATUS_CONTINUE)
        return c.failure(Text::tr("The print server did not take the document"));
    // cupsSendRequest may have reconnected by itself: the document goes only to the verified server.
    if (auto trusted = c.verifyPeer(); !trusted)
        return trusted.error();
    QByteArray chunk(int(ChunkBytes), Qt::Uninitialized);
    qint64 sent = 0;
    while (sent < total) {
        if (c.interrupted())
            return Error{QStringLiteral("canceled"), Text::tr("The upload was stopped.")};
        const qint64 n = r.document->read(chunk.data(), qMin<qint64>(ChunkBytes, total - sent));
        if (n <= 0)
            return Error{
                QStringLiteral("vault-unreadable"),
                Text::tr("The document cannot be read from the vault: %1").arg(r.document->errorString())};
        c.progress();
        if (cupsWriteRequestData(c.http(), chunk.constData(), size_t(n)) != HTTP_STATUS_CONTINUE) {
            const Error why = c.failure(Text::tr("The upload broke off"));
            if (why.code == QLatin1String("server-stalled") || why.code == QLatin1String("canceled"))
                return why;
            return Error{QStringLiteral("server-unreachable"),
                         Text::tr("The connection to the print server broke during the upload: %1")
                             .arg(QString::fromUtf8(cupsLastErrorString()))};
        }
        sent += n;
        if (r.progress)
            r.progress(sent, total);
    }
    c.progress();
    Ipp response(cupsGetResponse(c.http(), c.resource().constData()));
    if (response) { // an answer is believed only from the verified server
        if (auto trusted = c.verifyPeer(); !trusted)
            return trusted.error();
    }
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return c.failure(Text::tr("The print server refused the document"));
    return {};
}

// Create-Job, held indefinitely, named with the token; returns the server's job-id.
Result<int> createJob(Connection &c, const UploadRequest &r)
{
    ipp_t *create = c.request(IPP_OP_CREATE_JOB);
    ippAddString(create, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr,
                 jobNameFor(r.title, r.token).toUtf8().constData());
    if (r.impressions > 0)
        ippAddInteger(create, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-impressions", r.impressions);
    ippAddString(create, IPP_TAG_JOB, IPP_TAG_KEYWORD, "job-hold-until", nullptr, "indefinite");
    if (r.copies > 1)
        ippAddInteger(create, IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", r.copies);
    if (!r.sides.isEmpty())
        ippAddString(create, IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, r.sides.toUtf8().constData());
    auto created = c.send(create, Text::tr("The print server refused the job"));
    if (!created)
        return created.error();
    const int jobId = number(created->get(), "job-id", 0);
    if (jobId <= 0)
        return Error{QStringLiteral("server-refused"), Text::tr("The print server gave the job no ID.")};
    return jobId;
}

} // namespace

bool serverAway(const QString &code)
{
    return code == QLatin1String("server-unreachable") || code == QLatin1String("server-stalled");
}

QString jobNameFor(const QString &title, const QString &token)
{
    // job-name is name(MAX): 255 octets in all, so the title is cut to leave room for the token.
    QString t = title.isEmpty() ? QStringLiteral("PrintVault job") : title;
    while (t.toUtf8().size() > 200)
        t.chop(1);
    return t + QStringLiteral(" #pv-") + token;
}

Result<ServerJob> upload(const ServerAccess &access, const UploadRequest &r)
{
    Connection c(access);
    c.setCancel(r.cancel);
    if (auto s = c.open(); !s)
        return s.error();
    int jobId = r.existingJobId;
    if (jobId <= 0) {
        auto created = createJob(c, r);
        if (!created)
            return created.error();
        jobId = created.value();
    }
    if (auto s = sendDocument(c, jobId, r); !s) {
        // This connection may be in the middle of the document's body: it is reset, never
        // closed in order, which would end the body early and can leave Debian 12's cupsd
        // spinning on a part-sent TLS record (docs/server-setup.md).
        c.abandon();
        // An empty job would wait on the server until its time-out: cancel it now if the server
        // answers (the token check before the next try catches it otherwise), on a new
        // connection. Not when the server is gone or stalled (it would not answer either), nor
        // while the daemon stops.
        if (!serverAway(s.error().code) && !(access.stopping && access.stopping->load()))
            (void)cancelJob(access, jobId);
        return s.error();
    }
    // The server's word that it holds the job, with its document, before the local copy goes.
    ipp_t *get = c.request(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddInteger(get, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    addJobAttributes(get);
    auto held = c.send(get, Text::tr("The print server lost the job"));
    if (!held)
        return held.error();
    return readJob(held->get());
}

Result<QList<ServerJob>> listJobs(const ServerAccess &access, bool all)
{
    Connection c(access);
    if (auto s = c.open(); !s)
        return s.error();
    ipp_t *request = c.request(IPP_OP_GET_JOBS);
    ippAddBoolean(request, IPP_TAG_OPERATION, "my-jobs", 1);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr,
                 all ? "all" : "not-completed");
    addJobAttributes(request);
    auto response = c.send(request, Text::tr("The print server did not list the jobs"));
    if (!response)
        return response.error();
    // One job per group: the attributes between two separators.
    QList<ServerJob> jobs;
    Ipp group(ippNew());
    const auto flush = [&]() {
        if (ippFindAttribute(group.get(), "job-id", IPP_TAG_INTEGER))
            jobs.append(readJob(group.get()));
        group.reset(ippNew());
    };
    for (ipp_attribute_t *a = ippFirstAttribute(response->get()); a; a = ippNextAttribute(response->get())) {
        if (ippGetGroupTag(a) != IPP_TAG_JOB || !ippGetName(a)) {
            flush();
            continue;
        }
        ippCopyAttribute(group.get(), a, 0);
    }
    flush();
    return jobs;
}

Result<ServerJob> jobAttributes(const ServerAccess &access, int jobId)
{
    Connection c(access);
    if (auto s = c.open(); !s)
        return s.error();
    ipp_t *request = c.request(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    addJobAttributes(request);
    auto response = c.send(request, Text::tr("The print server does not know the job"));
    if (!response)
        return response.error();
    return readJob(response->get());
}

namespace {

Status jobOperation(const ServerAccess &access, ipp_op_t op, int jobId, const QString &what)
{
    Connection c(access);
    if (auto s = c.open(); !s)
        return s;
    ipp_t *request = c.request(op);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    auto response = c.send(request, what);
    return response ? Status() : Status(response.error());
}

} // namespace

Status releaseJob(const ServerAccess &access, int jobId)
{
    return jobOperation(access, IPP_OP_RELEASE_JOB, jobId,
                        Text::tr("The print server did not release the job"));
}

Status cancelJob(const ServerAccess &access, int jobId)
{
    return jobOperation(access, IPP_OP_CANCEL_JOB, jobId,
                        Text::tr("The print server did not cancel the job"));
}

Result<ServerQuota> queueQuota(const ServerAccess &access)
{
    Connection c(access);
    if (auto s = c.open(); !s)
        return s.error();
    static const char *const wanted[] = {"job-quota-period", "job-page-limit", "job-k-limit"};
    ipp_t *request = c.request(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(std::size(wanted)),
                  nullptr, wanted);
    auto response = c.send(request, Text::tr("The print server did not describe the queue"));
    if (!response)
        return response.error();
    ServerQuota q;
    q.periodSeconds = number(response->get(), "job-quota-period", 0);
    q.pageLimit = number(response->get(), "job-page-limit", 0);
    q.kLimit = number(response->get(), "job-k-limit", 0);
    return q;
}

Result<ServerQuota> quotaWithUsage(const ServerAccess &access, const QDateTime &now)
{
    auto quota = queueQuota(access);
    if (!quota)
        return quota;
    ServerQuota q = quota.value();
    q.asOf = now.toUTC();
    if (!q.limited())
        return q;
    auto jobs = listJobs(access, true);
    if (!jobs)
        return jobs.error();
    // CUPS counts a period back from now (job-quota-period seconds; 0: all time), over the jobs
    // that printed: here their completed impressions and their size.
    const QDateTime since = q.periodSeconds > 0 ? q.asOf.addSecs(-q.periodSeconds) : QDateTime();
    for (const ServerJob &j : jobs.value()) {
        if (j.state != QLatin1String("completed") || (since.isValid() && j.completed < since))
            continue;
        q.pagesUsed += qMax(0, j.impressionsCompleted);
        q.kUsed += j.kOctets;
        q.counted.append({j.completed, qMax(0, j.impressionsCompleted)});
    }
    return q;
}

} // namespace pv::server
