// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "command.h"

#include "common/localtime.h"

#include <QSet>
#include <QTextStream>

namespace rca {

namespace {

// Where the summary column of --help starts.
constexpr qsizetype SummaryColumn = 26;

} // namespace

int CommandInvocation::fail(const QString &message) const
{
    err << message << "\n";
    err.flush();
    return Failure;
}

int CommandInvocation::fail(const Error &error) const
{
    fail(error.message());
    return exitCodeFor(error);
}

int exitCodeFor(const Error &error)
{
    if (!error)
        return Success;
    if (error.kind() == Error::Kind::Reconnect ||
        error.detail(QStringLiteral("notConnected")).toBool())
        return NeedsSignIn;
    if (error.detail(QStringLiteral("profileBusy")).isValid())
        return ProfileBusy;
    if (error.detail(QStringLiteral("damagedDatabase")).toBool())
        return DamagedDatabase;
    return Failure;
}

QStringList exitCodeHelp()
{
    return {
        QStringLiteral("Exit status:"),
        QStringLiteral("  0    success (run-once: every job completed; audit: all verified)"),
        QStringLiteral("  1    failed: a job failed, or the command could not do what was asked"),
        QStringLiteral("  2    usage error: the command line is wrong"),
        QStringLiteral("  3    audit: problems found (missing, damaged or unknown files)"),
        QStringLiteral("  4    run-once: a job completed with errors (some items not archived)"),
        QStringLiteral("  5    needs sign-in: RingCentral or the storage is not connected, or"),
        QStringLiteral("       refuses the saved sign-in (status too, when it needs attention)"),
        QStringLiteral("  6    profile busy: another process runs a job (run-once --no-wait)"),
        QStringLiteral("  7    damaged database: see `rc-archiver database check`"),
        QStringLiteral("  130  stopped by Ctrl+C (SIGINT), 143 stopped by SIGTERM: the job in"),
        QStringLiteral("       progress is marked interrupted and runs again next time"),
    };
}

const QList<Command> &commandTable()
{
    static const QList<Command> table = {runOnceCommand(), statusCommand(),     logsCommand(),
                                         auditCommand(),   backupCommand(),     configCommand(),
                                         connectCommand(), disconnectCommand(), databaseCommand()};
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commandTable()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString commandHelp(const QList<Command> &commands)
{
    const QString indent(SummaryColumn, u' ');
    QStringList lines;
    for (const Command &command : commands) {
        QString line = QStringLiteral("  ") + command.usage;
        // A usage that leaves no room for the summary beside it gets a line of its own.
        const bool beside = line.size() + 2 <= SummaryColumn && !command.summary.isEmpty();
        QStringList summary = command.summary;
        if (beside)
            line = line.leftJustified(SummaryColumn) + summary.takeFirst();
        lines.append(line);
        for (const QString &text : std::as_const(summary))
            lines.append(indent + text);
    }
    return lines.join(u'\n');
}

QList<QCommandLineOption> commandOptions(const QList<Command> &commands)
{
    QList<QCommandLineOption> options;
    QSet<QString> seen;
    for (const Command &command : commands) {
        for (const QCommandLineOption &option : command.options) {
            if (seen.contains(option.names().constFirst()))
                continue;
            seen.insert(option.names().constFirst());
            options.append(option);
        }
    }
    return options;
}

namespace CommandOption {

QCommandLineOption from()
{
    return QCommandLineOption(QStringLiteral("from"),
                              QStringLiteral("Start of the range (ISO 8601, local time unless a "
                                             "zone is given)."),
                              QStringLiteral("DATETIME"));
}

QCommandLineOption to()
{
    return QCommandLineOption(QStringLiteral("to"),
                              QStringLiteral("End of the range (exclusive; a date alone means the "
                                             "end of that day)."),
                              QStringLiteral("DATETIME"));
}

QCommandLineOption csv()
{
    return QCommandLineOption(QStringLiteral("csv"),
                              QStringLiteral("logs, audit: comma-separated values."));
}

} // namespace CommandOption

QDateTime parseDateTime(const QString &text, bool endOfDay)
{
    // QDate's ISO parser accepts "2026-11-25T13:30" too (and drops the time): dates alone only.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return (endOfDay ? date.addDays(1) : date).startOfDay().toUTC();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString localText(const QDateTime &utc)
{
    return localTimeText(utc);
}

QString dateFormatMessage()
{
    return QStringLiteral("Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30.");
}

} // namespace rca
