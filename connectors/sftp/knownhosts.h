// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Decides whether an SSH server's host key is the one the user confirmed: looks it up in the
// app's own known_hosts file and in the user's ~/.ssh/known_hosts (plain and hashed OpenSSH
// entries, "[host]:port" for ports other than 22, "@revoked" markers), and appends newly
// confirmed keys to the app's file (the profile's own) as hashed entries. Lines libssh2 cannot
// parse (other key types, certificate authorities) are skipped instead of ending the read. Used by
// SshSession on the engine's worker thread (or wherever setUp runs); one instance per check.
#pragma once

#include <QByteArray>
#include <QString>

#include <libssh2.h>

namespace rca::ssh {

class KnownHosts
{
public:
    enum class Verdict {
        Match,   // a confirmed entry has this key
        Unknown, // no entry for this host and key type
        Changed, // an entry for this host holds a different key (or the key is revoked)
        Failure, // a file could not be read
    };
    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        QString file; // the file holding the matching or conflicting entry
        bool revoked = false;
        QString error; // for Failure
    };

    KnownHosts(QString appFile, QString userFile);

    // host and port as the user gave them; key is the raw blob from libssh2_session_hostkey.
    Result check(LIBSSH2_SESSION *session, const QString &host, int port, const QByteArray &key,
                 int hostKeyType) const;
    // Appends a hashed entry for host:port to the app's file, creating it when needed.
    bool add(LIBSSH2_SESSION *session, const QString &host, int port, const QByteArray &key,
             int hostKeyType, QString *error) const;

    // Creates toFile with the lines of fromFile that name host:port (plain or hashed) and its
    // "@revoked" lines: what a profile trusted in a file shared with other profiles, without
    // what the others confirmed for their servers. toFile must not exist yet; a missing
    // fromFile gives an empty one. *copied: the number of lines copied.
    static bool copyHostEntries(const QString &fromFile, const QString &toFile, const QString &host,
                                int port, int *copied, QString *error);

    // "host" for port 22, "[host]:port" otherwise: how OpenSSH names the entry.
    static QString hostPattern(const QString &host, int port);
    QString appFile() const { return m_appFile; }

private:
    Result checkFile(LIBSSH2_SESSION *session, const QString &file, const QString &pattern,
                     const QByteArray &key, int keyTypeMask) const;

    QString m_appFile;
    QString m_userFile;
};

// libssh2's LIBSSH2_HOSTKEY_TYPE_* as the LIBSSH2_KNOWNHOST_KEY_* bits; 0 when unknown.
int knownHostKeyTypeMask(int hostKeyType);

} // namespace rca::ssh
