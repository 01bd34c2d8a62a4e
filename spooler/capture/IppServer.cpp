// Threads: start(), stop() and the setters on the daemon's main thread; acceptLoop() on the
// accept thread; serve() on one thread per connection; converted() on conversion threads.
// Everything they share lives in IppPrinter (thread-safe) or is guarded by m_mutex.
#include "capture/IppServer.h"

#include "capture/IppClientConnection.h"
#include "capture/IppEvents.h"
#include "common/Logging.h"
#include "common/SecureFiles.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cups/cups.h>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace pv {

namespace {

Error listenError(const QString &where)
{
    return Error{QStringLiteral("busy"),
                 QCoreApplication::translate("pv::capture", "cannot listen for IPP on %1: %2")
                     .arg(where, QString::fromLocal8Bit(strerror(errno)))};
}

// Only the socket's owner may hand in jobs: the 0600 socket in a 0700 folder already says so,
// and the kernel's peer credentials confirm it. Not even root: CUPS's printvault backend drops
// to the job's owner before it connects, so a backend that kept root is refused here.
bool peerAllowed(int fd)
{
    struct ucred cred = {};
    socklen_t length = sizeof cred;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0)
        return false;
    return cred.uid == getuid();
}

} // namespace

IppServer::IppServer(IppServerOptions options, Vault *vault, CaptureService *capture, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_vault(vault)
    , m_conversion(std::make_unique<ProcessConversion>(vault, capture, m_options.limits))
    , m_printer(std::make_unique<IppPrinter>(m_options.name, m_options.intake))
{
    m_printer->vault = vault;
    m_printer->conversion = m_conversion.get();
    m_printer->owner = m_options.owner;
    m_printer->identify = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message]() { Q_EMIT identifyRequested(message); }, Qt::QueuedConnection);
    };
    m_printer->convert = [this](int jobId, ConversionTask task) {
        convert(jobId, std::move(task));
    };
    m_printer->setPaused = [this](bool paused) {
        setHoldingPaused(paused);
    };
    m_printer->setAccepting = [this](bool accepting) {
        setAcceptingJobs(accepting);
        QMetaObject::invokeMethod(
            this, [this, accepting]() { Q_EMIT acceptingRequested(accepting); }, Qt::QueuedConnection);
    };
    IppPrinter *printer = m_printer.get();
    m_printer->jobs.setObserver([printer](const CaptureJob *before, const CaptureJob &after) {
        ippevent::jobChanged(printer, before, after);
    });
}

IppServer::~IppServer()
{
    stop();
}

QString IppServer::uri() const
{
    return QStringLiteral("ipp://%1/ipp/print")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_options.socketPath)));
}

QString IppServer::tcpUri() const
{
    return m_options.tcpPort > 0 ? QStringLiteral("ipp://localhost:%1/ipp/print").arg(m_options.tcpPort)
                                 : QString();
}

Status IppServer::start()
{
    // Up-time counts from here, before any client can ask.
    m_printer->state.started = time(nullptr);
    m_printer->state.stateChanged = m_printer->state.started;
    m_printer->stopping = false;
    if (auto s = listenOnSocket(); !s)
        return s;
    if (m_options.tcpPort > 0) {
        if (auto s = listenOnTcp(); !s) {
            stop();
            return s;
        }
    }
    if (pipe2(m_wake, O_CLOEXEC) != 0) {
        stop();
        return listenError(m_options.socketPath);
    }
    resumeIncoming();
    m_acceptThread = std::thread([this]() { acceptLoop(); });
    qCInfo(lcIpp) << "virtual printer listening at" << uri()
                  << (m_options.tcpPort > 0 ? tcpUri() : QString());
    return {};
}

