// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver run-once`: archives what is due now, or a given past range, then exits. When
// another process is archiving with the profile it waits for it, showing that job's progress
// (--no-wait refuses instead); SIGTERM and Ctrl+C stop it cleanly (StopSignals).
#include "command.h"
#include "session.h"
#include "stopsignals.h"

#include "common/localtime.h"
#include "engine/engine.h"
#include "store/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTextStream>
#include <QThread>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::RunOnceCommand)
};

// Seconds between two lines about the other process's job while run-once waits for it.
constexpr int WaitReportSeconds = 10;

// What the other process is doing, from the job log it updates as it goes.
QString otherJobText(Database *db)
{
    const std::optional<JobRecord> job = JobStore(db).lastJob();
    if (!job || job->isFinished())
        return Text::tr("it is between jobs");
    return Text::tr("job %1 (%2): %n archived so far", nullptr, job->totalArchived())
        .arg(job->id)
        .arg(localTimeRangeText(job->window.from, job->window.to));
}

// Waits until the other process releases the profile; false when a signal stopped the wait.
bool waitForProfile(Session &session, const Error &busy, QTextStream &err)
{
    err << busy.message() << ' '
        << Text::tr("Waiting for it to finish (Ctrl+C to stop waiting; --no-wait refuses "
                    "instead)…")
        << "\n";
    QDeadlineTimer nextReport(0);
    Database *db = session.db();
    Engine &engine = session.engine();
    while (!StopSignals::received()) {
        if (!engine.isProfileBusy())
            return true;
        if (nextReport.hasExpired()) {
            err << "  " << Text::tr("The other process: %1").arg(otherJobText(db)) << "\n";
            err.flush();
            nextReport.setRemainingTime(WaitReportSeconds * 1000);
        }
        QThread::msleep(250);
    }
    return false;
}

// The worst outcome of the jobs that ran, as an exit status.
int exitCodeOf(const QList<JobRecord> &jobs)
{
    int code = Success;
    for (const JobRecord &job : jobs) {
        if (job.status == JobRecord::Status::CompletedWithErrors && code == Success)
            code = CompletedWithErrors;
        else if (job.status == JobRecord::Status::Failed)
            code = Failure;
    }
    return code;
}

int runOnce(const CommandInvocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasFrom != hasTo) {
        invocation.fail(Text::tr("Give both --from and --to, or neither."));
        return UsageError;
    }
    QDateTime from, to;
    if (hasFrom) {
        from = parseDateTime(parser.value(QStringLiteral("from")), false);
        to = parseDateTime(parser.value(QStringLiteral("to")), true);
        if (!from.isValid() || !to.isValid()) {
            invocation.fail(dateFormatMessage());
            return UsageError;
        }
    }
    const bool wait = !parser.isSet(QStringLiteral("no-wait"));
    Engine &engine = invocation.session.engine();
    StopSignals::install(&engine);
    QTextStream &out = invocation.out;
    QList<JobRecord> jobs;
    QObject::connect(&engine, &Engine::jobFinished, &engine, [&out, &jobs](const JobRecord &job) {
        jobs.append(job);
        out << Text::tr("Job %1 %2: %3")
                   .arg(QString::number(job.id), localTimeRangeText(job.window.from, job.window.to),
                        JobRecord::statusText(job.status));
        // "(48 archived, 0 failed)": scripts read the counts of the English text.
        if (job.totalArchived() > 0 || job.failedItems > 0)
            out << " (" << Text::tr("%n archived", nullptr, job.totalArchived()) << ", "
                << Text::tr("%n failed", nullptr, job.failedItems) << ")";
        if (!job.error.isEmpty())
            out << " - " << job.error;
        out << "\n";
        out.flush();
    });
    Error error;
    for (;;) {
        if (hasFrom)
            engine.runRange(TimeWindow(from, to), &error);
        else
            engine.runDue(true, &error);
        if (exitCodeFor(error) != ProfileBusy)
            break;
        if (!wait) {
            invocation.err << error.message() << ' '
                           << Text::tr("Refused (--no-wait): run again when it has finished.")
                           << "\n";
            invocation.err.flush();
            return ProfileBusy;
        }
        if (!waitForProfile(invocation.session, error, invocation.err))
            return StopSignals::exitCode(ProfileBusy);
        error = {};
    }
    if (StopSignals::received()) {
        invocation.err << Text::tr("Stopped; the interrupted job runs again next time.") << "\n";
        invocation.err.flush();
        return StopSignals::exitCode(Failure);
    }
    if (!hasFrom && jobs.isEmpty() && !error)
        out << Text::tr("Nothing is due.") << "\n";
    if (error) {
        // A failed job, or one that could not start: why says which status.
        return invocation.fail(error);
    }
    return exitCodeOf(jobs);
}

} // namespace

Command runOnceCommand()
{
    return {QStringLiteral("run-once"),
            QStringLiteral("run-once [--from DATETIME --to DATETIME] [--no-wait]"),
            QT_TRANSLATE_NOOP("rca::CommandLine",
                              "Archive what is due now, or the given past range, then exit.\n"
                              "When another RC Archiver is archiving with the profile, wait\n"
                              "for it (--no-wait: refuse, exit status 6)."),
            {CommandOption::from(), CommandOption::to(),
             commandOption(QStringLiteral("no-wait"),
                           QT_TRANSLATE_NOOP("rca::CommandLine",
                                             "run-once: refuse when the profile is busy instead "
                                             "of waiting."))},
            &runOnce};
}

} // namespace rca
