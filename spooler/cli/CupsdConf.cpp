#include "cli/CupsdConf.h"

#include <QRegularExpression>
#include <QStringList>

namespace pv::cli {

namespace {

const QLatin1String BeginMarker("# BEGIN printvault (printvault-cli install-printer; uninstall-printer "
                                "removes this block)");
const QLatin1String EndMarker("# END printvault");
const QLatin1String DisabledPrefix("#printvault-disabled# ");

// CUPS keeps every printed document in plaintext for a day by default; the vault holds them
// now, encrypted, so CUPS may drop its copy as soon as the job is complete.
// The job's user is the account that printed: on the local socket CUPS takes it from the
// peer credentials (no prompt), and `lp -U someone-else` is refused, even for root.
const char *const Block =
    R"(# PrintVault holds every job encrypted; CUPS keeps no plaintext copy once a job is done.
PreserveJobFiles No
# The "PrintVault" queue's policy: every job's owner is the account CUPS authenticated.
<Policy printvault>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job>
    AuthType Default
    Require valid-user
    Order deny,allow
  </Limit>
  <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications Reprocess-Job Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job CUPS-Move-Job CUPS-Get-Document>
    AuthType Default
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class CUPS-Set-Default CUPS-Get-Devices>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Pause-Printer Resume-Printer Enable-Printer Disable-Printer Pause-Printer-After-Current-Job Hold-New-Jobs Release-Held-New-Jobs Deactivate-Printer Activate-Printer Restart-Printer Shutdown-Printer Startup-Printer Promote-Job Schedule-Job-After Cancel-Jobs CUPS-Accept-Jobs CUPS-Reject-Jobs>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Cancel-Job CUPS-Authenticate-Job>
    AuthType Default
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
)";

bool isDirective(const QString &line, const char *name)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String(name), Qt::CaseInsensitive) &&
           (t.size() == int(qstrlen(name)) || t.at(int(qstrlen(name))).isSpace());
}

} // namespace

CupsdConfEdit withPrintVault(const QString &conf)
{
    CupsdConfEdit edit;
    if (conf.contains(BeginMarker)) {
        edit.text = conf;
        return edit; // installed before: nothing to add
    }
    static const QRegularExpression policy(QStringLiteral("^\\s*<Policy\\s+printvault\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    const bool ownPolicy = policy.match(conf).hasMatch();
    QStringList lines = conf.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int depth = 0; // PreserveJobFiles is a top-level directive
    for (QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("</")))
            --depth;
        else if (t.startsWith(QLatin1Char('<')))
            ++depth;
        else if (depth == 0 && isDirective(line, "PreserveJobFiles"))
            line = DisabledPrefix + line;
    }
    QString block = QString::fromUtf8(Block);
    if (ownPolicy) // the administrator's own policy of that name stays the one in force
        block = block.left(block.indexOf(QLatin1String("# The \"PrintVault\" queue's policy")));
    lines << BeginMarker << block.trimmed() << EndMarker;
    edit.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    edit.changed = true;
    edit.policyAdded = !ownPolicy;
    return edit;
}

CupsdConfEdit withoutPrintVault(const QString &conf)
{
    CupsdConfEdit edit;
    QStringList out;
    bool inBlock = false;
    const QStringList lines = conf.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line == BeginMarker) {
            inBlock = edit.changed = true;
        } else if (inBlock) {
            inBlock = line != EndMarker;
        } else if (line.startsWith(DisabledPrefix)) {
            out << line.mid(DisabledPrefix.size());
            edit.changed = true;
        } else {
            out << line;
        }
    }
    edit.text = out.join(QLatin1Char('\n'));
    return edit;
}

} // namespace pv::cli
