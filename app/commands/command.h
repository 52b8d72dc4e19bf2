// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The subcommands of rc-archiver as a table: each names itself, gives its lines of --help and
// the options it reads, and runs with the opened session. commandTable() lists them in the
// order --help shows them; app/commandline.cpp parses the line and dispatches. Each command
// lives in its own file beside this one. Main thread.
#pragma once

#include "common/error.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace rca {

class Session;

// The exit status of every command, documented in --help and the man page so that cron and
// systemd users can alert on each. 130 and 143 (128 + SIGINT/SIGTERM) mean a clean stop on a
// signal.
enum ExitCode {
    Success = 0,
    Failure = 1,             // a job failed, or the command could not do what was asked
    UsageError = 2,          // the command line is wrong
    ProblemsFound = 3,       // audit: the archive is incomplete or damaged
    CompletedWithErrors = 4, // a job archived some items and could not archive others
    NeedsSignIn = 5,         // RingCentral or the storage is not connected or needs sign-in
    ProfileBusy = 6,         // another process runs a job on this profile (run-once --no-wait)
    DamagedDatabase = 7,     // the profile's database is damaged or emptied (see `database`)
    StoppedByInterrupt = 130,
    StoppedByTerminate = 143,
};

// The exit status a command returns for an error that stopped it: NeedsSignIn for a source or
// storage that is not connected or refuses its sign-in, ProfileBusy, DamagedDatabase, else
// Failure.
int exitCodeFor(const Error &error);
// One line per exit status, for --help and the man page.
QStringList exitCodeHelp();

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
    // Prints error's message on err and returns exitCodeFor(error).
    int fail(const Error &error) const;
};

// The texts of --help (the commands' summaries, the options' descriptions) are marked with
// QT_TRANSLATE_NOOP("rca::CommandLine", …) and translated when --help shows them: the table is
// built before main() installs the user's language (wantsGui() reads it).
struct Command
{
    QString name;
    // Its line in --help: "logs [--from DATE] [--to DATE] [--less] [--csv]"…
    QString usage;
    // … and what it does, a line break where each line of --help ends ("%1": the storage
    // connectors' ids); untranslated, as marked.
    const char *summary = nullptr;
    // The options it reads (commandOption()). Options are parsed for the whole line, whatever
    // the command, so two commands may name the same option (--from); --help lists each once.
    QList<QCommandLineOption> options;
    int (*run)(const CommandInvocation &invocation) = nullptr;
    // Runs on the profile alone (Session::openProfile), so that it works where the database is
    // damaged or emptied: `database`.
    bool opensDamagedProfile = false;
};

// Every command, in --help's order.
const QList<Command> &commandTable();
const Command *findCommand(const QString &name);
// The commands' part of --help: each command's usage and translated summary in two columns.
QString commandHelp(const QList<Command> &commands);
// Every option of the commands, each once, in the order of the table, described in the user's
// language.
QList<QCommandLineOption> commandOptions(const QList<Command> &commands);
// An option of the table; description is marked QT_TRANSLATE_NOOP("rca::CommandLine", …).
QCommandLineOption commandOption(const QString &name, const char *description,
                                 const QString &valueName = QString());

// The table's entries, one per file in app/commands/.
Command runOnceCommand();
Command statusCommand();
Command logsCommand();
Command auditCommand();
Command backupCommand();
Command configCommand();
Command connectCommand();
Command disconnectCommand();
Command databaseCommand();

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
