// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where one profile keeps its files: the database (settings, job log, ledger), its copies, the
// log files and the lock that keeps two processes from archiving at once. The default profile
// follows the platform's conventions (QStandardPaths); --profile DIR keeps everything in DIR.
// Everything in it is private to its owner (folders 0700, files 0600). Value type, any thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QString>
#include <QStringList>

namespace rca {

class RCACORE_EXPORT Profile
{
public:
    // The platform's standard locations (needs QCoreApplication's names set).
    static Profile standard();
    // Everything in one directory (tests, portable use, several accounts side by side).
    static Profile inDirectory(const QString &directory);

    QString dataDirectory() const { return m_dataDir; }
    QString logDirectory() const { return m_logDir; }
    QString backupDirectory() const;
    QString databasePath() const;
    QString lockFilePath() const;
    // Distinguishes this profile's keychain entries from other profiles'. It is kept in the
    // profile's database (ProfileIdentity), so it moves with the folder: the one set by
    // setId() once the database is open, else the id file the database keeps beside itself,
    // else (before the database exists) a hash of the folder's path, which is also the id a
    // database made before ids were kept is given.
    QString id() const;
    void setId(const QString &id) { m_id = id; }

    // Creates the folders, private (0700), and takes group and other access away from the
    // existing folders and files of the profile, as OpenSSH does for ~/.ssh; *tightened
    // lists what it changed ("path (was 0755)"), for the log. A clear error when a folder
    // cannot be made.
    Error ensureExists(QStringList *tightened = nullptr) const;

private:
    QString m_dataDir;
    QString m_logDir;
    QString m_id;
};

} // namespace rca
