// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SshSession's SFTP operations (stat, folders, rename, remove, list, open, read), and the
// classification of their failures: a status from the server is an item error, anything
// else marks the session broken.
#include "sshsession.h"

#include <QCoreApplication>

namespace rca::ssh {

Error SshSession::failure(int rc, const QString &action, const QString &path)
{
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL) {
        m_lastStatus = libssh2_sftp_last_error(m_sftp.get());
        const QString where =
            QCoreApplication::translate("rca::ssh::SshSession", "%1 on %2").arg(path, serverName());
        switch (m_lastStatus) {
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "The server's disk is full or your quota is "
                                            "used up (%1): could not %2 %3. Free some "
                                            "space on the server.")
                    .arg(sftpStatusText(m_lastStatus), action, where));
        case LIBSSH2_FX_PERMISSION_DENIED:
        case LIBSSH2_FX_WRITE_PROTECT:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "Permission denied: could not %1 %2. Check "
                                            "that %3 may write there.")
                    .arg(action, where, m_user));
        default:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession", "Could not %1 %2: %3.")
                    .arg(action, where, sftpStatusText(m_lastStatus)));
        }
    }
    m_lastStatus = 0;
    const QString reason = lastError(m_session.get());
    markBroken();
    if (rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_TIMEOUT)
        return Error::transient(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1 did not answer within %2 s "
                                        "while trying to %3 %4.")
                .arg(serverName())
                .arg(m_timeoutMs / 1000)
                .arg(action, path));
    return Error::transient(
        QCoreApplication::translate("rca::ssh::SshSession",
                                    "The connection to the SFTP server %1 was lost while "
                                    "trying to %2 %3: %4.")
            .arg(serverName(), action, path, reason));
}

namespace {

SftpAttributes attributesFrom(const LIBSSH2_SFTP_ATTRIBUTES &raw)
{
    SftpAttributes attributes;
    attributes.exists = true;
    if (raw.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) {
        attributes.isFolder = LIBSSH2_SFTP_S_ISDIR(raw.permissions);
        attributes.isFile = LIBSSH2_SFTP_S_ISREG(raw.permissions);
    }
    if (raw.flags & LIBSSH2_SFTP_ATTR_SIZE)
        attributes.size = qint64(raw.filesize);
    if (raw.flags & LIBSSH2_SFTP_ATTR_ACMODTIME)
        attributes.modified = qint64(raw.mtime);
    return attributes;
}

} // namespace

Error SshSession::stat(const QString &path, SftpAttributes *attributes, bool followLinks)
{
    *attributes = SftpAttributes();
    const QByteArray name = path.toUtf8();
    LIBSSH2_SFTP_ATTRIBUTES raw{};
    const int rc = libssh2_sftp_stat_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                        followLinks ? LIBSSH2_SFTP_STAT : LIBSSH2_SFTP_LSTAT, &raw);
    if (rc == 0) {
        *attributes = attributesFrom(raw);
        return {};
    }
    Error error = failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "look at"), path);
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL &&
        (m_lastStatus == LIBSSH2_FX_NO_SUCH_FILE || m_lastStatus == LIBSSH2_FX_NO_SUCH_PATH))
        return {};
    return error;
}

Error SshSession::makeFolder(const QString &path, bool *existed)
{
    *existed = false;
    const QByteArray name = path.toUtf8();
    const int rc =
        libssh2_sftp_mkdir_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                              LIBSSH2_SFTP_S_IRWXU | LIBSSH2_SFTP_S_IRWXG | LIBSSH2_SFTP_S_IRWXO);
    if (rc == 0)
        return {};
    Error error =
        failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "create the folder"), path);
    if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL)
        return error;
    // OpenSSH answers FAILURE for an existing folder (and NO_SUCH_FILE for a missing
    // parent): only a stat tells.
    const unsigned long status = m_lastStatus;
    SftpAttributes attributes;
    if (Error statError = stat(path, &attributes))
        return statError;
    if (!attributes.exists) {
        m_lastStatus = status;
        return error;
    }
    *existed = true;
    if (!attributes.isFolder)
        return Error::transient(notAFolderMessage(path));
    return {};
}

