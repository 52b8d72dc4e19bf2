// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DropboxListing: one folder of the archive listed with files/list_folder (recursive when
// asked) and files/list_folder/continue until has_more is false. Each entry becomes a
// StoredFile with its path relative to the archive root (what follows the root in path_display,
// compared without regard to case like Dropbox does), its size and the content_hash of the
// listing itself, so an audit costs a call per page rather than one per file. Entries outside
// the root are skipped with a warning; names are passed on as Dropbox gives them. Used from
// the connector's thread only.
#pragma once

#include "dropboxapi.h"
#include "storage/storageconnector.h"

namespace rca {

class DropboxListing
{
public:
    explicit DropboxListing(DropboxApi *api);

    // A folder that does not exist lists nothing and is no error.
    Error run(const QString &relativeFolder, bool recursive,
              const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

    // The archive-relative path of a Dropbox path ("/RingCentral Application/a/b" → "a/b");
    // false when it is not below the archive root.
    static bool relativePath(const QString &dropboxPath, QString *relative);

private:
    // Hands one page's entries to handleEntry.
    Error takeEntries(const QJsonObject &page, const QString &listedFolder,
                      const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

    DropboxApi *m_api;
};

} // namespace rca
