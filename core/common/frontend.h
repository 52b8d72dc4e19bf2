// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which front end this process speaks through — the window, or the command line (a command or
// --headless) — so that a message made deep in core or a connector tells the user what to do
// in the place they are: "Connect it in the Accounts tab" in the window, "run `rc-archiver
// connect dropbox`" on the command line. Set once by the composition root before anything runs;
// the window is the default. Any thread.
#pragma once

#include "rcacore_export.h"

#include <QString>

namespace rca {

namespace Frontend {

enum class Kind { Window, CommandLine };

RCACORE_EXPORT void set(Kind kind);
RCACORE_EXPORT Kind current();

// The end of a message about a service that was never connected: "Connect it in the Accounts
// tab." / "Connect it with `rc-archiver connect dropbox`." service: the id `connect` takes.
RCACORE_EXPORT QString connectAdvice(const QString &service);
// The end of a message about a sign-in that is no longer accepted: "Connect again in the
// Accounts tab." / "Connect again with `rc-archiver connect ringcentral`."
RCACORE_EXPORT QString reconnectAdvice(const QString &service);
// How to retry a job that waits for the user: "use Run now" / "run `rc-archiver run-once`".
RCACORE_EXPORT QString runNowAdvice();

} // namespace Frontend

} // namespace rca
