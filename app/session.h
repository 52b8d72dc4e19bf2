// Session: what every command and the long-running modes of one rc-archiver process work
// with — the profile, the storage connector plugins, the keychain and the engine over the
// profile's database. The command line builds one per process; it is the composition root
// the window's pieces come from (context()). Main thread.
#pragma once

#include "appcontext.h"
#include "common/clock.h"
#include "common/error.h"
#include "profile.h"

#include <QString>

#include <memory>

class QTextStream;

namespace rca {

class ConnectorRegistry;
class Database;
class Engine;
class KeychainSecretStore;
class SecretStore;

class Session
{
public:
    Session();
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // The connector plugins, loaded on first use and once per process: --help and --version
    // need them without a profile.
    ConnectorRegistry &connectors();

    // Opens the profile (the standard one when profileDir is empty), installs the log file and
    // opens the engine over the profile's database.
    Error open(const QString &profileDir);

    // At login the keyring may come up after RC Archiver: before the long-running modes start,
    // checks it, gives it one more chance after a short wait, then says plainly on err what is
    // wrong (jobs that need a secret fail with the same message and keep their windows).
    void waitForKeychain(QTextStream &err);

    const Profile &profile() const { return m_profile; }
    Engine &engine() const { return *m_engine; }
    Database *db() const;
    SecretStore *secrets() const;
    // The opened session as the window and its pages take it.
    AppContext context();

private:
    Profile m_profile;
    SystemClock m_clock;
    std::unique_ptr<ConnectorRegistry> m_connectors;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
};

} // namespace rca
