// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// rc-archiver: wires the command line to the GUI. All logic lives in the libraries.
#include "commandline.h"
#include "common/messagebox.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

// Whether the environment asks for the C locale (LC_ALL=C, LANG=POSIX…), as scripts do to read
// the English text. gettext then ignores LANGUAGE, and so does the program; Qt alone would
// follow it (a desktop session often sets it).
bool cLocaleAsked()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const bool gui = rca::CommandLine::wantsGui(arguments);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else if (rca::CommandLine::needsDesktop(arguments))
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(RCA_EXECUTABLE_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(RCA_VERSION));
    // The installed desktop entry's name (without .desktop): Wayland compositors and task bars
    // match the window to its entry, icon and name through it.
    if (gui)
        QGuiApplication::setDesktopFileName(QStringLiteral(RCA_APPLICATION_ID));

    // The user's language, when a translation ships for it: first the .qm files installed
    // beside the program (share/rc-archiver/translations, found from its own location, so one
    // can be added or corrected without rebuilding), then the ones compiled in under :/i18n.
    QTranslator translator;
    const QString installedTranslations =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../") +
                        QStringLiteral(RCA_TRANSLATIONS_SUBDIR));
    // The command line speaks it too, but for what scripts read (JSON, CSV, names of commands,
    // options and settings).
    const QLocale locale;
    const bool translate = !cLocaleAsked();
    if (translate && (translator.load(locale, QStringLiteral("rc-archiver"), QStringLiteral("_"),
                                      installedTranslations) ||
                      translator.load(locale, QStringLiteral("rc-archiver"), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"))))
        QCoreApplication::installTranslator(&translator);
    // Qt's own strings (the buttons of message boxes, the date picker, --help's frame) in the
    // same language.
    QTranslator qtTranslator;
    if (translate && qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    rca::CommandLine commandLine(arguments, &rca::MainWindow::run);
    if (gui) {
        commandLine.setStartErrorPresenter([](const QString &message) {
            rca::MessageBox::critical(
                nullptr, QCoreApplication::translate("rca::MainWindow", "RC Archiver cannot start"),
                message);
        });
    }
    return commandLine.exec();
}
