// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveListing: the children of one archive folder from files.list ('<id>' in parents
// and trashed = false, nextPageToken followed), and with recursive the children of every
// folder below, each as a StoredFile: the path relative to the archive root (the listed
// folder's path + '/' + the name as Drive holds it), folders flagged, size and the listing's
// md5Checksum in lower-case hex, so an audit costs a call per page rather than one per file.
// Drive allows duplicate names: every copy is listed. Used from the engine's worker thread.
#pragma once

#include "googledriveapi.h"
#include "storage/storageconnector.h"

namespace rca {

class GoogleDriveListing
{
public:
    explicit GoogleDriveListing(GoogleDriveApi *api);

    // folderId is the folder at relativeFolder ("" = the archive root).
    Error run(const QString &folderId, const QString &relativeFolder, bool recursive,
              const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

private:
    struct Folder
    {
        QString id;
        QString path; // relative to the archive root
    };
    // Lists one folder, every page; subfolders are appended to *below when wanted.
    Error listOne(const Folder &folder, QList<Folder> *below,
                  const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

    GoogleDriveApi *m_api;
};

} // namespace rca
