// rc-archiver: wires the command line to the GUI. All logic lives in the libraries.
#include "commandline.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

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

    // The user's language, when a translation ships for it (compiled in under :/i18n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rc-archiver"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    rca::CommandLine commandLine(arguments, [](rca::Engine *engine, bool minimized) {
        return rca::MainWindow::run(engine, minimized);
    });
    return commandLine.exec();
}
