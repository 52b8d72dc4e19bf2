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

// The exit codes of `audit`: every listed item verified; problems found (after the repair,
// when one was asked for); the audit could not run.
enum AuditExitCode { AuditClean = 0, AuditFailed = 1, AuditProblemsFound = 3 };

int runAuditCommand(Engine &engine, const AuditCommandOptions &options, QTextStream &out,
                    QTextStream &err);

} // namespace rca
