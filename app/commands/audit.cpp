// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audit.h"

#include "command.h"
#include "session.h"
#include "stopsignals.h"

#include "engine/engine.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace rca {

namespace {

// The translation context of the command's own messages.
struct AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(rca::AuditCommand)
};

QString repairText(const JobRecord &job)
{
    QString text =
        AuditCommand::tr("Repair job %1: %2, %n item(s) archived", nullptr, job.totalArchived())
            .arg(job.id)
            .arg(JobRecord::statusText(job.status));
    if (job.failedItems > 0)
        text += u' ' + AuditCommand::tr("(%n failed)", nullptr, job.failedItems);
    text += u'.';
    if (!job.error.isEmpty() && job.status != JobRecord::Status::Completed)
        text += u' ' + job.error;
    return text;
}

QJsonObject repairJson(const JobRecord &job)
{
    return QJsonObject{{QStringLiteral("jobId"), job.id},
                       {QStringLiteral("status"), JobRecord::statusKey(job.status)},
                       {QStringLiteral("archived"), job.totalArchived()},
                       {QStringLiteral("failed"), job.failedItems},
                       {QStringLiteral("error"), job.error}};
}

int audit(const CommandInvocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const QString from = QStringLiteral("from"), to = QStringLiteral("to");
    const QString csv = QStringLiteral("csv"), json = QStringLiteral("json");
    if (!parser.isSet(from) || !parser.isSet(to))
        return invocation.fail(
            AuditCommand::tr("Give the range to check: audit --from DATE --to DATE."));
    if (parser.isSet(csv) && parser.isSet(json))
        return invocation.fail(AuditCommand::tr("Choose one of --csv and --json."));
    AuditCommandOptions options;
    options.range =
        TimeWindow(parseDateTime(parser.value(from), false), parseDateTime(parser.value(to), true));
    if (!options.range.from.isValid() || !options.range.to.isValid())
        return invocation.fail(dateFormatMessage());
    options.repair = parser.isSet(QStringLiteral("repair"));
    options.format = parser.isSet(json)  ? AuditCommandOptions::Format::Json
                     : parser.isSet(csv) ? AuditCommandOptions::Format::Csv
                                         : AuditCommandOptions::Format::Text;
    return runAuditCommand(invocation.session.engine(), options, invocation.out, invocation.err);
}

} // namespace

Command auditCommand()
{
    return {
        QStringLiteral("audit"),
        QStringLiteral("audit --from DATE --to DATE [--repair] [--csv | --json]"),
        QT_TRANSLATE_NOOP("rca::CommandLine",
                          "Check that every item the source holds for the range is\n"
                          "archived and intact in the storage; --repair archives what\n"
                          "is missing or damaged. Exit status 0 when all is verified,\n"
                          "3 when problems remain, 1 when the check could not run."),
        {CommandOption::from(), CommandOption::to(), CommandOption::csv(),
         commandOption(QStringLiteral("json"),
                       QT_TRANSLATE_NOOP("rca::CommandLine", "audit: the report as JSON.")),
         commandOption(QStringLiteral("repair"),
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "audit: archive what is missing or damaged, then check "
                                         "again."))},
        &audit};
}

int runAuditCommand(Engine &engine, const AuditCommandOptions &options, QTextStream &out,
                    QTextStream &err)
{
    // Progress goes to stderr so that --csv and --json stay clean on stdout.
    QString lastPhase;
    QObject::connect(&engine, &Engine::auditProgress, &engine, [&](const AuditProgress &progress) {
        if (progress.phase == lastPhase)
            return;
        lastPhase = progress.phase;
        err << progress.phase << "…\n";
        err.flush();
    });
    StopSignals::install(&engine);
    Error error;
    const AuditResult result = engine.audit(options.range, options.repair, &error);
    if (error && !result.report.jobId) {
        err << error.message() << "\n";
        err.flush();
        return exitCodeFor(error);
    }
    const AuditReport &final = result.final();
    switch (options.format) {
    case AuditCommandOptions::Format::Json: {
        QJsonObject json = result.report.toJson();
        if (result.repairJob)
            json.insert(QStringLiteral("repair"), repairJson(*result.repairJob));
        if (result.afterRepair)
            json.insert(QStringLiteral("afterRepair"), result.afterRepair->toJson());
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    }
    case AuditCommandOptions::Format::Csv:
        // The report the exit status speaks of: after the repair when there was one.
        out << QString::fromUtf8(final.toCsv());
        break;
    case AuditCommandOptions::Format::Text:
        out << result.report.toText();
        if (result.repairJob) {
            out << "\n" << repairText(*result.repairJob) << "\n\n";
            if (result.afterRepair)
                out << AuditCommand::tr("After the repair:") << "\n"
                    << result.afterRepair->toText();
        } else if (options.repair && result.report.isClean()) {
            out << AuditCommand::tr("Nothing to repair.") << "\n";
        } else if (!options.repair && result.report.repairableCount() > 0) {
            out << AuditCommand::tr(
                       "%n problem(s) can be repaired: run the same command with --repair.",
                       nullptr, result.report.repairableCount())
                << "\n";
        }
        break;
    }
    out.flush();
    if (error) {
        err << error.message() << "\n";
        err.flush();
    }
    if (final.error)
        return StopSignals::exitCode(exitCodeFor(final.error));
    return final.isClean() ? Success : ProblemsFound;
}

} // namespace rca
