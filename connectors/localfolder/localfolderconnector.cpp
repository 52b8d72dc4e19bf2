#include "localfolderconnector.h"

#include "archive/sha256.h"
#include "localfolderreader.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QUrl>

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

namespace rca {

namespace {

const QString PathOption = QStringLiteral("path");
const QString VolumeSetting = QStringLiteral("volume");
constexpr qint64 WriteBufferSize = 256 * 1024;

// Temporary files are recognisable, so that a later run can remove what a crash left behind
// without touching anything else.
QString newTemporaryName()
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral(".rca-upload-%1.part").arg(random, 16, 16, QLatin1Char('0'));
}

using localfolder::isTemporaryName;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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

#ifdef Q_OS_UNIX

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

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

// A new file opened for writing with O_EXCL, locked so that the stale-file cleanup of a
// concurrent job leaves it alone.
class TemporaryFile
{
public:
    ~TemporaryFile() { remove(); }

    Error create(const QString &folder)
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
                    errno,
                    QCoreApplication::translate("rca::LocalFolderConnector", "create a file in"),
                    folder);
        }
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "Could not create a temporary file in %1.")
                .arg(shown(folder)));
    }

    Error write(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t written = ::write(m_fd, data, size_t(size));
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                return errorFromErrno(
                    errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                    m_path);
            }
            data += written;
            size -= written;
        }
        return {};
    }

    // fsync, then close: a network filesystem may report a failed write only at close.
    Error syncAndClose()
    {
        while (::fsync(m_fd) != 0) {
            if (errno != EINTR)
                return errorFromErrno(
                    errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                    m_path);
        }
        const int fd = std::exchange(m_fd, -1);
        if (::close(fd) != 0 && errno != EINTR)
            return errorFromErrno(
                errno, QCoreApplication::translate("rca::LocalFolderConnector", "write"), m_path);
        return {};
    }

    const QString &path() const { return m_path; }
    // After the file got its final name, the temporary name is no longer ours to remove.
    void release() { m_path.clear(); }

    void remove()
    {
        if (m_fd >= 0)
            ::close(std::exchange(m_fd, -1));
        if (!m_path.isEmpty())
            ::unlink(encoded(std::exchange(m_path, QString())).constData());
    }

private:
    int m_fd = -1;
    QString m_path;
};

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

// Removes the temporary files an interrupted upload left in folder, except one that another
// upload still holds locked.
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

class TemporaryFile
{
public:
    ~TemporaryFile() { remove(); }

    Error create(const QString &folder)
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
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "Could not create a temporary file in %1.")
                .arg(shown(folder)));
    }

    Error write(const char *data, qint64 size)
    {
        if (m_file.write(data, size) != size)
            return errorFromFile(m_file,
                                 QCoreApplication::translate("rca::LocalFolderConnector", "write"),
                                 m_file.fileName());
        return {};
    }

    Error syncAndClose()
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

    QString path() const { return m_file.fileName(); }
    void release() { m_released = true; }

    void remove()
    {
        m_file.close();
        if (!m_released && !m_file.fileName().isEmpty())
            m_file.remove();
        m_released = true;
    }

private:
    QFile m_file;
    bool m_released = false;
};

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

// Creates and removes a temporary file: the only honest test of writability (permissions,
// read-only mounts, ACLs, root squash on a NAS).
Error probeWritable(const QString &folder)
{
    TemporaryFile probe;
    if (Error error = probe.create(folder))
        return error;
    return probe.syncAndClose();
}

// One atomic upload: a temporary file beside the final name, verified on commit, then
// renamed to it without replacing what is there or, for a replacement, over it.
class LocalFolderUpload : public StorageUpload
{
public:
    enum class Mode { Create, Replace };

    LocalFolderUpload(QString folder, QString finalPath, QString relativePath, Mode mode)
        : m_folder(std::move(folder))
        , m_finalPath(std::move(finalPath))
        , m_relativePath(std::move(relativePath))
        , m_mode(mode)
    {}

    Error start() { return m_file.create(m_folder); }

