// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The profile's files are private to the user who owns them, as OpenSSH keeps ~/.ssh: folders
// 0700, files 0600 (the database holds who called whom, and when). New ones are made so, and
// existing ones are tightened when a profile opens. Unix only; elsewhere these do nothing and
// the profile inherits the user's own folder's access rules. Any thread.
#pragma once

#include "rcacore_export.h"

#include <QString>

namespace rca::PrivateFiles {

// Creates folder and every missing parent; the ones it creates are 0700. False when it cannot.
RCACORE_EXPORT bool makeFolder(const QString &folder);
// Takes group and other access away from path (a file or a folder), keeping the owner's bits.
// True when the modes changed; *error says why it could not (not the owner, …).
RCACORE_EXPORT bool tighten(const QString &path, QString *error = nullptr);
// Whether group or others may read, write or enter path.
RCACORE_EXPORT bool isOpenToOthers(const QString &path);
// "0644" for the log.
RCACORE_EXPORT QString modeText(const QString &path);

} // namespace rca::PrivateFiles
