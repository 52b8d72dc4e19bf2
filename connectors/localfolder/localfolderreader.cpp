// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localfolderreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rca {

bool localfolder::isTemporaryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.rca-upload-[0-9a-f]{16}\\.part$"));
    return pattern.match(name).hasMatch();
}

namespace {

using localfolder::isTemporaryName;

struct Entry
{
    QString name;
    bool isFolder = false;
    qint64 size = -1;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString joined(const QString &base, const QString &name)
{
    return base.isEmpty() ? name : base + u'/' + name;
}

Error missingFileError(const QString &path)
{
    return Error::itemPermanent(
        QCoreApplication::translate("rca::LocalFolderReader", "The file %1 does not exist.")
            .arg(shown(path)));
}

Error notAFolderError(const QString &path)
{
    return Error::itemPermanent(
        QCoreApplication::translate("rca::LocalFolderReader",
                                    "%1 is not a folder (or is a symbolic link); it is not listed.")
            .arg(shown(path)));
}

Error reportEntry(const Entry &entry, const QString &relativeFolder,
                  const StorageConnector::EntryHandler &handleEntry)
{
    StoredFile stored;
    stored.path = joined(relativeFolder, entry.name);
    stored.isFolder = entry.isFolder;
    stored.size = entry.isFolder ? -1 : entry.size;
    return handleEntry(stored);
}

#ifdef Q_OS_UNIX

Error systemError(int error, const QString &action, const QString &path)
{
    return Error::transient(
        QCoreApplication::translate("rca::LocalFolderReader", "Could not %1 %2: %3.")
            .arg(action, shown(path), qt_error_string(error)));
}

struct DirectoryCloser
{
    void operator()(DIR *dir) const { ::closedir(dir); }
};
using DirectoryPtr = std::unique_ptr<DIR, DirectoryCloser>;

// A file descriptor closed when it goes out of scope.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd = -1;
};

// Opens name in the folder folderFd without following a symbolic link: one that points out of
// the archive is never entered or read.
int openNoFollow(int folderFd, const QString &name, int flags)
{
    const QByteArray encoded = QFile::encodeName(name);
    int fd = -1;
    do {
        fd = ::openat(folderFd, encoded.constData(), flags | O_NOFOLLOW | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// The folder components below root, opened component by component so that no symbolic link
// is followed on the way; -1 with errno set on failure.
int openFolder(const QString &root, const QStringList &components)
{
    int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (const QString &component : components) {
        if (fd < 0)
            return -1;
        const int next = openNoFollow(fd, component, O_RDONLY | O_DIRECTORY);
        const int error = errno;
        ::close(fd);
        errno = error;
        fd = next;
    }
    return fd;
}

// Lists the open folder fd (which it takes over), shown as relativeFolder, and, when
// recursive, everything below it.
Error listOpenFolder(int fd, const QString &path, const QString &relativeFolder, bool recursive,
                     const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel)
{
    const QString action = QCoreApplication::translate("rca::LocalFolderReader", "list");
    DirectoryPtr dir(::fdopendir(fd));
    if (!dir) {
        const int error = errno;
        ::close(fd);
        return systemError(error, action, path);
    }
    std::vector<Entry> entries;
    for (;;) {
        errno = 0;
        const dirent *item = ::readdir(dir.get());
        if (!item) {
            if (errno != 0)
                return systemError(errno, action, path);
            break;
        }
        const char *rawName = item->d_name;
        if (qstrcmp(rawName, ".") == 0 || qstrcmp(rawName, "..") == 0)
            continue;
        const QString name = QFile::decodeName(rawName);
        if (isTemporaryName(name))
            continue;
        // The link itself, never what it points to.
        struct stat info;
        if (::fstatat(::dirfd(dir.get()), rawName, &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) // removed meanwhile
                continue;
            return systemError(errno, action, path + u'/' + name);
        }
        entries.push_back({name, S_ISDIR(info.st_mode), qint64(info.st_size)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });

    for (const Entry &entry : entries) {
        if (cancel.isCancelled())
            return Error::cancelled();
        if (Error error = reportEntry(entry, relativeFolder, handleEntry))
            return error;
        if (!recursive || !entry.isFolder)
            continue;
        const int child = openNoFollow(::dirfd(dir.get()), entry.name, O_RDONLY | O_DIRECTORY);
        if (child < 0) {
            // Gone, or replaced by a file or a link meanwhile: nothing below it to list.
            if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
                continue;
            return systemError(errno, action, path + u'/' + entry.name);
        }
        if (Error error =
                listOpenFolder(child, path + u'/' + entry.name, joined(relativeFolder, entry.name),
                               true, handleEntry, cancel))
            return error;
    }
    return {};
}

#else // Q_OS_UNIX

Error listFolderAt(const QString &path, const QString &relativeFolder, bool recursive,
                   const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel)
{
    const QFileInfoList infos = QDir(path).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (cancel.isCancelled())
            return Error::cancelled();
        if (isTemporaryName(info.fileName()))
            continue;
        // A link or junction is listed as a file and never entered.
        const bool isLink = info.isSymbolicLink() || info.isJunction();
        const Entry entry{info.fileName(), info.isDir() && !isLink, info.size()};
        if (Error error = reportEntry(entry, relativeFolder, handleEntry))
            return error;
        if (recursive && entry.isFolder) {
            if (Error error = listFolderAt(info.filePath(), joined(relativeFolder, entry.name),
                                           true, handleEntry, cancel))
                return error;
        }
    }
    return {};
}

#endif // Q_OS_UNIX

} // namespace

LocalFolderReader::LocalFolderReader(QString root)
    : m_root(std::move(root))
{}

Error LocalFolderReader::list(const QStringList &components, bool recursive,
                              const StorageConnector::EntryHandler &handleEntry,
                              const CancelToken &cancel) const
{
    if (cancel.isCancelled())
        return Error::cancelled();
    const QString relativeFolder = components.join(u'/');
    const QString path = components.isEmpty() ? m_root : m_root + u'/' + relativeFolder;
#ifdef Q_OS_UNIX
    const int fd = openFolder(m_root, components);
    if (fd < 0) {
        if (errno == ENOENT) // a folder that does not exist lists nothing
            return {};
        if (errno == ENOTDIR || errno == ELOOP)
            return notAFolderError(path);
        return systemError(errno, QCoreApplication::translate("rca::LocalFolderReader", "list"),
                           path);
    }
    return listOpenFolder(fd, path, relativeFolder, recursive, handleEntry, cancel);
#else
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymbolicLink())
        return {};
    if (!info.isDir() || info.isSymbolicLink() || info.isJunction())
        return notAFolderError(path);
    return listFolderAt(path, relativeFolder, recursive, handleEntry, cancel);
#endif
}

Error LocalFolderReader::read(const QStringList &components, ByteSink *sink,
                              const CancelToken &cancel) const
{
    if (cancel.isCancelled())
        return Error::cancelled();
    const QString path = m_root + u'/' + components.join(u'/');
    const QString action = QCoreApplication::translate("rca::LocalFolderReader", "read");
    auto notAFile = [&] {
        return Error::itemPermanent(
            QCoreApplication::translate("rca::LocalFolderReader",
                                        "%1 is not a file (or is a symbolic link); it is not read.")
                .arg(shown(path)));
    };
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
#ifdef Q_OS_UNIX
    QStringList folder = components;
    const QString name = folder.takeLast();
    const Descriptor folderFd(openFolder(m_root, folder));
    if (folderFd.get() < 0) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
            return missingFileError(path);
        return systemError(errno, action, path);
    }
    // Non-blocking, so that a FIFO placed there cannot hang the job; a regular file reads
    // the same either way.
    const Descriptor fd(openNoFollow(folderFd.get(), name, O_RDONLY | O_NONBLOCK));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            return missingFileError(path);
        if (errno == ELOOP)
            return notAFile();
        return systemError(errno, action, path);
    }
    struct stat info;
    if (::fstat(fd.get(), &info) != 0)
        return systemError(errno, action, path);
    if (!S_ISREG(info.st_mode))
        return notAFile();
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const ssize_t got = ::read(fd.get(), buffer.data(), size_t(buffer.size()));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return systemError(errno, action, path);
        }
        if (got == 0)
            return {};
        if (Error error = sink->write(buffer.constData(), qint64(got)))
            return error;
    }
#else
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymbolicLink())
        return missingFileError(path);
    if (!info.isFile() || info.isSymbolicLink())
        return notAFile();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderReader", "Could not %1 %2: %3.")
                .arg(action, shown(path), file.errorString()));
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return Error::transient(
                QCoreApplication::translate("rca::LocalFolderReader", "Could not %1 %2: %3.")
                    .arg(action, shown(path), file.errorString()));
        if (got == 0)
            return {};
        if (Error error = sink->write(buffer.constData(), got))
            return error;
    }
#endif
}

} // namespace rca
