// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Who a profile is, kept in its database (the profile table, one row): the id that keys its
// keychain entries, so that a profile moved to another folder keeps its sign-ins, and the
// folder it was last opened in, so that a copy opened beside its original can be told from a
// move. The id is also written to a small file beside the database (rc-archiver.id), which
// marks the folder as a used profile and outlives a database that was lost.
// Any thread (through Database's per-thread connections).
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QString>

namespace rca {

class Database;

class RCACORE_EXPORT ProfileIdentity
{
    Q_DECLARE_TR_FUNCTIONS(rca::ProfileIdentity)

public:
    explicit ProfileIdentity(Database *db);

    // The id of a profile at folder before ids were kept: a hash of the path. Databases made
    // by earlier versions keep it, so their keychain entries go on working.
    static QString pathId(const QString &folder);
    // A new id: 12 random hex digits, the form of pathId().
    static QString newId();
    // The id file beside the database at databasePath ("…/rc-archiver.id"), and its content
    // (empty when there is none or it holds no id).
    static QString idFilePath(const QString &databasePath);
    static QString readIdFile(const QString &databasePath);
    static Error writeIdFile(const QString &databasePath, const QString &id);

    // Empty when the database has no profile row (schema older than 4, or unreadable).
    QString id();
    QString lastPath();
    // A new id (`rc-archiver database new-id`): the database and the id file.
    Error setId(const QString &id);
    Error setLastPath(const QString &folder);
    // Makes the id file say what the database says.
    Error syncIdFile();

    // Where a profile opened at folder stands against the folder it was last opened in.
    enum class Placement {
        Same,   // the same folder (or the first open)
        Moved,  // the last folder no longer holds this profile: recorded as moved here
        Copied, // the last folder still holds a profile with the same id: this is a copy
    };
    // otherFolder: the folder it was last opened in, for Moved and Copied.
    Placement place(const QString &folder, QString *otherFolder = nullptr);

private:
    Database *m_db;
};

} // namespace rca
