// Where one profile keeps its files: the database (settings, job log, ledger), the log files
// and the lock that keeps two processes from archiving at once. The default profile follows
// the platform's conventions (QStandardPaths); --profile DIR keeps everything in DIR.
// Value type, any thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QString>

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
    QString databasePath() const;
    QString lockFilePath() const;
    // Distinguishes this profile's keychain entries from other profiles'.
    QString id() const;

    // Creates the directories; a clear error when that is impossible.
    Error ensureExists() const;

private:
    QString m_dataDir;
    QString m_logDir;
};

} // namespace rca
