// The main window. For now a plain window that says what the engine is doing; the Accounts,
// Sync options and Logs tabs replace it in the GUI issue. GUI thread.
#pragma once

#include <QMainWindow>

class QLabel;

namespace rca {

class Engine;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine *engine, QWidget *parent = nullptr);

    // Moves the engine to a worker thread, shows the window and runs the event loop.
    static int run(Engine *engine, bool minimized);

private:
    void refresh();

    Engine *m_engine;
    QLabel *m_status;
};

} // namespace rca
