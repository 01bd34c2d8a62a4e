#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <sys/types.h>

namespace pv::test {

// A real local account for tests that need two users (CI runs as root): made with useradd,
// removed with userdel when destroyed, whatever the test's outcome. Its processes run through
// `runuser -u NAME --`, and it gets a D-Bus session bus and an unlocked gnome-keyring of its
// own (as tests/with-keyring.sh gives the test itself), stopped by PID.
class LocalAccount
{
public:
    // name: at most 32 characters; an account of that name left by a crashed run is removed.
    explicit LocalAccount(const QString &name);
    ~LocalAccount();
    LocalAccount(const LocalAccount &) = delete;
    LocalAccount &operator=(const LocalAccount &) = delete;

    bool isValid() const { return m_uid != 0; }
    QString name() const { return m_name; }
    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }

    // Starts the session bus and the keyring with env (HOME, XDG_* of the account); returns the
    // bus address to put in DBUS_SESSION_BUS_ADDRESS, empty on failure.
    QString startSession(const QProcessEnvironment &env);
    // Runs program as the account with env; returns its exit code, output in *out (merged).
    int run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
            QByteArray *out = nullptr) const;
    // runuser's arguments to run program as the account, keeping the environment given.
    QStringList runuserArguments(const QString &program, const QStringList &args) const;

private:
    QString m_name;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    qint64 m_busPid = 0;
    std::unique_ptr<QProcess> m_keyring;
};

} // namespace pv::test
