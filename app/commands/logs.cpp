// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver logs`: the job log as a table, or with --csv as the Logs tab exports it.
#include "command.h"
#include "session.h"

#include "common/localtime.h"
#include "store/joblogcsv.h"
#include "store/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::LogsCommand)
};

const QString LessOption = QStringLiteral("less");

void printTable(QTextStream &out, const QList<JobRecord> &jobs)
{
    const QStringList header = {Text::tr("From"),
                                Text::tr("To"),
                                Text::tr("Status"),
                                Text::tr("Job Start"),
                                Text::tr("Job End"),
                                Text::tr("Storage"),
                                Text::tr("Call Recording"),
                                Text::tr("Voice Mail"),
                                Text::tr("SMS"),
                                Text::tr("Fax")};
    QList<QStringList> rows;
    const LocalTimeFormat format;
    for (const JobRecord &job : jobs) {
        // Each pair with its zones where a reading occurs twice or the offset changes within.
        const LocalTimeRangeText window =
            localTimeRangeTexts(job.window.from, job.window.to, format);
        const LocalTimeRangeText ran = localTimeRangeTexts(job.started, job.ended, format);
        rows.append({window.from, window.to, JobRecord::statusText(job.status), ran.from, ran.to,
                     job.storage, QString::number(job.count(ItemType::CallRecording)),
                     QString::number(job.count(ItemType::VoiceMail)),
                     QString::number(job.count(ItemType::Sms)),
                     QString::number(job.count(ItemType::Fax))});
    }
    QList<int> widths;
    for (const QString &h : header)
        widths.append(int(h.size()));
    for (const QStringList &row : std::as_const(rows))
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    // The counts right-aligned.
    auto printRow = [&](const QStringList &row) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells.append(i >= 6 ? row[i].rightJustified(widths[i])
                                : row[i].leftJustified(widths[i]));
        out << cells.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    printRow(header);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
}

int logs(const CommandInvocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = now.addDays(-7), to = now.addSecs(60);
    if (parser.isSet(QStringLiteral("from")))
        from = parseDateTime(parser.value(QStringLiteral("from")), false);
    if (parser.isSet(QStringLiteral("to")))
        to = parseDateTime(parser.value(QStringLiteral("to")), true);
    if (!from.isValid() || !to.isValid())
        return invocation.fail(dateFormatMessage());
    const QList<JobRecord> jobs =
        JobStore(invocation.session.db()).jobs(from, to, parser.isSet(LessOption));
    if (parser.isSet(QStringLiteral("csv"))) {
        invocation.out << QString::fromUtf8(JobLogCsv::toCsv(jobs));
        return Success;
    }
    if (jobs.isEmpty()) {
        const LocalTimeRangeText range = localTimeRangeTexts(from, to);
        invocation.out << Text::tr("No jobs between %1 and %2.").arg(range.from, range.to) << "\n";
        return Success;
    }
    printTable(invocation.out, jobs);
    return Success;
}

} // namespace

Command logsCommand()
{
    return {QStringLiteral("logs"),
            QStringLiteral("logs [--from DATE] [--to DATE] [--less] [--csv]"),
            QT_TRANSLATE_NOOP("rca::CommandLine", "The job log (last 7 days by default)."),
            {CommandOption::from(), CommandOption::to(),
             commandOption(LessOption,
                           QT_TRANSLATE_NOOP("rca::CommandLine",
                                             "logs: only jobs that archived data or failed (SHOW "
                                             "LESS).")),
             CommandOption::csv()},
            &logs};
}

} // namespace rca
