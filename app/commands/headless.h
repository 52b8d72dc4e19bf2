// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver --headless`: the service mode. Runs the schedule in the engine's worker thread
// without a window until SIGTERM or SIGINT. Main thread.
#pragma once

class QTextStream;

namespace rca {

class Session;

// Returns the event loop's exit code once the engine has stopped.
int runHeadless(Session &session, QTextStream &out);

} // namespace rca