    bool retarget(const QString &relativePath) override
    {
        // Only another name in the same folder: the temporary file stays where it is.
        const qsizetype slash = relativePath.lastIndexOf(u'/');
        const QString name = relativePath.mid(slash + 1);
        if (m_finished ||
            relativePath.left(slash) != m_relativePath.left(m_relativePath.lastIndexOf(u'/')) ||
            name.isEmpty() || name.startsWith(u'.') || name.contains(u'\\'))
            return false;
        m_finalPath = m_folder + u'/' + name;
        m_relativePath = relativePath;
        return true;
    }

    Error write(const char *data, qint64 size) override
    {
        if (m_finished)
            return Error::transient(
                QCoreApplication::translate("rca::LocalFolderConnector",
                                            "The upload of %1 is already finished.")
                    .arg(shown(m_finalPath)));
        if (m_failure)
            return m_failure;
        if (size <= 0)
            return {};
        m_size += size;
        if (m_buffer.size() + size <= WriteBufferSize) {
            m_buffer.append(data, size);
            return {};
        }
        if (Error error = flushBuffer())
            return error;
        if (size >= WriteBufferSize)
            return keep(m_file.write(data, size));
        m_buffer.append(data, size);
        return {};
    }

    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override
    {
        if (m_finished)
            return Error::transient(
                QCoreApplication::translate("rca::LocalFolderConnector",
                                            "The upload of %1 is already finished.")
                    .arg(shown(m_finalPath)));
        m_finished = true;
        Error error = m_failure;
        if (!error)
            error = flushBuffer();
        if (!error)
            error = m_file.syncAndClose();
        if (error) {
            m_file.remove();
            return error;
        }

        // Verify what reached the disk: read the temporary back and compare it with the digest
        // of what the caller sent.
        QByteArray written;
        qint64 writtenSize = -1;
        if (Error hashError = hashFile(m_file.path(), &writtenSize, &written)) {
            m_file.remove();
            return hashError;
        }
        if (writtenSize != m_size || (!sha256Hex.isEmpty() && sha256Hex.toLower() != written)) {
            m_file.remove();
            return Error::transient(
                QCoreApplication::translate("rca::LocalFolderConnector",
                                            "The data written for %1 does not match what "
                                            "was sent; it will be written again.")
                    .arg(shown(m_finalPath)));
        }

        bool existed = false;
        if (m_mode == Mode::Replace)
            error = moveReplacing(m_file.path(), m_finalPath);
        else
            error = moveWithoutReplacing(m_file.path(), m_finalPath, &existed);
        if (error || existed) {
            m_file.remove();
            if (error)
                return error;
            qint64 existingSize = -1;
            QByteArray existingSha256;
            if (Error hashError = hashFile(m_finalPath, &existingSize, &existingSha256))
                return hashError;
            if (existingSize != m_size || existingSha256 != written)
                return Error::conflict(
                    QCoreApplication::translate("rca::LocalFolderConnector",
                                                "A different file already exists at "
                                                "%1; it was not overwritten.")
                        .arg(shown(m_finalPath)));
        } else {
            m_file.release();
            if (Error syncError = syncDirectory(m_folder))
                return syncError;
        }

        if (stored) {
            stored->path = m_relativePath;
            stored->size = m_size;
            stored->sha256 = written;
            stored->providerChecksum.clear();
            stored->alreadyPresent = existed;
        }
        return {};
    }

private:
    Error flushBuffer()
    {
        if (m_buffer.isEmpty())
            return {};
        Error error = keep(m_file.write(m_buffer.constData(), m_buffer.size()));
        m_buffer.clear();
        return error;
    }

    // The first write error sticks: later writes and the commit report it.
    Error keep(Error error)
    {
        if (error && !m_failure)
            m_failure = error;
        return error;
    }

    QString m_folder;
    QString m_finalPath;
    QString m_relativePath;
    Mode m_mode;
    TemporaryFile m_file;
    qint64 m_size = 0;
    QByteArray m_buffer;
    Error m_failure;
    bool m_finished = false;
};

} // namespace

// LocalFolderConnectorFactory

std::unique_ptr<StorageConnector>
LocalFolderConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<LocalFolderConnector>(context);
}

// LocalFolderConnector

LocalFolderConnector::LocalFolderConnector(const ConnectorContext &context)
    : m_settings(context.settings)
{}

