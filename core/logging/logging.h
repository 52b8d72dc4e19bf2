// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Logging categories, one per module, quiet at debug level by default, and the message
// handler that writes a rotating log file in the profile's log directory. Every message
// passes through redact() so a token that slipped into a message never reaches the disk.
#pragma once

#include "rcacore_export.h"

#include <QLoggingCategory>
#include <QString>

RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcApp)
RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcEngine)
RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcScheduler)
RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcStore)
RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcSource)
RCACORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcStorage)

    namespace rca::Logging
{

    struct Options
    {
        QString directory;             // where rc-archiver.log and its rotations go
        bool debug = false;            // debug messages of rcarchiver.* too
        bool echoToStderr = false;     // also print warnings and errors on stderr
        qint64 maxFileBytes = 5 << 20; // rotate after 5 MiB
        int keepFiles = 5;             // rc-archiver.log.1 … .5
    };

    // Installs the message handler. Safe to call again (for example after --profile is known).
    RCACORE_EXPORT void install(const Options &options);
    // Restores Qt's default handler and closes the file.
    RCACORE_EXPORT void uninstall();
    // Removes bearer tokens, passwords and OAuth secrets from text.
    RCACORE_EXPORT QString redact(const QString &text);
    RCACORE_EXPORT QString logFilePath();

} // namespace rca::Logging
