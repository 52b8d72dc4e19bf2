// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rc-archiver command line: parses the arguments with QCommandLineParser and dispatches to
// one subcommand of the table in commands/command.h (run-once, status, logs, audit, backup,
// config, connect, disconnect) or to the long-running modes (--headless, the GUI through the
// launcher main() passes in), all over one Session. Main thread.
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

    // Shows why the window cannot open (a damaged database) where a user who started it from
    // a menu sees it; the message goes to stderr as well.
    using StartErrorPresenter = std::function<void(const QString &message)>;

    // Writes to stdout and stderr.
    CommandLine(QStringList arguments, GuiLauncher gui);
    CommandLine(QStringList arguments, GuiLauncher gui, QTextStream &out, QTextStream &err);
    // Whether these arguments need a QApplication (the GUI) rather than a QCoreApplication.
    static bool wantsGui(const QStringList &arguments);
    // Whether a command-line run needs a QGuiApplication (to open the browser through the
    // desktop); false on a server without a display.
    static bool needsDesktop(const QStringList &arguments);
    int exec();
    void setStartErrorPresenter(StartErrorPresenter presenter)
    {
        m_startError = std::move(presenter);
    }

private:
    QStringList m_arguments;
    GuiLauncher m_gui;
    StartErrorPresenter m_startError;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rca