Status IppServer::listenOnSocket()
{
    if (auto s = files::ensurePrivateDir(QFileInfo(m_options.socketPath).absolutePath()); !s)
        return s;
    if (m_options.inheritedFd >= 0) {
        m_listeners.push_back({m_options.inheritedFd, uri(), true, true});
        return {};
    }
    const QByteArray path = QFile::encodeName(m_options.socketPath);
    struct sockaddr_un addr = {};
    addr.sun_family = AF_LOCAL;
    if (size_t(path.size()) >= sizeof addr.sun_path)
        return Error{QStringLiteral("busy"),
                     QCoreApplication::translate("pv::capture", "the socket path %1 is too long")
                         .arg(m_options.socketPath)};
    memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    const int fd = socket(AF_LOCAL, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return listenError(m_options.socketPath);
    ::unlink(path.constData()); // a socket the last run left; the instance lock says it is ours
    // 0600 from the first moment: bind under fchmod'ed permissions is not possible for
    // sockets, so the folder (0700) keeps others out until the chmod.
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        chmod(path.constData(), 0600) != 0 || listen(fd, 64) != 0) {
        const Error e = listenError(m_options.socketPath);
        ::close(fd);
        return e;
    }
    m_listeners.push_back({fd, uri(), true});
    return {};
}

Status IppServer::listenOnTcp()
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(m_options.tcpPort));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(fd, 64) != 0) {
        const Error e = listenError(QStringLiteral("127.0.0.1:%1").arg(m_options.tcpPort));
        if (fd >= 0)
            ::close(fd);
        return e;
    }
    m_listeners.push_back({fd, tcpUri(), false});
    return {};
}

// Documents acknowledged by the last run and not yet held: converted now, under their IPP job.
void IppServer::resumeIncoming()
{
    auto incoming = m_vault->incoming();
    if (!incoming) {
        qCWarning(lcIpp).noquote() << "cannot resume acknowledged jobs:" << incoming.error().message;
        return;
    }
    for (const auto &[id, json] : incoming.value()) {
        auto ticket = CaptureTicket::fromJson(json);
        if (!ticket || ticket->ippJobId <= 0)
            continue; // not printed: a document submitted through the local API (SubmitIntake)
        CaptureJob job;
        job.id = ticket->ippJobId;
        job.name = ticket->request.title;
        job.user = ticket->request.owner;
        job.format = ticket->format;
        job.draftId = id;
        job.state = IPP_JSTATE_PROCESSING;
        job.created = job.processing = time(nullptr);
        job.hasDocument = true;
        m_printer->jobs.restore(job);
        convert(job.id, ConversionTask{id, ticket.value(), {}});
    }
    if (!incoming->isEmpty())
        qCInfo(lcIpp) << incoming->size() << "acknowledged job(s) of the last run are being held";
}

void IppServer::acceptLoop()
{
    std::vector<pollfd> fds;
    for (const Listener &l : m_listeners)
        fds.push_back({l.fd, POLLIN, 0});
    fds.push_back({m_wake[0], POLLIN, 0});
    while (!m_printer->stopping) {
        // Wakes at least once a second for jobs that wait too long for their document.
        if (poll(fds.data(), nfds_t(fds.size()), 1000) < 0 && errno != EINTR)
            break;
        abortWaitingJobs();
        for (size_t i = 0; i < m_listeners.size(); ++i) {
            if (fds[i].revents & POLLIN)
                accept(m_listeners[i]);
        }
    }
}