QString SshSession::notAFolderMessage(const QString &path) const
{
    return QCoreApplication::translate("rca::ssh::SshSession",
                                       "%1 on %2 is a file, not a folder, so nothing can be "
                                       "archived into it. Rename or move that file on the server.")
        .arg(path, serverName());
}

Error SshSession::removeFile(const QString &path)
{
    const QByteArray name = path.toUtf8();
    const int rc = libssh2_sftp_unlink_ex(m_sftp.get(), name.constData(), unsigned(name.size()));
    return rc == 0
               ? Error()
               : failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "remove"), path);
}

Error SshSession::rename(const QString &from, const QString &to)
{
    const QByteArray source = from.toUtf8();
    const QByteArray target = to.toUtf8();
    // The flags only reach servers speaking SFTP ≥ 5; OpenSSH (version 3) refuses to
    // replace an existing file with a plain rename, which is what we rely on.
    const int rc = libssh2_sftp_rename_ex(m_sftp.get(), source.constData(), unsigned(source.size()),
                                          target.constData(), unsigned(target.size()),
                                          LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE);
    return rc == 0
               ? Error()
               : failure(rc,
                         QCoreApplication::translate("rca::ssh::SshSession", "rename a file to"),
                         to);
}

Error SshSession::realPath(const QString &path, QString *resolved)
{
    const QByteArray name = path.toUtf8();
    QByteArray buffer(4096, Qt::Uninitialized);
    const int rc =
        libssh2_sftp_symlink_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                buffer.data(), unsigned(buffer.size()), LIBSSH2_SFTP_REALPATH);
    if (rc < 0)
        return failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "find the folder"),
                       path);
    *resolved = QString::fromUtf8(buffer.constData(), rc);
    return {};
}

Error SshSession::list(const QString &folder, QList<SftpEntry> *entries)
{
    entries->clear();
    const QByteArray name = folder.toUtf8();
    SftpHandlePtr handle(libssh2_sftp_open_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                              0, 0, LIBSSH2_SFTP_OPENDIR));
    if (!handle)
        return failure(libssh2_session_last_errno(m_session.get()),
                       QCoreApplication::translate("rca::ssh::SshSession", "list the folder"),
                       folder);
    QByteArray buffer(1024, Qt::Uninitialized);
    for (;;) {
        LIBSSH2_SFTP_ATTRIBUTES raw{};
        const int rc = libssh2_sftp_readdir_ex(handle.get(), buffer.data(), size_t(buffer.size()),
                                               nullptr, 0, &raw);
        if (rc == 0)
            break;
        if (rc < 0)
            return failure(
                rc, QCoreApplication::translate("rca::ssh::SshSession", "list the folder"), folder);
        SftpEntry entry;
        entry.name = QString::fromUtf8(buffer.constData(), rc);
        entry.attributes = attributesFrom(raw);
        entries->append(entry);
    }
    return {};
}

SftpHandlePtr SshSession::openFile(const QString &path, unsigned long flags, long mode,
                                   Error *error)
{
    const QByteArray name = path.toUtf8();
    SftpHandlePtr handle(libssh2_sftp_open_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                              flags, mode, LIBSSH2_SFTP_OPENFILE));
    if (!handle)
        *error = failure(libssh2_session_last_errno(m_session.get()),
                         (flags & LIBSSH2_FXF_WRITE)
                             ? QCoreApplication::translate("rca::ssh::SshSession", "create")
                             : QCoreApplication::translate("rca::ssh::SshSession", "open"),
                         path);
    return handle;
}

Error SshSession::readFile(const QString &path,
                           const std::function<bool(const char *, qint64)> &consume)
{
    Error error;
    SftpHandlePtr handle = openFile(path, LIBSSH2_FXF_READ, 0, &error);
    if (!handle)
        return error;
    // Large reads let libssh2 keep many read requests in flight.
    QByteArray buffer(2 * 1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t got = libssh2_sftp_read(handle.get(), buffer.data(), size_t(buffer.size()));
        if (got == 0)
            break;
        if (got < 0)
            return failure(int(got), QCoreApplication::translate("rca::ssh::SshSession", "read"),
                           path);
        if (!consume(buffer.constData(), qint64(got)))
            break;
    }
    return {};
}

} // namespace rca::ssh
