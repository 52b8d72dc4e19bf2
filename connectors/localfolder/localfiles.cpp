// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localfiles.h"

#include "archive/sha256.h"
#include "localerrors.h"
#include "localfolderreader.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace rca::localfolder {

namespace {

// Temporary files are recognisable, so that a later run can remove what a crash left behind
// without touching anything else.
QString newTemporaryName()
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral(".rca-upload-%1.part").arg(random, 16, 16, QLatin1Char('0'));
}

#ifdef Q_OS_UNIX

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

Error makeFolder(const QString &path)
{
    if (::mkdir(encoded(path).constData(), 0777) == 0)
        return {};
    const int error = errno;
    struct stat info;
    if (error == EEXIST && ::stat(encoded(path).constData(), &info) == 0 && S_ISDIR(info.st_mode))
        return {};
    if (error == EEXIST)
        return Error::itemPermanent(QCoreApplication::translate("rca::LocalFolderConnector",
                                                                "%1 exists but is not a folder.")
                                        .arg(shown(path)));
    return errorFromErrno(
        error, QCoreApplication::translate("rca::LocalFolderConnector", "create the folder"), path);
}

#else // Q_OS_UNIX

Error makeFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists())
        return Error::itemPermanent(QCoreApplication::translate("rca::LocalFolderConnector",
                                                                "%1 exists but is not a folder.")
                                        .arg(shown(path)));
    if (!QDir().mkdir(path))
        return Error::storage(QCoreApplication::translate(
                                  "rca::LocalFolderConnector",
                                  "Could not create the folder %1. Check the folder's permissions.")
                                  .arg(shown(path)));
    return {};
}

#endif // Q_OS_UNIX

} // namespace

Error hashFile(const QString &path, qint64 *size, QByteArray *sha256Hex)
{
    QString problem;
    *sha256Hex = Sha256::hashFile(path, size, &problem);
    if (sha256Hex->isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector", "Could not read %1: %2")
                .arg(shown(path), problem));
    return {};
}

Error makeFolders(const QString &base, const QStringList &components)
{
    QString current = base;
    for (const QString &component : components) {
        current += u'/' + component;
        if (Error error = makeFolder(current))
            return error;
    }
    return {};
}

Error probeWritable(const QString &folder)
{
    TemporaryFile probe;
    if (Error error = probe.create(folder))
        return error;
    return probe.syncAndClose();
}

#ifdef Q_OS_UNIX

// TemporaryFile

TemporaryFile::~TemporaryFile()
{
    remove();
}

Error TemporaryFile::create(const QString &folder)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString path = folder + u'/' + newTemporaryName();
        const int fd =
            ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            // Best effort: some network filesystems have no locks.
            ::flock(fd, LOCK_EX | LOCK_NB);
            m_fd = fd;
            m_path = path;
            return {};
        }
        if (errno != EEXIST)
            return errorFromErrno(
                errno, QCoreApplication::translate("rca::LocalFolderConnector", "create a file in"),
                folder);
    }
    return Error::transient(QCoreApplication::translate("rca::LocalFolderConnector",
                                                        "Could not create a temporary file in %1.")
                                .arg(shown(folder)));
}

Error TemporaryFile::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errorFromErrno(
                errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"), m_path);
        }
        data += written;
        size -= written;
    }
    return {};
}

Error TemporaryFile::syncAndClose()
{
    while (::fsync(m_fd) != 0) {
        if (errno != EINTR)
            return errorFromErrno(
                errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"), m_path);
    }
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0 && errno != EINTR)
        return errorFromErrno(
            errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"), m_path);
    return {};
}

QString TemporaryFile::path() const
{
    return m_path;
}

void TemporaryFile::release()
{
    m_path.clear();
}

void TemporaryFile::remove()
{
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (!m_path.isEmpty())
        ::unlink(encoded(std::exchange(m_path, QString())).constData());
}

// Moves from to to unless to exists; *existed tells which. Atomic where the filesystem can:
// renameat2(RENAME_NOREPLACE), else link() + unlink(); on filesystems with neither (FAT, some
// SMB shares) a check followed by rename(), which is safe enough with one job per archive.
Error moveWithoutReplacing(const QString &from, const QString &to, bool *existed)
{
    *existed = false;
    const QByteArray source = encoded(from);
    const QByteArray target = encoded(to);
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) ==
        0)
        return {};
    if (errno == EEXIST) {
        *existed = true;
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP)
        return errorFromErrno(
            errno, QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"),
            to);
#endif
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return {};
    }
    if (errno == EEXIST) {
        *existed = true;
        return {};
    }
    if (errno != EPERM && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP)
        return errorFromErrno(
            errno, QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"),
            to);

    struct stat info;
    if (::lstat(target.constData(), &info) == 0) {
        *existed = true;
        return {};
    }
    if (::rename(source.constData(), target.constData()) != 0)
        return errorFromErrno(
            errno, QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"),
            to);
    return {};
}

