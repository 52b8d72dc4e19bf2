// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line's table and dispatch: --help lists every command of the table and each of
// their options once, an unknown command or option is a usage error (exit code 2) with the
// message scripts see, and a known command runs over a session of the profile given.
// Runs CommandLine in the test's process with its output in strings; main thread.
#include "commandline.h"
#include "commands/command.h"
#include "logging/logging.h"
#include "version.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace rca;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        CommandLine commandLine(QStringList{QStringLiteral("rc-archiver")} + arguments, nullptr,
                                out, err);
        result.exitCode = commandLine.exec();
    }
    return result;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void tableHoldsEveryCommandOnce();
    void helpListsEveryCommandAndOption();
    void commandHelpPutsShortUsagesBesideTheirSummary();
    void versionNamesTheProgram();
    void unknownCommandIsAUsageError();
    void unknownOptionIsAUsageError();
    void commandsNeedNoWindow();
    void knownCommandRunsOverTheProfile();
    void windowSaysWhyItCannotOpen();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::cleanup()
{
    Logging::uninstall();
}

void TestCommandLine::tableHoldsEveryCommandOnce()
{
    QStringList names;
    for (const Command &command : commandTable()) {
        names.append(command.name);
        QVERIFY2(command.usage.startsWith(command.name), qPrintable(command.name));
        QVERIFY2(!command.summary.isEmpty(), qPrintable(command.name));
        QVERIFY2(command.run, qPrintable(command.name));
        QCOMPARE(findCommand(command.name), &command);
    }
    QCOMPARE(names, QStringList({u"run-once"_s, u"status"_s, u"logs"_s, u"audit"_s, u"backup"_s,
                                 u"config"_s, u"connect"_s, u"disconnect"_s, u"database"_s}));
    QVERIFY(!findCommand(u"frobnicate"_s));
    QVERIFY(!findCommand(QString()));
}

void TestCommandLine::helpListsEveryCommandAndOption()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(u"Commands (without one, the window opens):\n"_s), qPrintable(r.out));
    for (const Command &command : commandTable())
        QVERIFY2(r.out.contains(u"\n  "_s + command.usage), qPrintable(command.usage));
    QSet<QString> seen;
    for (const QCommandLineOption &option : commandOptions(commandTable())) {
        const QString name = option.names().constFirst();
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(r.out.count(u"  --"_s + name + u' '), 1);
    }
    // The options shared by several commands are among them, once.
    QVERIFY(seen.contains(u"from"_s) && seen.contains(u"csv"_s) && seen.contains(u"option"_s));
    // The exit status of each outcome, for cron and systemd users.
    const qsizetype exitStatus = r.out.indexOf(u"\nExit status:\n"_s);
    QVERIFY2(exitStatus > 0, qPrintable(r.out));
    for (const int code : {0, 1, 2, 3, 4, 5, 6, 7, 130})
        QVERIFY2(r.out.indexOf(u"\n  %1 "_s.arg(code), exitStatus) > 0, qPrintable(r.out));
    // --help means help, whatever else the line says.
    QCOMPARE(run({u"status"_s, u"--help"_s}).out, r.out);
}

void TestCommandLine::commandHelpPutsShortUsagesBesideTheirSummary()
{
    const Command shortOne{
        u"short"_s, u"short ARG"_s, {u"Does a thing,"_s, u"carefully."_s}, {}, nullptr};
    const Command longOne{u"long"_s,
                          u"long --with MANY --options SO --the COLUMN"_s,
                          {u"Does another."_s},
                          {},
                          nullptr};
    QCOMPARE(commandHelp({shortOne, longOne}), u"  short ARG               Does a thing,\n"
                                               u"                          carefully.\n"
                                               u"  long --with MANY --options SO --the COLUMN\n"
                                               u"                          Does another."_s);
}

void TestCommandLine::versionNamesTheProgram()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"rc-archiver " RCA_VERSION "\nQt "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"libssh2"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"License GPL-3.0-or-later"_s), qPrintable(r.out));
}

void TestCommandLine::unknownCommandIsAUsageError()
{
    const QTemporaryDir profile;
    const Run r = run({u"--profile"_s, profile.path(), u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, u"Unknown command \"frobnicate\". Run `rc-archiver --help` for usage.\n"_s);
    // Refused before the profile is opened.
    QVERIFY(QDir(profile.path()).isEmpty());
}

void TestCommandLine::unknownOptionIsAUsageError()
{
    const Run r = run({u"status"_s, u"--frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, u"Unknown option 'frobnicate'.\nRun `rc-archiver --help` for usage.\n"_s);
}

void TestCommandLine::commandsNeedNoWindow()
{
    const QString program = u"rc-archiver"_s;
    for (const Command &command : commandTable())
        QVERIFY2(!CommandLine::wantsGui({program, command.name}), qPrintable(command.name));
    QVERIFY(!CommandLine::wantsGui({program, u"--headless"_s}));
    QVERIFY(!CommandLine::wantsGui({program, u"--help"_s}));
    QVERIFY(!CommandLine::wantsGui({program, u"--version"_s}));
    QVERIFY(CommandLine::wantsGui({program}));
    QVERIFY(CommandLine::wantsGui({program, u"--minimized"_s}));
    QVERIFY(CommandLine::wantsGui({program, u"--profile"_s, m_dir.path()}));
}

void TestCommandLine::knownCommandRunsOverTheProfile()
{
    const QString profile = m_dir.filePath(u"profile"_s);
    Run r = run({u"--profile"_s, profile, u"config"_s, u"get"_s, u"sync.view"_s});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, u"admin\n"_s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(profile));

    r = run({u"--profile"_s, profile, u"config"_s, u"set"_s, u"sync.view"_s, u"extension"_s});
    QCOMPARE(r.exitCode, 0);
    r = run({u"--profile"_s, profile, u"config"_s, u"get"_s, u"sync.view"_s});
    QCOMPARE(r.out, u"extension\n"_s);

    // A command's own refusal of its arguments: a usage error and its message.
    r = run({u"--profile"_s, profile, u"backup"_s, u"maybe"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, u"Usage: rc-archiver backup on|off\n"_s);
}

void TestCommandLine::windowSaysWhyItCannotOpen()
{
    // A used profile whose database was emptied: the window must not open over a new one, and
    // whoever started it from a menu sees why, not only stderr.
    const QString profile = m_dir.filePath(u"emptied"_s);
    QCOMPARE(run({u"--profile"_s, profile, u"config"_s, u"get"_s, u"sync.view"_s}).exitCode, 0);
    QFile database(profile + u"/rc-archiver.sqlite"_s);
    QVERIFY(database.open(QIODevice::WriteOnly | QIODevice::Truncate));
    database.close();

    QString shown, errText, outText;
    bool windowOpened = false;
    int exitCode = -1;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        CommandLine commandLine(
            {u"rc-archiver"_s, u"--profile"_s, profile},
            [&windowOpened](const AppContext &, bool) {
                windowOpened = true;
                return 0;
            },
            out, err);
        commandLine.setStartErrorPresenter([&shown](const QString &message) { shown = message; });
        exitCode = commandLine.exec();
    }
    QCOMPARE(exitCode, int(DamagedDatabase));
    QVERIFY(!windowOpened);
    QVERIFY2(!shown.isEmpty(), qPrintable(errText));
    QVERIFY2(errText.contains(shown), qPrintable(errText));
    QVERIFY2(shown.contains(u"database rebuild"_s), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