Error LocalFolderConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    QString path = options.value(PathOption).toString().trimmed();
    if (path.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::LocalFolderConnector",
            "Choose the folder to archive into (the \"path\" option)."));
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);

    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    if (!info.exists())
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The folder %1 does not exist. Connect the disk or "
                                        "network share, or choose another folder.")
                .arg(shown(absolute)));
    if (!info.isDir())
        return Error::storage(
            QCoreApplication::translate("rca::LocalFolderConnector", "%1 is not a folder.")
                .arg(shown(absolute)));

    QJsonObject newSettings;
    newSettings[PathOption] = absolute;
    // Remembers which mount the folder is on, so that open() can tell an unmounted share
    // (whose empty mount point is still there) from a deleted archive folder.
    newSettings[VolumeSetting] = QStorageInfo(absolute).rootPath();

    if (Error error = makeFolders(absolute, archiveRootPath().split(u'/')))
        return error;
    if (Error error = probeWritable(absolute + u'/' + archiveRootPath()))
        return error;

    m_settings = newSettings;
    if (settings)
        *settings = newSettings;
    qCInfo(lcStorage) << "Local folder archive set up in" << rootFolder();
    return {};
}

Error LocalFolderConnector::tearDown()
{
    // No credentials to forget, and archived files are never deleted.
    return {};
}

Error LocalFolderConnector::open(const CancelToken &cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    const QString top = topFolder();
    if (top.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::LocalFolderConnector",
            "The local folder archive is not set up: no folder is configured."));
    if (!QFileInfo(top).isDir())
        return missingRootError();

    const QString root = rootFolder();
    if (!QFileInfo(root).isDir()) {
        const QString volume = m_settings.value(VolumeSetting).toString();
        if (!volume.isEmpty() && QStorageInfo(top).rootPath() != volume)
            return Error::storage(
                QCoreApplication::translate("rca::LocalFolderConnector",
                                            "The archive folder %1 is missing, and %2 is no "
                                            "longer on the disk or share mounted at %3. Is "
                                            "the disk or network share connected?")
                    .arg(shown(root), shown(top), shown(volume)));
        qCWarning(lcStorage) << "The archive folder" << root << "was missing; creating it again";
        if (Error error = makeFolders(top, archiveRootPath().split(u'/')))
            return error;
    }
    if (Error error = probeWritable(root))
        return error;
    removeStaleTemporaries(root);
    return {};
}

void LocalFolderConnector::close() {}

Error LocalFolderConnector::ensureFolder(const QString &relativePath)
{
    QStringList components;
    if (Error error = checkPath(relativePath, false, &components))
        return error;
    const QString root = rootFolder();
    if (!QFileInfo(root).isDir())
        return missingRootError();
    if (Error error = makeFolders(root, components))
        return error;
    removeStaleTemporaries(components.isEmpty() ? root : root + u'/' + components.join(u'/'));
    return {};
}

std::unique_ptr<StorageUpload> LocalFolderConnector::beginUpload(const QString &relativePath,
                                                                 qint64 expectedSize, Error *error)
{
    Q_UNUSED(expectedSize)
    return startUpload(relativePath, false, error);
}

std::unique_ptr<StorageUpload> LocalFolderConnector::beginReplace(const QString &relativePath,
                                                                  qint64 expectedSize, Error *error)
{
    Q_UNUSED(expectedSize)
    return startUpload(relativePath, true, error);
}

std::unique_ptr<StorageUpload> LocalFolderConnector::startUpload(const QString &relativePath,
                                                                 bool replace, Error *error)
{
    Error result;
    QStringList components;
    result = checkPath(relativePath, true, &components);
    if (!result && !QFileInfo(rootFolder()).isDir())
        result = missingRootError();
    std::unique_ptr<LocalFolderUpload> upload;
    if (!result) {
        const QString fileName = components.takeLast();
        QString folder = rootFolder();
        if (!components.isEmpty())
            folder += u'/' + components.join(u'/');
        upload = std::make_unique<LocalFolderUpload>(folder, folder + u'/' + fileName, relativePath,
                                                     replace ? LocalFolderUpload::Mode::Replace
                                                             : LocalFolderUpload::Mode::Create);
        result = upload->start();
        if (result)
            upload.reset();
    }
    if (error)
        *error = result;
    return upload;
}

