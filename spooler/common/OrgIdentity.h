#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace pv {

// The organisational identity of a job's owner, beside the local account, when the user was
// signed in to the organisation's provider (signin/): who they are there, for jobs, the usage
// ledger and the MFP job list. Empty when nobody was signed in.
struct OrgIdentity
{
    QString issuer;
    QString subject;
    QString name;
    bool isEmpty() const { return subject.isEmpty(); }
};

// {"issuer", "subject", "name"}, or null when empty: the form of every wire (snake_case).
[[nodiscard]] QJsonValue orgIdentityJson(const OrgIdentity &identity);
// The sealed form in the vault index and the ledger: the same JSON, compact.
[[nodiscard]] QByteArray orgIdentityBytes(const OrgIdentity &identity);
[[nodiscard]] OrgIdentity orgIdentityFromBytes(const QByteArray &bytes);

} // namespace pv