// Moves from to to, replacing whatever file is there in one step: rename() is atomic, so the
// old file stays under the final name until the new one takes it.
Error moveReplacing(const QString &from, const QString &to)
{
    if (::rename(encoded(from).constData(), encoded(to).constData()) == 0)
        return {};
    if (errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST)
        return Error::itemPermanent(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "%1 is a folder, not a file; it was not replaced.")
                .arg(shown(to)));
    return errorFromErrno(
        errno, QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"), to);
}

// Makes a rename in folder durable.
Error syncDirectory(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errorFromErrno(
            errno, QCoreApplication::translate("rca::LocalFolderConnector", "open the folder"),
            folder);
    int result = 0;
    while ((result = ::fsync(fd)) != 0 && errno == EINTR) {
    }
    const int error = errno;
    ::close(fd);
    // Some filesystems cannot sync a directory; the data itself is already synced.
    if (result != 0 && error != EINVAL && error != EROFS && error != EBADF && error != ENOTSUP &&
        error != EOPNOTSUPP)
        return errorFromErrno(
            error, QCoreApplication::translate("rca::LocalFolderConnector", "write the folder"),
            folder);
    return {};
}

void removeStaleTemporaries(const QString &folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral(".rca-upload-*.part")},
                                                     QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        if (!isTemporaryName(name))
            continue;
        const QString path = folder + u'/' + name;
        const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
            ::close(fd);
            continue;
        }
        if (::unlink(encoded(path).constData()) == 0)
            qCInfo(lcStorage) << "Removed the stale temporary file" << path;
        ::close(fd);
    }
}

#else // Q_OS_UNIX

// TemporaryFile

TemporaryFile::~TemporaryFile()
{
    remove();
}

Error TemporaryFile::create(const QString &folder)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        m_file.setFileName(folder + u'/' + newTemporaryName());
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            return {};
        if (!m_file.exists())
            return errorFromFile(
                m_file,
                QCoreApplication::translate("rca::LocalFolderConnector", "create a file in"),
                folder);
    }
    return Error::transient(QCoreApplication::translate("rca::LocalFolderConnector",
                                                        "Could not create a temporary file in %1.")
                                .arg(shown(folder)));
}

Error TemporaryFile::write(const char *data, qint64 size)
{
    if (m_file.write(data, size) != size)
        return errorFromFile(m_file,
                             QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                             m_file.fileName());
    return {};
}

Error TemporaryFile::syncAndClose()
{
    if (!m_file.flush())
        return errorFromFile(m_file,
                             QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                             m_file.fileName());
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return errorFromFile(m_file,
                             QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                             m_file.fileName());
    return {};
}

QString TemporaryFile::path() const
{
    return m_file.fileName();
}

void TemporaryFile::release()
{
    m_released = true;
}

void TemporaryFile::remove()
{
    m_file.close();
    if (!m_released && !m_file.fileName().isEmpty())
        m_file.remove();
    m_released = true;
}

// QFile::rename never replaces an existing file.
Error moveWithoutReplacing(const QString &from, const QString &to, bool *existed)
{
    *existed = false;
    QFile file(from);
    if (file.rename(to))
        return {};
    if (QFileInfo::exists(to)) {
        *existed = true;
        return {};
    }
    return errorFromFile(
        file, QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"), to);
}

// Moves from to to, replacing whatever file is there; MOVEFILE_WRITE_THROUGH returns only
// once the move is on the disk.
Error moveReplacing(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    const QString source = QDir::toNativeSeparators(from);
    const QString target = QDir::toNativeSeparators(to);
    if (::MoveFileExW(reinterpret_cast<const wchar_t *>(source.utf16()),
                      reinterpret_cast<const wchar_t *>(target.utf16()),
                      MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    const QString reason = qt_error_string(int(::GetLastError()));
#else
    QFile::remove(to);
    QFile file(from);
    if (file.rename(to))
        return {};
    const QString reason = file.errorString();
#endif
    if (QFileInfo(to).isDir())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "%1 is a folder, not a file; it was not replaced.")
                .arg(shown(to)));
    return Error::transient(
        QCoreApplication::translate("rca::LocalFolderConnector", "Could not %1 %2: %3.")
            .arg(QCoreApplication::translate("rca::LocalFolderConnector", "rename a file to"),
                 shown(to), reason));
}

Error syncDirectory(const QString &)
{
    return {};
}

void removeStaleTemporaries(const QString &folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral(".rca-upload-*.part")},
                                                     QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        // A file another upload still has open cannot be removed here, which is what we want.
        if (isTemporaryName(name) && QFile::remove(folder + u'/' + name))
            qCInfo(lcStorage) << "Removed the stale temporary file" << folder + u'/' + name;
    }
}

#endif // Q_OS_UNIX

} // namespace rca::localfolder
