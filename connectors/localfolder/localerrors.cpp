// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localerrors.h"

#include <QCoreApplication>
#include <QDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#endif

namespace rca::localfolder {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX

// Classifies a failed system call on path: a full or read-only disk stops the job, anything
// else is worth another try later.
Error errorFromErrno(int error, const QString &action, const QString &path)
{
    const QString reason = qt_error_string(error);
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The disk is full: could not %1 %2 (%3). Free some "
                                        "space on it, or choose another folder.")
                .arg(action, shown(path), reason));
    case EACCES:
    case EPERM:
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The archive folder is not writable: could not %1 "
                                        "%2 (%3). Check the folder's permissions.")
                .arg(action, shown(path), reason));
    case EROFS:
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The archive folder is on a read-only disk: could "
                                        "not %1 %2 (%3).")
                .arg(action, shown(path), reason));
    case ENOTCONN:
    case ENODEV:
    case ENXIO:
#ifdef ESTALE
    case ESTALE:
#endif
#ifdef EHOSTDOWN
    case EHOSTDOWN:
#endif
    case EHOSTUNREACH:
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The archive folder is not reachable: could not %1 "
                                        "%2 (%3). Is the disk or network share connected?")
                .arg(action, shown(path), reason));
    default:
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector", "Could not %1 %2: %3.")
                .arg(action, shown(path), reason));
    }
}

#else // Q_OS_UNIX

Error errorFromFile(const QFileDevice &file, const QString &action, const QString &path)
{
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The disk is full: could not %1 %2 (%3). Free some "
                                        "space on it, or choose another folder.")
                .arg(action, shown(path), file.errorString()));
    case QFileDevice::PermissionsError:
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The archive folder is not writable: could not %1 "
                                        "%2 (%3). Check the folder's permissions.")
                .arg(action, shown(path), file.errorString()));
    default:
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector", "Could not %1 %2: %3.")
                .arg(action, shown(path), file.errorString()));
    }
}

#endif // Q_OS_UNIX

} // namespace rca::localfolder
