// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads back what a local archive folder holds, for the auditor: folder listings and file
// contents, never following a symbolic link out of the archive folder. Used from the engine's
// worker thread; holds no state but the archive folder's path.
#pragma once

#include "storage/storageconnector.h"

#include <QString>
#include <QStringList>

namespace rca {

namespace localfolder {
// ".rca-upload-<16 hex digits>.part": the temporary file of an upload in progress (or one a
// crash left behind). Listings hide them; the stale-file clean-up removes them.
bool isTemporaryName(const QString &name);
} // namespace localfolder

class LocalFolderReader
{
public:
    // root: the archive folder, which exists.
    explicit LocalFolderReader(QString root);

    // components: the folder below the root, already checked (no "..", no empty parts).
    Error list(const QStringList &components, bool recursive,
               const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel) const;
    // components: the file below the root, already checked.
    Error read(const QStringList &components, ByteSink *sink, const CancelToken &cancel) const;

    // Bytes handed to the sink at a time.
    static constexpr qint64 ChunkSize = 1024 * 1024;

private:
    QString m_root;
};

} // namespace rca
