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

const QList<Command> &commandTable()
{
    static const QList<Command> table = {runOnceCommand(), statusCommand(),    logsCommand(),
                                         auditCommand(),   backupCommand(),    configCommand(),
                                         connectCommand(), disconnectCommand()};
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