void IppServer::accept(const Listener &listener)
{
    http_t *http = httpAcceptConnection(listener.fd, 1);
    if (!http)
        return;
    if (listener.local && !peerAllowed(httpGetFd(http))) {
        qCWarning(lcIpp) << "refused a connection from another account";
        httpClose(http);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_connections.insert(httpGetFd(http));
    std::thread([this, http, uri = listener.printerUri]() { serve(http, uri); }).detach();
}

void IppServer::serve(http_t *http, QString printerUri)
{
    const int fd = httpGetFd(http);
    {
        IppClientConnection connection(http, m_printer.get(), std::move(printerUri));
        connection.run();
    }
    std::lock_guard lock(m_mutex);
    m_connections.erase(fd);
    m_connectionsDone.notify_all();
}

// multiple-operation-time-out: a job created without its document is aborted once it expires.
void IppServer::abortWaitingJobs()
{
    const QList<int> aborted =
        m_printer->jobs.abortWaiting(time(nullptr), m_printer->attributes.limits().waitForDocument);
    for (int id : aborted)
        qCInfo(lcIpp) << "IPP job" << id << "aborted: no document within the multiple-operation-time-out";
}

void IppServer::setHoldingPaused(bool paused)
{
    std::vector<std::pair<int, ConversionTask>> resumed;
    {
        std::lock_guard lock(m_mutex);
        if (!paused)
            resumed.swap(m_deferred);
    }
    for (auto &[jobId, task] : resumed)
        convert(jobId, std::move(task));
}

void IppServer::convert(int jobId, ConversionTask task)
{
    if (m_printer->state.paused) {
        std::lock_guard lock(m_mutex);
        if (m_printer->state.paused) {
            m_deferred.emplace_back(jobId, std::move(task));
            return;
        }
    }
    IppPrinter *printer = m_printer.get();
    // A job no longer listed was purged (Purge-Jobs), which cancels it.
    task.abandoned = [printer, jobId]() {
        const auto job = printer->jobs.find(jobId);
        return !job || job->state == IPP_JSTATE_CANCELED;
    };
    m_conversion->submit(std::move(task),
                         [this, jobId](const ConversionTask &t, const Result<JobRecord> &outcome) {
                             converted(jobId, t, outcome);
                         });
}

// A conversion thread: the job is held, or aborted with the reason. Its incoming document goes
// once held, or refused for its own fault; otherwise it is converted at the next start.
void IppServer::converted(int jobId, const ConversionTask &task, const Result<JobRecord> &outcome)
{
    if (!outcome && outcome.error().code == QLatin1String("shutting-down"))
        return;
    if (outcome || !keepIncomingAfter(outcome.error()))
        m_vault->removeIncoming(task.draftId);
    m_printer->jobs.update(jobId, [&](CaptureJob &j) {
        j.completed = time(nullptr);
        if (outcome) {
            j.state = IPP_JSTATE_COMPLETED;
            j.reason = QStringLiteral("job-completed-successfully");
            j.impressions = outcome->info.pages;
            j.bytes = outcome->size;
            // The job-state-message that the print dialog and lpstat show the user.
            j.message =
                QCoreApplication::translate("pv::capture", "Held in PrintVault as job %1 (%n page(s))",
                                            nullptr, outcome->info.pages)
                    .arg(outcome->id.left(8));
        } else if (j.state != IPP_JSTATE_CANCELED) {
            j.state = IPP_JSTATE_ABORTED;
            j.reason = outcome.error().code == QLatin1String("bad-document")
                           ? QStringLiteral("document-format-error")
                           : QStringLiteral("aborted-by-system");
            j.message = outcome.error().message;
        }
    });
    if (outcome)
        qCInfo(lcIpp) << "IPP job" << jobId << "is held as" << outcome->id;
    else
        qCInfo(lcIpp) << "IPP job" << jobId << "aborted:" << outcome.error().code;
}

void IppServer::setVaultLevel(int percentFree)
{
    m_printer->state.vaultLevel = percentFree < 0 ? -1 : qMin(percentFree, 100); // -1: unknown
}

void IppServer::setAcceptingJobs(bool accepting)
{
    if (m_printer->state.accepting.exchange(accepting) == accepting)
        return;
    m_printer->state.stateChanged = time(nullptr);
    ippevent::printerChanged(m_printer.get(),
                             accepting ? QCoreApplication::translate("pv::capture", "Capture resumed.")
                                       : QCoreApplication::translate("pv::capture", "Capture paused."));
}

void IppServer::stop()
{
    m_printer->stopping = true;
    if (m_acceptThread.joinable()) {
        const char wake = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &wake, 1);
        m_acceptThread.join();
    }
    {
        // Connections blocked in a read end at once; the others notice `stopping` within 200 ms.
        std::unique_lock lock(m_mutex);
        for (int fd : m_connections)
            ::shutdown(fd, SHUT_RDWR);
        m_connectionsDone.wait(lock, [this]() { return m_connections.empty(); });
    }
    m_conversion->stop();
    for (const Listener &l : m_listeners) {
        ::close(l.fd);
        if (l.local && !l.inherited)
            ::unlink(QFile::encodeName(m_options.socketPath).constData());
    }
    m_listeners.clear();
    for (int &fd : m_wake) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace pv
