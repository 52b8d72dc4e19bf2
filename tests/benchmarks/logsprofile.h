// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The profile of the Logs tab benchmark (bench_logs generate DIR [--jobs N] [--items N]
// [--sql STATEMENT]), written through the store's own API (JobStore, ItemLedger): one job per
// half-hour slot up to the last one due by now, JOBS of them (17,520 by default: a year), the
// ledger's ITEMS (200,000) spread over the business hours in four types, a few failed,
// interrupted and partly failed jobs (deterministic: the same profile each run, up to the
// time of day); a Local folder as the storage, backup off (the engine stays idle), the window
// left at the Logs tab. --sql runs one more statement on it (an index to try). Prints one
// line; 0 on success.
#pragma once

#include <QStringList>

namespace rca::bench {

int generateLogsProfile(const QStringList &args);

} // namespace rca::bench
