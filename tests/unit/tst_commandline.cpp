// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line's table and dispatch: --help lists every command of the table and each of
// their options once, an unknown command or option is a usage error (exit code 2) with the
// message scripts see, and a known command runs over a session of the profile given.
// Runs CommandLine in the test's process with its output in strings, and the real program
// (bin/rc-archiver) to see it speak the language of its environment; main thread.
#include "commandline.h"
#include "commands/command.h"
#include "logging/logging.h"
#include "version.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

// The real program, with only the given locale variables of the environment's.
Run runProgram(const QStringList &arguments, const QList<std::pair<QString, QString>> &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
        environment.remove(name);
    for (const auto &[name, value] : locale)
        environment.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver"), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// German as a desktop session sets it; Qt reads the names, whether or not the C library has
// the locale generated.
const QList<std::pair<QString, QString>> German = {
    {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}};
const QList<std::pair<QString, QString>> CLocale = {{u"LANG"_s, u"C"_s}};
// A script in a German desktop session: LC_ALL=C wins over LANGUAGE, as with gettext.
const QList<std::pair<QString, QString>> CLocaleInAGermanSession = {
    {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}, {u"LC_ALL"_s, u"C"_s}};

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
    void speaksTheLanguageOfItsEnvironment();
    void speaksEnglishInTheCLocale();

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
        QVERIFY2(command.summary && *command.summary, qPrintable(command.name));
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
    const Command shortOne{u"short"_s, u"short ARG"_s, "Does a thing,\ncarefully.", {}, nullptr};
    const Command longOne{
        u"long"_s, u"long --with MANY --options SO --the COLUMN"_s, "Does another.", {}, nullptr};
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

// LANG/LC_ALL/LANGUAGE pick the catalogue the program loads (app/main.cpp), and every part of
// the command line speaks it: --help (the commands' summaries, the options, the exit statuses,
// and Qt's own parts of it), a usage error, and a command's output.
void TestCommandLine::speaksTheLanguageOfItsEnvironment()
{
    Run r = runProgram({u"--help"_s}, German);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Befehle (ohne Befehl öffnet sich das Fenster):\n"_s),
             qPrintable(r.out));
    // A summary of the table and an option of a command, translated when --help shows them.
    QVERIFY2(r.out.contains(u"Verbindungen, Sicherungsstatus, letzter und nächster Auftrag"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Anfang des Zeitraums"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nExit-Status:\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\n  2    Aufruffehler: "_s), qPrintable(r.out));
    // The usages (names of commands and options) stay as they are typed.
    QVERIFY2(r.out.contains(u"\n  run-once [--from DATETIME --to DATETIME] [--no-wait]\n"_s),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Commands (without one"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Exit status"_s), qPrintable(r.out));

    const QTemporaryDir profile;
    r = runProgram({u"--profile"_s, profile.path(), u"frobnicate"_s}, German);
    QCOMPARE(r.exitCode, int(UsageError));
    QCOMPARE(r.err, u"Unbekannter Befehl „frobnicate“. Weitere Informationen mit `rc-archiver "
                    u"--help`.\n"_s);
    r = runProgram({u"status"_s, u"--frobnicate"_s}, German);
    QCOMPARE(r.exitCode, int(UsageError));
    QVERIFY2(r.err.endsWith(u"\nWeitere Informationen mit `rc-archiver --help`.\n"_s),
             qPrintable(r.err));

    // A new profile: nothing connected, which status reports with exit status 5.
    r = runProgram({u"--profile"_s, profile.filePath(u"new"_s), u"status"_s}, German);
    QCOMPARE(r.exitCode, int(NeedsSignIn));
    QVERIFY2(r.out.startsWith(u"Profil:    "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nQuelle:    nicht verbunden\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nSpeicher:  nicht verbunden\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nSicherung: aus\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nArchivierte Elemente: 0\n"_s), qPrintable(r.out));
}

// The C locale, as scripts and cron run the program: the English text they read, with Qt's
// parts of it.
void TestCommandLine::speaksEnglishInTheCLocale()
{
    Run r = runProgram({u"--help"_s}, CLocale);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Commands (without one, the window opens):\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nExit status:\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\n  5    needs sign-in: RingCentral or the storage is not "
                            u"connected, or\n       refuses the saved sign-in"_s),
             qPrintable(r.out));

    const QTemporaryDir profile;
    for (const auto &locale : {CLocale, CLocaleInAGermanSession}) {
        r = runProgram({u"--profile"_s, profile.path(), u"frobnicate"_s}, locale);
        QCOMPARE(r.exitCode, int(UsageError));
        QCOMPARE(r.err, u"Unknown command \"frobnicate\". Run `rc-archiver --help` for usage.\n"_s);
        r = runProgram({u"status"_s, u"--frobnicate"_s}, locale);
        QCOMPARE(r.err, u"Unknown option 'frobnicate'.\nRun `rc-archiver --help` for usage.\n"_s);
    }

    r = runProgram({u"--profile"_s, profile.filePath(u"new"_s), u"status"_s}, CLocale);
    QCOMPARE(r.exitCode, int(NeedsSignIn));
    QVERIFY2(r.out.startsWith(u"Profile:  "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nSource:   not connected\nStorage:  not connected\n"
                            u"Backup:   off\n"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nArchived items: 0\n"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
