// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Session: what every command and the long-running modes of one rc-archiver process work
// with — the profile, the storage connector plugins, the keychain and the engine over the
// profile's database. The command line builds one per process; it is the composition root
// the window's pieces come from (context()). It refuses a damaged or emptied database (never
// making a new one over it), gives the profile the id its database keeps, says when the
// profile is a copy sharing its sign-ins with another, and keeps a daily copy of the
// database. Main thread.
#pragma once

#include "appcontext.h"
#include "common/clock.h"
#include "common/error.h"
#include "profile.h"

#include <QString>

#include <memory>

class QTextStream;
class QTimer;

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
    // opens the engine over the profile's database. A damaged or emptied database is refused
    // with an error that has the detail "damagedDatabase" and names the way back.
    Error open(const QString &profileDir);
    // Only the profile, its log file and the keychain, not its database: for `rc-archiver
    // database`, which works on a database that open() refuses. engine() and db() are not
    // there then (isOpen() is false).
    Error openProfile(const QString &profileDir);
    bool isOpen() const { return m_engine != nullptr; }
    // When this profile is a copy of one still in another folder, that folder: both use the
    // same keychain entries (see `rc-archiver database new-id`). Empty otherwise.
    QString sharesSignInWith() const { return m_sharesSignInWith; }
    // Makes a copy of the database when none was made in the last 24 hours (also every hour
    // while the long-running modes run).
    void backUpIfDue();

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
    // openProfile(), and the refusal of the database (damaged, or lost in a used profile) in
    // *databaseRefusal, looked for before anything is written in the folder. A folder of
    // someone else's files is refused outright.
    Error prepareProfile(const QString &profileDir, Error *databaseRefusal);

    Profile m_profile;
    SystemClock m_clock;
    std::unique_ptr<ConnectorRegistry> m_connectors;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QTimer> m_backupTimer;
    QString m_sharesSignInWith;
};

} // namespace rca
