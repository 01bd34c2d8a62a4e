// The local API's printer methods (docs/local-api.md): saved printers, discovery and the
// certificates of IPPS printers. Printers are asked on a worker; answers come back on the
// main thread, where the store is used.
#include "release/PrinterMethods.h"

#include "common/Logging.h"
#include "release/PrinterDiscovery.h"
#include "release/PrinterStore.h"
#include "release/PrinterTrust.h"
#include "release/RawSocket.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

namespace pv::release {

namespace {

// A name for a printer added without one: its host, which is what people call it by.
QString defaultName(const QString &uri, const PrinterCapabilities &caps)
{
    if (!caps.name.isEmpty())
        return caps.name;
    return QUrl(uri).host();
}

Error badRequest(const QString &message)
{
    return Error{QStringLiteral("bad-request"), message};
}

} // namespace

void addPrinterMethods(localapi::MethodRegistry &methods, PrinterStore *store, PrinterTrust *trust,
                       QThreadPool *workers, QObject *context)
{
    // Asks the printer on a worker, then saves what it said on the main thread.
    const auto probeAndSave = [store, trust, workers, context](QString name, QString uri,
                                                               localapi::MethodReply done) {
        QPointer<QObject> guard(context);
        workers->start([guard, store, trust, name, uri, done]() {
            // A raw socket printer cannot be asked: it is saved if it answers at all.
            Result<PrinterCapabilities> caps = Error{};
            if (uri.startsWith(QLatin1String("socket://"))) {
                const Status reachable = probeRaw(uri);
                caps = reachable ? Result<PrinterCapabilities>(rawCapabilities()) : reachable.error();
            } else {
                caps = queryPrinter(uri, trust);
            }
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [store, name, uri, caps, done]() {
                    if (!caps) {
                        done(caps.error());
                        return;
                    }
                    SavedPrinter p{name.isEmpty() ? defaultName(uri, caps.value()) : name, uri, caps.value(),
                                   QDateTime::currentDateTimeUtc()};
                    if (auto s = store->save(p); !s) {
                        done(s.error());
                        return;
                    }
                    qCInfo(lcRelease) << "saved printer" << p.uri;
                    done(QJsonObject{{QStringLiteral("printer"), printerToJson(p)}});
                },
                Qt::QueuedConnection);
        });
    };

    methods.add(QStringLiteral("printers.discover"), {},
                [workers, context](const QJsonObject &p, localapi::MethodReply done) {
                    const int timeoutMs =
                        qBound(500, p.value(QStringLiteral("timeout_ms")).toInt(3000), 30000);
                    QPointer<QObject> guard(context);
                    workers->start([guard, timeoutMs, done]() {
                        const Discovery found = discoverPrinters(timeoutMs);
                        if (!guard)
                            return;
                        QMetaObject::invokeMethod(
                            guard.data(),
                            [found, done]() {
                                QJsonArray list;
                                for (const DiscoveredPrinter &d : found.printers) {
                                    list.append(QJsonObject{
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("uri"), d.uri},
                                        {QStringLiteral("location"), d.location},
                                        {QStringLiteral("make_and_model"), d.makeAndModel},
                                        {QStringLiteral("source"),
                                         d.network ? QStringLiteral("dnssd") : QStringLiteral("cups")}});
                                }
                                done(QJsonObject{{QStringLiteral("printers"), list},
                                                 {QStringLiteral("dnssd"), found.dnssd},
                                                 {QStringLiteral("message"), found.message}});
                            },
                            Qt::QueuedConnection);
                    });
                });
    methods.add(QStringLiteral("printers.list"), {},
                [store](const QJsonObject &, localapi::MethodReply done) {
                    QJsonArray list;
                    for (const SavedPrinter &p : store->list())
                        list.append(printerToJson(p));
                    done(QJsonObject{{QStringLiteral("printers"), list}});
                });
    methods.add(
        QStringLiteral("printers.add"), {}, [probeAndSave](const QJsonObject &p, localapi::MethodReply done) {
            const QString uri = p.value(QStringLiteral("uri")).toString().trimmed();
            const QString name = p.value(QStringLiteral("name")).toString().trimmed();
            const QUrl url(uri);
            const QStringList schemes{QStringLiteral("ipp"), QStringLiteral("ipps"),
                                      QStringLiteral("socket")};
            if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme())) {
                done(badRequest(
                    QStringLiteral("'%1' is not an ipp://, ipps:// or socket:// printer URI").arg(uri)));
                return;
            }
            probeAndSave(name, uri, std::move(done));
        });
    methods.add(QStringLiteral("printers.refresh"), {},
                [store, probeAndSave](const QJsonObject &p, localapi::MethodReply done) {
                    const auto saved = store->find(p.value(QStringLiteral("name")).toString());
                    if (!saved) {
                        done(Error{QStringLiteral("not-found"),
                                   QCoreApplication::translate("pv::release", "no such saved printer")});
                        return;
                    }
                    probeAndSave(saved->name, saved->uri, std::move(done));
                });
    // The user accepts the certificate an ipps:// printer shows now, replacing the pinned one.
    methods.add(QStringLiteral("printers.trust"), {},
                [store, trust, workers, context](const QJsonObject &p, localapi::MethodReply done) {
                    QString uri = p.value(QStringLiteral("printer")).toString();
                    if (const auto saved = store->find(uri))
                        uri = saved->uri;
                    const QUrl url(uri);
                    if (url.scheme() != QLatin1String("ipps") || url.host().isEmpty()) {
                        done(badRequest(
                            QStringLiteral("'%1' is neither a saved printer nor an ipps:// URI").arg(uri)));
                        return;
                    }
                    const QString hostPort = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(631));
                    QPointer<QObject> guard(context);
                    workers->start([guard, trust, uri, hostPort, done]() {
                        Result<QString> presented = presentedCertificate(uri);
                        if (!guard)
                            return;
                        QMetaObject::invokeMethod(
                            guard.data(),
                            [trust, hostPort, presented, done]() {
                                if (!presented) {
                                    done(presented.error());
                                    return;
                                }
                                if (auto s = trust->pin(hostPort, presented.value()); !s) {
                                    done(s.error());
                                    return;
                                }
                                qCInfo(lcRelease).noquote()
                                    << "the user accepted the certificate of" << hostPort;
                                done(QJsonObject{{QStringLiteral("printer"), hostPort},
                                                 {QStringLiteral("fingerprint_sha256"),
                                                  fingerprintText(presented.value())}});
                            },
                            Qt::QueuedConnection);
                    });
                });
    methods.add(QStringLiteral("printers.remove"), {},
                [store](const QJsonObject &p, localapi::MethodReply done) {
                    const QString name = p.value(QStringLiteral("name")).toString();
                    if (auto s = store->remove(name); !s) {
                        done(s.error());
                        return;
                    }
                    done(QJsonObject{{QStringLiteral("name"), name}});
                });
}

} // namespace pv::release
