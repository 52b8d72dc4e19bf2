// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the files of SftpConnector share (sftpconnector.cpp, sftpconnectorsetup.cpp,
// sftpcleanup.cpp): the names of its settings, how long a temporary file must be left alone,
// remote path joining and the error kind of a failed set-up. Internal to the SFTP plugin.
#pragma once

#include "common/error.h"
#include "sftpsetupoptions.h"

#include <QDir>
#include <QString>

namespace rca::ssh {

// The option and setting names (see SftpSetUpOptions).
inline const QString &HostKey = SftpKey::Host;
inline const QString &PortKey = SftpKey::Port;
inline const QString &UserKey = SftpKey::User;
inline const QString &RootKey = SftpKey::Root;
inline const QString &AuthKey = SftpKey::Auth;
inline const QString &KeyFileKey = SftpKey::KeyFile;
inline const QString &KnownHostsKey = SftpKey::KnownHosts;
inline const QString &HostKeyAlgorithmKey = SftpKey::HostKeyAlgorithm;
inline const QString &TimeoutKey = SftpKey::Timeout;
inline const QString &ParallelSessionsKey = SftpKey::ParallelSessions;
inline const QString &ParallelThresholdKey = SftpKey::ParallelThreshold;

// A temporary file nobody has written to for this long is left over from a crash.
constexpr qint64 StaleTemporaryAgeSeconds = 5 * 60;

inline bool parseAuth(const QString &text, AuthMethod *method)
{
    return parseSftpAuth(text, method);
}

inline QString userKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

// Remote paths are POSIX paths whatever the local system.
inline QString joinRemote(const QString &base, const QString &name)
{
    return base.endsWith(u'/') ? base + name : base + u'/' + name;
}

// Errors of open() and setUp() concern the storage as a whole.
inline Error asStorageError(Error error)
{
    if (error.kind() == Error::Kind::Transient || error.kind() == Error::Kind::ItemPermanent)
        return Error::storage(error.message());
    return error;
}

} // namespace rca::ssh
