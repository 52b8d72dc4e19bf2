// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localfolderconnector.h"

#include "localerrors.h"
#include "localfiles.h"
#include "localfolderreader.h"
#include "localfolderupload.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

namespace rca {

using localfolder::hashFile;
using localfolder::isTemporaryName;
using localfolder::makeFolders;
using localfolder::probeWritable;
using localfolder::removeStaleTemporaries;
using localfolder::shown;

namespace {

const QString PathOption = QStringLiteral("path");
const QString VolumeSetting = QStringLiteral("volume");

} // namespace

// LocalFolderConnectorFactory

std::unique_ptr<StorageConnector>
LocalFolderConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<LocalFolderConnector>(context);
}

SetUpDescription LocalFolderConnectorFactory::setUpDescription() const
{
    SetUpField path;
    path.key = PathOption;
    path.kind = SetUpField::Kind::FolderPath;
    path.label = tr("Archive folder");
    path.description = tr("The folder to archive into: an external disk or a mounted network "
                          "share. It must exist.");
    path.placeholder = tr("A folder on this computer, a disk or a NAS share");
    path.required = true;
    SetUpDescription d;
    d.fields = {path};
    return d;
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
