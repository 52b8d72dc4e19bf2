// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Small pieces shared by the SFTP connector's classes: libssh2's one-time global set-up,
// owning pointers for its handles (so every early return frees them), readable error texts,
// and what the connector needs to know about SSH keys (type, fingerprint, encryption) to
// explain a refusal. Free functions and value types; any thread.
#pragma once

#include <QByteArray>
#include <QString>

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <memory>

namespace rca::ssh {

// libssh2_init(), once per process, whichever thread gets there first.
void ensureLibraryInitialized();

struct SessionDeleter
{
    void operator()(LIBSSH2_SESSION *session) const { libssh2_session_free(session); }
};
struct SftpDeleter
{
    void operator()(LIBSSH2_SFTP *sftp) const { libssh2_sftp_shutdown(sftp); }
};
// Closing a handle waits for the server's answer (bounded by the session timeout).
struct SftpHandleDeleter
{
    void operator()(LIBSSH2_SFTP_HANDLE *handle) const { libssh2_sftp_close_handle(handle); }
};
struct AgentDeleter
{
    void operator()(LIBSSH2_AGENT *agent) const
    {
        libssh2_agent_disconnect(agent);
        libssh2_agent_free(agent);
    }
};
struct KnownHostsDeleter
{
    void operator()(LIBSSH2_KNOWNHOSTS *hosts) const { libssh2_knownhost_free(hosts); }
};

using SessionPtr = std::unique_ptr<LIBSSH2_SESSION, SessionDeleter>;
using SftpPtr = std::unique_ptr<LIBSSH2_SFTP, SftpDeleter>;
using SftpHandlePtr = std::unique_ptr<LIBSSH2_SFTP_HANDLE, SftpHandleDeleter>;
using AgentPtr = std::unique_ptr<LIBSSH2_AGENT, AgentDeleter>;
using KnownHostsPtr = std::unique_ptr<LIBSSH2_KNOWNHOSTS, KnownHostsDeleter>;

// The session's last error as "message (code)".
QString lastError(LIBSSH2_SESSION *session);
// "permission denied", "no space left on the server's disk", … for an SFTP status code.
QString sftpStatusText(unsigned long status);

// The libssh2 this process runs with, e.g. "1.10.0".
QString libraryVersion();
// libssh2 < 1.11 signs with RSA keys only as "ssh-rsa" (SHA-1), which OpenSSH ≥ 8.8 refuses.
bool librarySignsRsaWithSha2();

// The key type an SSH wire-format public key starts with: "ssh-ed25519", "ssh-rsa", …
QString keyTypeOfBlob(const QByteArray &blob);
// OpenSSH's fingerprint format: "SHA256:" + unpadded base64 of the key blob's SHA-256.
QString sha256Fingerprint(const QByteArray &blob);
// "ED25519", "ECDSA", "RSA", as ssh-keygen -l shows them.
QString keyTypeDisplayName(const QString &keyType);
// Compares two "SHA256:…" fingerprints, tolerating padding and a missing prefix.
bool sameFingerprint(const QString &a, const QString &b);

// What a private key file holds, read without its passphrase.
struct KeyFileInfo
{
    bool readable = false;
    QString type;           // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"; empty if unknown
    bool encrypted = false; // needs a passphrase
    QString format;         // "OpenSSH", "PEM", "PKCS#8", "PuTTY" or empty
    QString errorString;    // why it is not readable
};
KeyFileInfo inspectKeyFile(const QString &path);

} // namespace rca::ssh
