// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads back what the archive folder on an SFTP server holds, for the auditor: folder listings
// (without the connector's temporary files, never entering a symbolic link) and file contents
// streamed in large pipelined reads. Every step runs through the connector's reconnect helper:
// a folder is listed again, and a file read on from the last byte delivered, once the
// connection is back. Used from the engine's worker thread, for one call at a time.
#pragma once

#include "sshsession.h"
#include "storage/storageconnector.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rca::ssh {

class SftpArchiveReader
{
public:
    // Runs an operation that is safe to repeat on the current session, once more after a
    // reconnect if the connection dropped under it (SftpConnector::withReconnect).
    using Runner = std::function<Error(const std::function<Error(SshSession *)> &)>;

    // Bytes asked of libssh2 per read call: it keeps that much in flight.
    static constexpr qint64 ReadSize = 1024 * 1024;
    // Bytes handed to the sink at least at a time (except the last ones).
    static constexpr qint64 SinkChunk = 256 * 1024;

    // archiveRoot: the absolute path of the archive folder on the server.
    SftpArchiveReader(Runner run, QString archiveRoot);

    // components: the folder below the archive folder, already checked.
    Error list(const QStringList &components, bool recursive,
               const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);
    // components: the file below the archive folder, already checked.
    Error read(const QStringList &components, ByteSink *sink, const CancelToken &cancel);

private:
    Error listFolder(const QString &path, const QString &relativeFolder, bool recursive,
                     const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel);

    Runner m_run;
    QString m_root;
};

} // namespace rca::ssh
