#include "release/PrinterDiscovery.h"

#include "common/Logging.h"

#include <QFileInfo>

#include <cups/cups.h>

namespace pv::release {

namespace {

// Avahi's client library talks to the daemon over this socket; without it, libcups finds no
// network printers and says nothing about why.
bool dnssdAvailable()
{
    return QFileInfo::exists(QStringLiteral("/run/avahi-daemon/socket")) ||
           QFileInfo::exists(QStringLiteral("/var/run/avahi-daemon/socket"));
}

QString option(const cups_dest_t *dest, const char *name)
{
    return QString::fromUtf8(cupsGetOption(name, dest->num_options, dest->options));
}

// How libcups names a printer it found over DNS-SD: by its service, not an address, as
// dnssd://NAME._ipp._tcp.local/ (CUPS 2.2) or ipps://NAME._ipps._tcp.local/ (CUPS 2.3 on).
bool isServiceUri(const QString &uri)
{
    // Not parsed as a URL: the service name's "%20"s make it an invalid host for QUrl.
    const qsizetype start = uri.indexOf(QLatin1String("://"));
    const QString host = start < 0 ? QString() : uri.mid(start + 3).section(QLatin1Char('/'), 0, 0);
    return uri.startsWith(QLatin1String("dnssd://")) || host.contains(QLatin1String("._tcp"));
}

struct Collector
{
    QList<DiscoveredPrinter> printers;
};

int collect(void *data, unsigned flags, cups_dest_t *dest)
{
    if (flags & CUPS_DEST_FLAGS_REMOVED)
        return 1;
    auto *c = static_cast<Collector *>(data);
    DiscoveredPrinter p;
    p.name = QString::fromUtf8(dest->name);
    p.location = option(dest, "printer-location");
    p.makeAndModel = option(dest, "printer-make-and-model");
    // A CUPS queue is released to through CUPS; a network printer at the address it announced.
    const QString queueUri = option(dest, "printer-uri-supported");
    const QString deviceUri = option(dest, "device-uri");
    p.network = queueUri.isEmpty() && isServiceUri(deviceUri);
    if (p.network) {
        // Its dest is named after its service, made safe ("Lab_Printer"); the service's name is
        // the one the printer gives itself.
        if (const QString info = option(dest, "printer-info"); !info.isEmpty())
            p.name = info;
        // Resolving the service needs a connection to the printer itself (not to CUPS); libcups
        // then records the address it reached.
        if (http_t *http =
                cupsConnectDest(dest, CUPS_DEST_FLAGS_DEVICE, 5000, nullptr, nullptr, 0, nullptr, nullptr))
            httpClose(http);
        const QString resolved = option(dest, "resolved-device-uri");
        const QString device = resolved.isEmpty() ? option(dest, "device-uri") : resolved;
        p.uri = isServiceUri(device) ? QString() : device;
    } else {
        p.uri = queueUri;
    }
    if (!p.uri.startsWith(QLatin1String("ipp://")) && !p.uri.startsWith(QLatin1String("ipps://")))
        return 1; // nothing this workstation can send to
    c->printers.append(p);
    return 1;
}

} // namespace

Discovery discoverPrinters(int timeoutMs)
{
    Discovery d;
    d.dnssd = dnssdAvailable();
    Collector collector;
    int cancel = 0;
    cupsEnumDests(CUPS_DEST_FLAGS_NONE, timeoutMs, &cancel, 0, 0, &collect, &collector);
    d.printers = collector.printers;
    if (!d.dnssd)
        d.message = QStringLiteral("no DNS-SD service (avahi-daemon) is running, so only printers CUPS knows "
                                   "are listed; add others by their address");
    qCInfo(lcRelease) << "discovery found" << d.printers.size() << "printer(s); DNS-SD" << d.dnssd;
    return d;
}

} // namespace pv::release
