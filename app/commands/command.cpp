// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "command.h"

#include "common/localtime.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

#include <utility>

namespace rca {

namespace {

// The translation context of --help and of the messages the commands share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::CommandLine)
};

// The texts of the table, in the user's language (a variable, not a literal: lupdate reads
// them where QT_TRANSLATE_NOOP marks them).
QString helpText(const char *source)
{
    const char *context = "rca::CommandLine";
    return QCoreApplication::translate(context, source);
}

// Where the summary column of --help starts.
constexpr qsizetype SummaryColumn = 26;
// The width of the exit status column of --help, the space after it included.
constexpr qsizetype ExitCodeWidth = 5;

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
    // Each status beside its meaning; a meaning's further lines are indented under the first.
    const QList<std::pair<QString, QString>> statuses = {
        {QStringLiteral("0"),
         Text::tr("success (run-once: every job completed; audit: all verified)")},
        {QStringLiteral("1"),
         Text::tr("failed: a job failed, or the command could not do what was asked")},
        {QStringLiteral("2"), Text::tr("usage error: the command line is wrong")},
        {QStringLiteral("3"),
         Text::tr("audit: problems found (missing, damaged or unknown files)")},
        {QStringLiteral("4"),
         Text::tr("run-once: a job completed with errors (some items not archived)")},
        {QStringLiteral("5"),
         Text::tr("needs sign-in: RingCentral or the storage is not connected, or\n"
                  "refuses the saved sign-in (status too, when it needs attention)")},
        {QStringLiteral("6"),
         Text::tr("profile busy: another process runs a job (run-once --no-wait)")},
        {QStringLiteral("7"), Text::tr("damaged database: see `rc-archiver database check`")},
        {QStringLiteral("130"),
         Text::tr("stopped by Ctrl+C (SIGINT), 143 stopped by SIGTERM: the job in\n"
                  "progress is marked interrupted and runs again next time")},
    };
    QStringList lines = {Text::tr("Exit status:")};
    for (const auto &[code, meaning] : statuses) {
        const QStringList meaningLines = meaning.split(u'\n');
        lines.append(QStringLiteral("  ") + code.leftJustified(ExitCodeWidth) +
                     meaningLines.constFirst());
        for (const QString &line : meaningLines.mid(1))
            lines.append(QString(2 + ExitCodeWidth, u' ') + line);
    }
    return lines;
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
        QStringList summary;
        if (command.summary && *command.summary)
            summary = helpText(command.summary).split(u'\n');
        const bool beside = line.size() + 2 <= SummaryColumn && !summary.isEmpty();
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
            QCommandLineOption translated = option;
            translated.setDescription(helpText(option.description().toUtf8().constData()));
            options.append(translated);
        }
    }
    return options;
}

QCommandLineOption commandOption(const QString &name, const char *description,
                                 const QString &valueName)
{
    return QCommandLineOption(name, QString::fromUtf8(description), valueName);
}

namespace CommandOption {

QCommandLineOption from()
{
    return commandOption(QStringLiteral("from"),
                         QT_TRANSLATE_NOOP("rca::CommandLine",
                                           "Start of the range (ISO 8601, local time unless a "
                                           "zone is given)."),
                         QStringLiteral("DATETIME"));
}

QCommandLineOption to()
{
    return commandOption(QStringLiteral("to"),
                         QT_TRANSLATE_NOOP("rca::CommandLine",
                                           "End of the range (exclusive; a date alone means the "
                                           "end of that day)."),
                         QStringLiteral("DATETIME"));
}

QCommandLineOption csv()
{
    return commandOption(
        QStringLiteral("csv"),
        QT_TRANSLATE_NOOP("rca::CommandLine", "logs, audit: comma-separated values."));
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
    return Text::tr("Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30.");
}

} // namespace rca
