// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledrivelisting.h"

#include <QCoreApplication>

namespace rca {

GoogleDriveListing::GoogleDriveListing(GoogleDriveApi *api)
    : m_api(api)
{}

Error GoogleDriveListing::run(const QString &folderId, const QString &relativeFolder,
                              bool recursive, const StorageConnector::EntryHandler &handleEntry,
                              const CancelToken &cancel)
{
    QList<Folder> pending{{folderId, relativeFolder}};
    while (!pending.isEmpty()) {
        const Folder folder = pending.takeFirst();
        QList<Folder> below;
        if (Error error = listOne(folder, recursive ? &below : nullptr, handleEntry, cancel))
            return error;
        pending = below + pending; // depth first: a folder's contents follow it
    }
    return {};
}

Error GoogleDriveListing::listOne(const Folder &folder, QList<Folder> *below,
                                  const StorageConnector::EntryHandler &handleEntry,
                                  const CancelToken &cancel)
{
    const QString q =
        QStringLiteral("%1 in parents and trashed = false").arg(GoogleDriveApi::quoted(folder.id));
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveListing", "Listing \"%1\" in Google Drive")
            .arg(folder.path.isEmpty() ? archiveRootPath() : folder.path);
    const QString folderMime = QString::fromLatin1(FolderMimeType);
    if (cancel.isCancelled())
        return Error::cancelled();
    return m_api->listFiles(q, QStringLiteral("id,name,mimeType,size,md5Checksum"), 1000, QString(),
                            what, [&](const DriveFile &file) -> Error {
                                if (cancel.isCancelled())
                                    return Error::cancelled();
                                StoredFile entry;
                                // The name as Drive holds it, even one with '/', ".." or control
                                // characters: the caller reports what cannot be an archive path.
                                entry.path = folder.path.isEmpty() ? file.name
                                                                   : folder.path + u'/' + file.name;
                                entry.isFolder = file.mimeType == folderMime;
                                if (!entry.isFolder) {
                                    entry.size = file.size;
                                    entry.providerChecksum = file.md5;
                                } else if (below) {
                                    below->append({file.id, entry.path});
                                }
                                return handleEntry(entry);
                            });
}

} // namespace rca
