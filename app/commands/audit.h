// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver audit`: checks that a range is completely and intactly archived, and with
// --repair archives what is missing or damaged; prints the report as text, CSV or JSON.
// auditCommand() (command.h) reads the line; runAuditCommand() runs it. Main thread.
#pragma once

#include "archive/timewindow.h"

class QTextStream;

namespace rca {

class Engine;

struct AuditCommandOptions
{
    TimeWindow range;
    bool repair = false;
    enum class Format { Text, Csv, Json } format = Format::Text;
};

// The exit status (command.h): Success when every listed item is verified, ProblemsFound
// (after the repair, when one was asked for), or exitCodeFor() the error that kept it from
// running.
int runAuditCommand(Engine &engine, const AuditCommandOptions &options, QTextStream &out,
                    QTextStream &err);

} // namespace rca
