// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SIGTERM and SIGINT (systemctl stop, logout, Ctrl+C) as a clean stop for the modes that run
// jobs (run-once, audit, --headless): the engine stops its job at the next safe point, the item
// in flight is abandoned and its temporary file removed, the job is marked Interrupted, and the
// process exits with 128 + the signal's number. A second signal ends the process at once.
// Unix only; elsewhere install() does nothing. Main thread.
#pragma once

#include <functional>

namespace rca {

class Engine;

namespace StopSignals {

// Routes both signals to engine->shutDown(); onStop then runs in the main thread's event loop
// (e.g. to quit it), when there is one running.
void install(Engine *engine, std::function<void()> onStop = {});
// The signal that asked the process to stop, or 0.
int received();
// 128 + received() when a signal stopped the process, else code.
int exitCode(int code);

} // namespace StopSignals

} // namespace rca
