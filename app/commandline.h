// The rc-archiver command line: parses the arguments with QCommandLineParser and runs one
// subcommand (run-once, status, logs, backup, config, connect, disconnect) or the long-running
// modes (--headless, the GUI through the launcher main() passes in). Main thread.
#pragma once

#include "appcontext.h"

#include <QStringList>

#include <functional>

class QTextStream;

namespace rca {

class CommandLine
{
public:
    // Starts the GUI with the profile's opened engine (not started yet) and the pieces the
    // Accounts tab needs to connect services itself; returns the exit code.
    using GuiLauncher = std::function<int(const AppContext &context, bool minimized)>;

    CommandLine(QStringList arguments, GuiLauncher gui);
    // Whether these arguments need a QApplication (the GUI) rather than a QCoreApplication.
    static bool wantsGui(const QStringList &arguments);
    // Whether a command-line run needs a QGuiApplication (to open the browser through the
    // desktop); false on a server without a display.
    static bool needsDesktop(const QStringList &arguments);
    int exec();

private:
    QStringList m_arguments;
    GuiLauncher m_gui;
};

} // namespace rca
