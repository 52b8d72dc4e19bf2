// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "commands/command.h"
#include "commands/headless.h"
#include "session.h"
#include "stopsignals.h"

#include "common/frontend.h"
#include "storage/connectorregistry.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

namespace rca {
namespace {

// The translation context of --help, --version and the messages about the line itself.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::CommandLine)
};

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

// The libssh2 in use, as the SFTP connector plugin loaded it. The program does not link libssh2
// itself, so it asks the copy already in the process (RTLD_NOLOAD never loads another one).
QString loadedLibssh2Version()
{
#ifdef Q_OS_LINUX
    void *handle = ::dlopen("libssh2.so.1", RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return {};
    using VersionFunction = const char *(*)(int);
    const auto version = reinterpret_cast<VersionFunction>(::dlsym(handle, "libssh2_version"));
    const char *text = version ? version(0) : nullptr;
    const QString result = text ? QString::fromLatin1(text) : QString();
    ::dlclose(handle);
    return result;
#else
    return {};
#endif
}

// `rc-archiver --version`: the program's version, the Qt it runs on, the libssh2 its SFTP
// connector runs on, and the licence.
QString versionText(const ConnectorRegistry &registry)
{
    QString qt = QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    if (qstrcmp(qVersion(), QT_VERSION_STR) != 0)
        qt += Text::tr(" (built with %1)").arg(QStringLiteral(QT_VERSION_STR));
    QStringList lines = {QStringLiteral("rc-archiver %1").arg(QStringLiteral(RCA_VERSION)), qt};
    const QString libssh2 = loadedLibssh2Version();
    if (!registry.factory(QStringLiteral("sftp")))
        lines.append(Text::tr("libssh2: not in use (no SFTP connector loaded)"));
    else if (libssh2.isEmpty())
        lines.append(Text::tr("libssh2: version not known on this system"));
    else
        lines.append(QStringLiteral("libssh2 %1").arg(libssh2));
    lines.append(Text::tr("License %1: <https://www.gnu.org/licenses/gpl-3.0.html>")
                     .arg(QStringLiteral(RCA_LICENSE)));
    return lines.join(u'\n') + u'\n';
}

// The top of --help: what the program is, and the commands with the storages they may name.
QString description(ConnectorRegistry &registry)
{
    return Text::tr("RC Archiver %1: archives RingCentral call recordings, voicemails, SMS and "
                    "faxes into storage you own.")
               .arg(QStringLiteral(RCA_VERSION)) +
           QStringLiteral("\n\n") + Text::tr("Commands (without one, the window opens):") + u'\n' +
           commandHelp(commandTable()).arg(registry.ids().join(u", "));
}

} // namespace

CommandLine::CommandLine(QStringList arguments, GuiLauncher gui)
    : CommandLine(std::move(arguments), std::move(gui), standardOutput(), standardError())
{}

CommandLine::CommandLine(QStringList arguments, GuiLauncher gui, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_gui(std::move(gui))
    , m_out(out)
    , m_err(err)
{}

bool CommandLine::needsDesktop(const QStringList &arguments)
{
    // `connect` opens a sign-in page through the desktop when there is one.
    const bool desktop =
        qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    return desktop && arguments.contains(QStringLiteral("connect"));
}

bool CommandLine::wantsGui(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (findCommand(argument) || argument == u"--headless" || argument == u"--help" ||
            argument == u"-h" || argument == u"--version" || argument == u"-v" ||
            argument == u"--help-all")
            return false;
    }
    return true;
}

int CommandLine::exec()
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Text::tr("Keep settings, job log and logs in DIR instead of the standard places."),
        QStringLiteral("DIR"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        Text::tr("Run the schedule without a window (service mode); stop with SIGTERM."));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             Text::tr("Start with the window minimized."));
    parser.addOption(profileOption);
    parser.addOption(headlessOption);
    parser.addOption(minimizedOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("One of the commands above."),
                                 QStringLiteral("[command]"));
    // Every command's options up front, so one parse reads the whole line.
    parser.addOptions(commandOptions(commandTable()));

    if (!parser.parse(m_arguments)) {
        m_err << parser.errorText() << "\n"
              << Text::tr("Run `rc-archiver --help` for usage.") << "\n";
        return UsageError;
    }
    // The one session of the process: --help and --version ask its plugins too.
    Session session;
    if (parser.isSet(versionOption)) {
        m_out << versionText(session.connectors());
        return Success;
    }
    if (parser.isSet(helpOption)) {
        parser.setApplicationDescription(description(session.connectors()));
        m_out << parser.helpText() << "\n" << exitCodeHelp().join(u'\n') << "\n";
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString name = positional.value(0);
    const Command *command = name.isEmpty() ? nullptr : findCommand(name);
    if (!name.isEmpty() && !command) {
        m_err << Text::tr("Unknown command \"%1\". Run `rc-archiver --help` for usage.").arg(name)
              << "\n";
        return UsageError;
    }

    // Messages made deep down say what to do where the user is: in the window, or here.
    const bool window = !command && !parser.isSet(headlessOption);
    Frontend::set(window ? Frontend::Kind::Window : Frontend::Kind::CommandLine);
    // `database` works on the profile alone: its database may be one that open() refuses.
    const bool profileOnly =
        command && command->opensDamagedProfile && !parser.isSet(headlessOption);
    if (Error e = profileOnly ? session.openProfile(parser.value(profileOption))
                              : session.open(parser.value(profileOption))) {
        m_err << e.message() << "\n";
        m_err.flush();
        if (window && m_gui && m_startError)
            m_startError(e.message());
        return exitCodeFor(e);
    }
    if (!command)
        session.waitForKeychain(m_err);
    // --headless wins over a command, as it always has.
    if (parser.isSet(headlessOption))
        return runHeadless(session, m_out);
    if (command)
        return command->run(CommandInvocation{session, parser, positional, m_out, m_err});
    if (!m_gui) {
        m_err << Text::tr("This build has no window; use --headless.") << "\n";
        m_err.flush();
        return Failure;
    }
    // Logout and `kill` end the window's job cleanly too.
    StopSignals::install(&session.engine(), [] { QCoreApplication::quit(); });
    return StopSignals::exitCode(m_gui(session.context(), parser.isSet(minimizedOption)));
}

} // namespace rca
