// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledrivefolderindex.h"

#include "logging/logging.h"
#include "storage/storageconnector.h"

#include <QCoreApplication>

#include <algorithm>

namespace rca {

GoogleDriveFolderIndex::GoogleDriveFolderIndex(GoogleDriveApi *api)
    : m_api(api)
{}

void GoogleDriveFolderIndex::clear()
{
    m_folders.clear();
}

GoogleDriveFolderIndex::Folder *GoogleDriveFolderIndex::touch(const QString &folderId)
{
    auto it = m_folders.find(folderId);
    if (it == m_folders.end())
        return nullptr;
    it->lastUse = ++m_uses;
    return &it.value();
}

void GoogleDriveFolderIndex::makeRoom()
{
    while (m_folders.size() >= MaxFolders) {
        auto oldest = std::min_element(
            m_folders.begin(), m_folders.end(),
            [](const Folder &a, const Folder &b) { return a.lastUse < b.lastUse; });
        m_folders.erase(oldest);
    }
}

void GoogleDriveFolderIndex::addEmptyFolder(const QString &folderId)
{
    makeRoom();
    m_folders.insert(folderId, Folder());
    touch(folderId);
}

Error GoogleDriveFolderIndex::list(const QString &folderId, const QString &folderPath,
                                   Folder *folder)
{
    const QString q = QStringLiteral("%1 in parents and mimeType != %2 and trashed = false")
                          .arg(GoogleDriveApi::quoted(folderId),
                               GoogleDriveApi::quoted(QString::fromLatin1(FolderMimeType)));
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveListing", "Listing \"%1\" in Google Drive")
            .arg(folderPath.isEmpty() ? archiveRootPath() : folderPath);
    // Oldest first, as a look-up by name answers: of duplicates, the oldest is the one.
    return m_api->listFiles(q, QStringLiteral("id,name,size,md5Checksum"), 1000,
                            QStringLiteral("createdTime"), what, [&](const DriveFile &file) {
                                folder->files[file.name].append(file);
                                return Error();
                            });
}

Error GoogleDriveFolderIndex::filesNamed(const QString &folderId, const QString &folderPath,
                                         const QString &name, QList<DriveFile> *found)
{
    found->clear();
    Folder *folder = touch(folderId);
    if (!folder) {
        Folder listed;
        if (Error error = list(folderId, folderPath, &listed))
            return error;
        qCDebug(lcStorage).noquote() << "Google Drive folder" << folderPath << "holds"
                                     << listed.files.size() << "file name(s)";
        makeRoom();
        m_folders.insert(folderId, std::move(listed));
        folder = touch(folderId);
    }
    if (folder->unsure.contains(name)) {
        QList<DriveFile> fresh;
        if (Error error = m_api->findChildren(folderId, name, false, &fresh))
            return error;
        folder->unsure.remove(name);
        if (fresh.isEmpty())
            folder->files.remove(name);
        else
            folder->files.insert(name, fresh);
    }
    *found = folder->files.value(name);
    return {};
}

void GoogleDriveFolderIndex::recordStored(const QString &folderId, const QString &name,
                                          const DriveFile &file)
{
    Folder *folder = touch(folderId);
    if (!folder || folder->unsure.contains(name))
        return; // not held, or asked again anyway
    QList<DriveFile> &named = folder->files[name];
    for (DriveFile &known : named) {
        if (known.id == file.id) {
            known = file; // a replacement: same id, new content
            known.name = name;
            return;
        }
    }
    named.append(file);
    named.last().name = name;
}

void GoogleDriveFolderIndex::markUnsure(const QString &folderId, const QString &name)
{
    if (Folder *folder = touch(folderId))
        folder->unsure.insert(name);
}

} // namespace rca