Error LocalFolderConnector::stat(const QString &relativePath, StoredFile *stored)
{
    *stored = StoredFile();
    stored->path = relativePath;
    QStringList components;
    if (Error error = checkPath(relativePath, true, &components))
        return error;
    const QString path = rootFolder() + u'/' + components.join(u'/');
    const QFileInfo info(path);
    if (!info.exists()) {
        // An unmounted disk must not look like a file that is simply not there.
        if (!QFileInfo(rootFolder()).isDir())
            return missingRootError();
        return {};
    }
    if (info.isDir())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::LocalFolderConnector", "%1 is a folder, not a file.")
                .arg(shown(path)));
    return hashFile(path, &stored->size, &stored->sha256);
}

Error LocalFolderConnector::listFolder(const QString &relativeFolder, bool recursive,
                                       const EntryHandler &handleEntry, const CancelToken &cancel)
{
    QStringList components;
    if (Error error = checkPath(relativeFolder, false, &components))
        return error;
    // An unmounted disk must not look like an empty archive.
    if (!QFileInfo(rootFolder()).isDir())
        return missingRootError();
    return LocalFolderReader(rootFolder()).list(components, recursive, handleEntry, cancel);
}

Error LocalFolderConnector::readFile(const QString &relativePath, ByteSink *sink,
                                     const CancelToken &cancel)
{
    QStringList components;
    if (Error error = checkPath(relativePath, true, &components))
        return error;
    if (!QFileInfo(rootFolder()).isDir())
        return missingRootError();
    return LocalFolderReader(rootFolder()).read(components, sink, cancel);
}

QString LocalFolderConnector::location() const
{
    return topFolder().isEmpty() ? QString() : shown(rootFolder());
}

QString LocalFolderConnector::locationUrl() const
{
    return topFolder().isEmpty() ? QString()
                                 : QUrl::fromLocalFile(rootFolder()).toString(QUrl::FullyEncoded);
}

QString LocalFolderConnector::topFolder() const
{
    return m_settings.value(PathOption).toString();
}

QString LocalFolderConnector::rootFolder() const
{
    return QDir::cleanPath(topFolder() + u'/' + archiveRootPath());
}

Error LocalFolderConnector::missingRootError() const
{
    return Error::storage(
        QCoreApplication::translate("rca::LocalFolderConnector",
                                    "The archive folder %1 is missing. Is the disk or "
                                    "network share connected?")
            .arg(shown(rootFolder())));
}

Error LocalFolderConnector::checkPath(const QString &relativePath, bool needsFileName,
                                      QStringList *components) const
{
    components->clear();
    if (relativePath.startsWith(u'/') || relativePath.startsWith(u'\\') ||
        QDir::isAbsolutePath(relativePath))
        return Error::itemPermanent(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The path \"%1\" is absolute; only paths "
                                        "inside the archive folder are allowed.")
                .arg(relativePath));
    if (relativePath.isEmpty()) {
        if (needsFileName)
            return Error::itemPermanent(QCoreApplication::translate("rca::LocalFolderConnector",
                                                                    "No file name was given."));
        return {};
    }
    const QStringList parts = relativePath.split(u'/');
    for (const QString &part : parts) {
        bool unsafe = part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
                      part.contains(u'\\') || part.contains(QChar(u'\0'));
#ifdef Q_OS_WIN
        unsafe = unsafe || part.contains(u':');
#endif
        if (unsafe)
            return Error::itemPermanent(
                QCoreApplication::translate("rca::LocalFolderConnector",
                                            "The path \"%1\" was refused: \"%2\" is "
                                            "not a safe folder or file name.")
                    .arg(relativePath, part));
        // The stale-file cleanup would delete such a file later.
        if (isTemporaryName(part))
            return Error::itemPermanent(
                QCoreApplication::translate(
                    "rca::LocalFolderConnector",
                    "The path \"%1\" was refused: \"%2\" is reserved for temporary "
                    "files.")
                    .arg(relativePath, part));
    }
    *components = parts;
    return {};
}

} // namespace rca
