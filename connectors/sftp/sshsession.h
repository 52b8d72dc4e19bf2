// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One SSH connection to an SFTP server and its SFTP channel, opened in one blocking call:
// a TCP connection with a timeout, key exchange with modern algorithms first, the host key
// checked against the confirmed ones (never a connection to an unconfirmed host), sign-in
// with a key file, ssh-agent, a password or keyboard-interactive, then the SFTP subsystem.
// Its SFTP operations classify failures where they happen: a server's refusal is an item
// error, anything else marks the session broken so that the connector reconnects.
// Its sign-in is in sshauth.cpp, its SFTP operations in sshsessionsftp.cpp; the TCP
// connection is an SshSocket, the algorithms it offers come from sshalgorithms.h.
// Not thread-safe: a session is used by one thread, the engine's worker or one of
// ParallelWriters' threads; separate sessions may run in separate threads at once.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "libssh2support.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace rca::ssh {

class SshSocket;

enum class AuthMethod { Key, Agent, Password, KeyboardInteractive };

struct SshOptions
{
    QString host;
    int port = 22;
    QString user;
    AuthMethod method = AuthMethod::Key;
    QString keyFile;
    QString secret; // the password, or the key file's passphrase; never logged

    QString appKnownHostsFile;  // confirmed keys are added here
    QString userKnownHostsFile; // ~/.ssh/known_hosts, read only
    // The known_hosts file earlier versions shared between profiles, when this profile used
    // it: until appKnownHostsFile exists, this host's entries are copied from it (a connection
    // test only reads them). Empty: none.
    QString migrateKnownHostsFrom;
    // The fingerprint ("SHA256:…") the user confirmed for a host not yet known; only setUp
    // passes one. Empty: an unknown host is refused.
    QString acceptFingerprint;
    QString preferredHostKeyAlgorithm; // the type confirmed earlier, offered first
    // False: a confirmed fingerprint lets this connection in but is not added to the app's
    // known_hosts file (a connection test changes nothing).
    bool rememberHostKey = true;

    int connectTimeoutMs = 20000;
    int timeoutMs = 60000; // any single blocking libssh2 call
    int keepAliveSeconds = 30;
};

struct SftpAttributes
{
    bool exists = false;
    bool isFolder = false;
    bool isFile = false;
    qint64 size = -1;
    qint64 modified = -1; // seconds since the epoch, server clock
};

struct SftpEntry
{
    QString name;
    SftpAttributes attributes;
};

class SshSession
{
public:
    // Connects, verifies and signs in; null with *error set on failure. A refused sign-in
    // or an unconfirmed or changed host key is Kind::Reconnect, an unreachable server
    // Kind::StorageFailure. A refused host key carries the details "hostKeyStatus"
    // ("unknown" or "changed"), "hostKeyType" ("ssh-ed25519"), "hostKeyFingerprint"
    // ("SHA256:…"), "host" and "port", for a user interface to show and confirm.
    static std::shared_ptr<SshSession> connect(const SshOptions &options, const CancelToken *cancel,
                                               Error *error);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    LIBSSH2_SESSION *session() const { return m_session.get(); }
    LIBSSH2_SFTP *sftp() const { return m_sftp.get(); }
    // "user@host:port", for messages.
    QString serverName() const;
    QString hostKeyAlgorithm() const { return m_hostKeyAlgorithm; }
    QString hostKeyFingerprint() const { return m_hostKeyFingerprint; }
    bool isOpenSsh() const;

    bool isBroken() const { return m_broken; }
    // Also shuts the socket down, so that clean-up calls fail at once instead of waiting.
    void markBroken();
    // Sends a keepalive when one is due; notices a dead connection early.
    void keepAlive();

    // Turns a failed libssh2 call into an Error. A status from the server (SFTP_PROTOCOL) is
    // an item error; anything else means the connection is gone: the session is marked
    // broken and the error is Transient. action: "create the folder", "write", …
    Error failure(int rc, const QString &action, const QString &path);
    // The server's status code of the last failed SFTP call.
    unsigned long lastStatus() const { return m_lastStatus; }

    // A missing path is no error: attributes->exists is false. followLinks false: the link
    // itself (lstat).
    Error stat(const QString &path, SftpAttributes *attributes, bool followLinks = true);
    // Creates one folder; *existed tells whether something was already there.
    Error makeFolder(const QString &path, bool *existed);
    // What to tell the user when a file stands where the archive needs the folder path.
    QString notAFolderMessage(const QString &path) const;
    Error removeFile(const QString &path);
    // Plain SFTP rename, which OpenSSH never lets replace an existing file.
    Error rename(const QString &from, const QString &to);
    Error realPath(const QString &path, QString *resolved);
    Error list(const QString &folder, QList<SftpEntry> *entries);
    SftpHandlePtr openFile(const QString &path, unsigned long flags, long mode, Error *error);
    // Reads a whole file, handing each block to consume (which returns false to stop).
    Error readFile(const QString &path, const std::function<bool(const char *, qint64)> &consume);

    // fsync@openssh.com: false once the server said it does not have it.
    bool fsyncSupported() const { return m_fsyncSupported; }
    void setFsyncUnsupported() { m_fsyncSupported = false; }

private:
    SshSession() = default;
    Error open(const SshOptions &options, const CancelToken *cancel);
    Error verifyHostKey(const SshOptions &options);
    Error authenticate(const SshOptions &options);
    Error authenticateWithKey(const SshOptions &options, const QByteArray &user);
    Error authenticateWithAgent(const SshOptions &options, const QByteArray &user);
    Error authenticateWithPassword(const SshOptions &options, const QByteArray &user);
    Error connectionError(int rc, const QString &during);

    static void answerPrompts(const char *name, int nameLength, const char *instruction,
                              int instructionLength, int promptCount,
                              const LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
                              LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses, void **abstract);

    std::unique_ptr<SshSocket> m_socket;
    SessionPtr m_session;
    SftpPtr m_sftp;
    QString m_host;
    int m_port = 22;
    QString m_user;
    int m_timeoutMs = 60000;
    QString m_hostKeyAlgorithm;
    QString m_hostKeyFingerprint;
    QByteArray m_promptAnswer; // the password while keyboard-interactive sign-in runs
    int m_promptRounds = 0;
    unsigned long m_lastStatus = 0;
    bool m_broken = false;
    bool m_fsyncSupported = true;
};

} // namespace rca::ssh
