// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The file primitives the Local folder connector builds its atomic uploads from, for POSIX
// and Windows: a locked temporary file written and fsynced, a rename that never replaces
// (and one that does, in one step), a folder fsync, folder creation, the writability probe
// and the clean-up of temporaries a crash left behind. Failures come back classified
// (localerrors.h). Free functions and a value type; any thread.
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#ifndef Q_OS_UNIX
#include <QFile>
#endif

namespace rca::localfolder {

// A new file with a temporary name (".rca-upload-<16 hex digits>.part", see isTemporaryName)
// opened for writing, removed again unless released. On POSIX it is created with O_EXCL and
// locked, so that the stale-file clean-up of a concurrent job leaves it alone.
class TemporaryFile
{
public:
    TemporaryFile() = default;
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    Error create(const QString &folder);
    Error write(const char *data, qint64 size);
    // fsync, then close: a network filesystem may report a failed write only at close.
    Error syncAndClose();

    QString path() const;
    // After the file got its final name, the temporary name is no longer ours to remove.
    void release();
    // Closes the file and removes it, unless released.
    void remove();

private:
#ifdef Q_OS_UNIX
    int m_fd = -1;
    QString m_path;
#else
    QFile m_file;
    bool m_released = false;
#endif
};

// The size and SHA-256 (lower-case hex) of the file at path, read back from the disk.
Error hashFile(const QString &path, qint64 *size, QByteArray *sha256Hex);

// Moves from to to unless to exists; *existed tells which.
Error moveWithoutReplacing(const QString &from, const QString &to, bool *existed);
// Moves from to to, replacing whatever file is there in one step; a folder there is refused.
Error moveReplacing(const QString &from, const QString &to);
// Makes a rename in folder durable (nothing to do on Windows).
Error syncDirectory(const QString &folder);

// Creates base/components[0]/components[1]/…, leaving the folders that exist.
Error makeFolders(const QString &base, const QStringList &components);
// Creates and removes a temporary file: the only honest test of writability (permissions,
// read-only mounts, ACLs, root squash on a NAS).
Error probeWritable(const QString &folder);
// Removes the temporary files an interrupted upload left in folder, except one that another
// upload still holds (locked on POSIX, open on Windows).
void removeStaleTemporaries(const QString &folder);

} // namespace rca::localfolder
