#include "mainwindow.h"

#include "engine/engine.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QThread>
#include <QVBoxLayout>

namespace rca {

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("RC Archiver"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rc-archiver.svg")));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(16, 16, 16, 16);
    setCentralWidget(m_status);
    resize(560, 240);
    connect(engine, &Engine::jobFinished, this, &MainWindow::refresh);
    connect(engine, &Engine::nextJobChanged, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::refresh()
{
    m_status->setText(
        tr("RC Archiver archives in the background while this window is open.\n\n"
           "The Accounts, Sync options and Logs tabs are not part of this version yet: "
           "use the command line (rc-archiver --help) to connect a source and a storage, "
           "turn backup on and read the job log."));
}

int MainWindow::run(Engine *engine, bool minimized)
{
    QThread worker;
    worker.setObjectName(QStringLiteral("engine"));
    engine->moveToThread(&worker);
    worker.start();
    QMetaObject::invokeMethod(engine, &Engine::start, Qt::QueuedConnection);

    MainWindow window(engine);
    if (minimized)
        window.showMinimized();
    else
        window.show();
    const int code = QApplication::exec();

    engine->requestStop();
    QMetaObject::invokeMethod(engine, &Engine::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    return code;
}

} // namespace rca
