// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SFTP connector's set-up: the fields it describes to the Accounts tab and the command line,
// and the options of one setUp() call parsed and checked into a typed struct before anything
// connects (defaults filled in: the port, the local user, the sign-in method, the key file). Also
// the names its persisted settings share with the options. Any thread.
#pragma once

#include "common/error.h"
#include "sshsession.h"
#include "storage/setupdescription.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace rca {

// The option names, which are also the names of the persisted settings.
namespace SftpKey {
inline const QString Host = QStringLiteral("host");
inline const QString Port = QStringLiteral("port");
inline const QString User = QStringLiteral("user");
inline const QString Root = QStringLiteral("root");
inline const QString Auth = QStringLiteral("auth");
inline const QString KeyFile = QStringLiteral("keyFile");
inline const QString KnownHosts = QStringLiteral("knownHostsFile");
inline const QString HostKeyAlgorithm = QStringLiteral("hostKeyAlgorithm"); // a setting only
inline const QString Timeout = QStringLiteral("timeout");
inline const QString ParallelSessions = QStringLiteral("parallelSessions");
inline const QString ParallelThreshold = QStringLiteral("parallelThreshold");
inline const QString Password = QStringLiteral("password");           // an option only: keychain
inline const QString Passphrase = QStringLiteral("passphrase");       // an option only: keychain
inline const QString AcceptHostKey = QStringLiteral("acceptHostKey"); // an option only
} // namespace SftpKey

constexpr int DefaultSftpParallelSessions = 2;
constexpr int MaxSftpParallelSessions = 8;
constexpr int DefaultSftpParallelThresholdMiB = 32;

bool parseSftpAuth(const QString &text, ssh::AuthMethod *method);
QString sftpAuthName(ssh::AuthMethod method);
QString expandHomePath(const QString &path);
// The known_hosts file in the app's data folder that earlier versions shared between all
// profiles (and still the default profile's own file, which lives in that folder).
QString sharedSftpKnownHostsFile();
// A profile's own known_hosts file: "<profile directory>/known_hosts" (the shared file when
// the profile directory is not known).
QString profileSftpKnownHostsFile(const QString &profileDirectory);

// Where a connection reads and adds confirmed host keys.
struct SftpKnownHostsFiles
{
    QString file;
    // The shared file of earlier versions when this profile used it: its entries for the host
    // are copied into file before file first exists. Empty otherwise.
    QString migrateFrom;
};
// configured: the knownHostsFile setting (absolute). Empty means the profile's own file; the
// shared file, which earlier versions saved as every profile's default, means the profile's
// own file too, taking over from the shared one. Any other file is used as it is.
SftpKnownHostsFiles sftpKnownHostsFiles(const QString &configured, const QString &profileDirectory);
// Whether a knownHostsFile option asks for the default: empty, or the shared file.
bool isDefaultSftpKnownHostsFile(const QString &configured);
// $USER (or $USERNAME): who runs the program, for telling its temporary files apart.
QString localSftpUserName();

struct SftpSetUpOptions
{
    QString host;
    int port = 22;
    QString user;
    QString root; // as given: empty or "~" for the login folder, relative to it, or absolute
    ssh::AuthMethod method = ssh::AuthMethod::Agent;
    QString keyFile; // absolute; empty unless method is Key
    QString secret;  // the password or passphrase to keep; empty when none is needed
    bool usesPassword = false;
    QString acceptHostKey;      // the fingerprint the user confirmed, if any
    QString knownHostsFile;     // absolute; empty: the profile's own (sftpKnownHostsFiles())
    int timeout = 0;            // seconds; 0: the default
    int parallelSessions = -1;  // -1: the default
    int parallelThreshold = -1; // MiB; -1: the default

    // Fills *parsed from setUp's options, or says which option is wrong or missing (a missing
    // password carries a Confirmation asking for it).
    static Error parse(const QVariantMap &options, SftpSetUpOptions *parsed);
    // The settings known before connecting (root and host key algorithm come later).
    QJsonObject settings() const;
    // "password" or "key passphrase", for messages.
    QString secretName() const;
    // Turns what the SSH session reports about an unknown host key or a missing passphrase
    // into the Confirmation the Accounts tab and `connect` ask with.
    Error withConfirmation(Error error) const;

    static SetUpDescription description();
};

} // namespace rca
