// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxListing: one folder of the archive listed with GET /folders/{id}/items (fields
// name,size,sha1,type), page after page, and every folder below it when asked (one listing per
// folder, by id, so a stray name cannot lead the walk astray). Each file becomes a StoredFile
// with its path relative to the archive root, its size and Box's sha1, so an audit costs a call
// per page rather than one per file. Names are passed on as Box gives them (a stray name that
// cannot be an archive path is for the caller to report). Web links are skipped. Used from the
// connector's thread only.
#pragma once

#include "boxapi.h"
#include "storage/storageconnector.h"

namespace rca {

class BoxListing
{
public:
    explicit BoxListing(BoxApi *api);

    // folderId holds relativeFolder ("" = the archive root). A folder that is gone lists
    // nothing and is no error.
    Error run(const QString &folderId, const QString &relativeFolder, bool recursive,
              const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

private:
    BoxApi *m_api;
};

} // namespace rca
