// `rc-archiver run-once`: archives what is due now, or a given past range, then exits.
#include "command.h"
#include "session.h"

#include "engine/engine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rca {

namespace {

int runOnce(const CommandInvocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasFrom != hasTo)
        return invocation.fail(QStringLiteral("Give both --from and --to, or neither."));
    Engine &engine = invocation.session.engine();
    QTextStream &out = invocation.out;
    QObject::connect(&engine, &Engine::jobFinished, &engine, [&out](const JobRecord &job) {
        out << "Job " << job.id << " " << localText(job.window.from) << " – "
            << localText(job.window.to) << ": " << JobRecord::statusText(job.status);
        if (job.totalArchived() > 0 || job.failedItems > 0)
            out << " (" << job.totalArchived() << " archived, " << job.failedItems << " failed)";
        if (!job.error.isEmpty())
            out << " - " << job.error;
        out << "\n";
        out.flush();
    });
    Error error;
    if (hasFrom) {
        const QDateTime from = parseDateTime(parser.value(QStringLiteral("from")), false);
        const QDateTime to = parseDateTime(parser.value(QStringLiteral("to")), true);
        if (!from.isValid() || !to.isValid())
            return invocation.fail(dateFormatMessage());
        engine.runRange(TimeWindow(from, to), &error);
    } else {
        const QList<JobRecord> jobs = engine.runDue(true, &error);
        if (jobs.isEmpty() && !error)
            out << "Nothing is due.\n";
    }
    if (error)
        return invocation.fail(error.message());
    return Success;
}

} // namespace

Command runOnceCommand()
{
    return {QStringLiteral("run-once"),
            QStringLiteral("run-once [--from DATETIME --to DATETIME]"),
            {QStringLiteral("Archive what is due now, or the given past range, then exit"),
             QStringLiteral("(exit code 1 when a job failed).")},
            {CommandOption::from(), CommandOption::to()},
            &runOnce};
}

} // namespace rca
