// The subcommands of rc-archiver as a table: each names itself, gives its lines of --help and
// the options it reads, and runs with the opened session. commandTable() lists them in the
// order --help shows them; app/commandline.cpp parses the line and dispatches. Each command
// lives in its own file beside this one. Main thread.
#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace rca {

class Session;

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command runs with.
struct CommandInvocation
{
    Session &session;
    const QCommandLineParser &parser;
    // The positional arguments, the command's name first.
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;

    // Prints message on err and returns Failure.
    int fail(const QString &message) const;
};

struct Command
{
    QString name;
    // Its line in --help: "logs [--from DATE] [--to DATE] [--less] [--csv]"…
    QString usage;
    // … and what it does, one entry per line of --help ("%1": the storage connectors' ids).
    QStringList summary;
    // The options it reads. Options are parsed for the whole line, whatever the command, so
    // two commands may name the same option (--from); --help lists each once.
    QList<QCommandLineOption> options;
    int (*run)(const CommandInvocation &invocation) = nullptr;
};

// Every command, in --help's order.
const QList<Command> &commandTable();
const Command *findCommand(const QString &name);
// The commands' part of --help: each command's usage and summary in two columns.
QString commandHelp(const QList<Command> &commands);
// Every option of the commands, each once, in the order of the table.
QList<QCommandLineOption> commandOptions(const QList<Command> &commands);

// The table's entries, one per file in app/commands/.
Command runOnceCommand();
Command statusCommand();
Command logsCommand();
Command auditCommand();
Command backupCommand();
Command configCommand();
Command connectCommand();
Command disconnectCommand();

// Shared by the commands that take a range (--from, --to) and a format (--csv).
namespace CommandOption {
QCommandLineOption from();
QCommandLineOption to();
QCommandLineOption csv();
} // namespace CommandOption

// "2026-11-25", "2026-11-25T13:30", "2026-11-25T13:30:00Z": local time unless a zone is given;
// a date alone as the end of a range means the end of that day. UTC; invalid when unreadable.
QDateTime parseDateTime(const QString &text, bool endOfDay);
// "2026-11-25 13:30" in local time, "2026-11-01 01:30 EDT" where that reading occurs twice
// (localTimeText()); empty for an invalid time.
QString localText(const QDateTime &utc);
// What a command says when parseDateTime() could not read a date.
QString dateFormatMessage();

} // namespace rca
