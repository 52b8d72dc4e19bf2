// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// How the Local folder connector names a path in a message, and how it classifies a failed
// file operation into an Error (a full, read-only, unwritable or unreachable disk stops the
// job; anything else is worth another try later). Free functions; any thread.
#pragma once

#include "common/error.h"

#include <QString>

#ifndef Q_OS_UNIX
#include <QFileDevice>
#endif

namespace rca::localfolder {

// The path as the user's system writes it.
QString shown(const QString &path);

#ifdef Q_OS_UNIX
// A failed system call on path, from its errno. action: "write", "create the folder", …
Error errorFromErrno(int error, const QString &action, const QString &path);
#else
// A failed QFile operation on path.
Error errorFromFile(const QFileDevice &file, const QString &action, const QString &path);
#endif

} // namespace rca::localfolder
