// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveFolderIndex: what the folders that uploads go to hold, so that the check "is a
// file of this name already there?" (an upload never creates a second copy: after a crash
// between Drive creating a file and the ledger recording it, the next job finds the file) costs
// one files.list per folder and job instead of one query per file. A folder is listed the first
// time an upload asks about it; a folder this job created is known to be empty; every file an
// upload stores is added. Wherever an outcome is unknown (an answer was lost, an upload failed
// after its request went out, a damaged copy could not be deleted) the name is marked unsure
// and the next question about it goes to Drive again. Opening the connector starts a new index,
// so every job sees what earlier (possibly killed) runs left. At most MaxFolders folders are
// held (the least recently used is dropped and listed again if needed), so a long catch-up job
// keeps memory flat. Used from the engine's worker thread.
#pragma once

#include "googledriveapi.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace rca {

class GoogleDriveFolderIndex
{
public:
    static constexpr int MaxFolders = 16;

    explicit GoogleDriveFolderIndex(GoogleDriveApi *api);

    void clear();
    // The folder was created by this connector: it holds nothing yet.
    void addEmptyFolder(const QString &folderId);
    // The files (not folders) named name in folderId, oldest first; folderPath names the
    // folder in messages.
    Error filesNamed(const QString &folderId, const QString &folderPath, const QString &name,
                     QList<DriveFile> *found);
    // Drive confirmed that file (new, or new content for an existing id) is named name there.
    void recordStored(const QString &folderId, const QString &name, const DriveFile &file);
    // What folderId holds under name is no longer known: ask Drive next time.
    void markUnsure(const QString &folderId, const QString &name);

private:
    struct Folder
    {
        QHash<QString, QList<DriveFile>> files; // by name, oldest first
        QSet<QString> unsure;
        quint64 lastUse = 0;
    };
    Error list(const QString &folderId, const QString &folderPath, Folder *folder);
    Folder *touch(const QString &folderId);
    void makeRoom();

    GoogleDriveApi *m_api;
    QHash<QString, Folder> m_folders; // by folder id
    quint64 m_uses = 0;
};

} // namespace rca
