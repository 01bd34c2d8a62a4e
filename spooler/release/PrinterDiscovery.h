#pragma once

#include <QList>
#include <QString>

// Finding printers to release to: the queues CUPS knows and, where a DNS-SD daemon (Avahi)
// runs, the IPP printers that announce themselves on the network. libcups' cupsEnumDests
// blocks: call from a worker thread.
namespace pv::release {

struct DiscoveredPrinter
{
    QString name;
    QString uri; // ipp:// or ipps://, ready for printers.add
    QString location;
    QString makeAndModel;
    bool network = false; // announced over DNS-SD, rather than a local CUPS queue
};

struct Discovery
{
    QList<DiscoveredPrinter> printers;
    bool dnssd = false; // a DNS-SD daemon answered
    QString message;    // for people, when something limits what was found
};

Discovery discoverPrinters(int timeoutMs);

} // namespace pv::release
