// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow: the three tabs of the user guide (Accounts, Sync options, Logs) over the engine,
// which runs in its worker thread: the window talks to it only through queued invocations and
// its signals. run() is the GUI's composition root. The first window is wide enough for every
// column of the Logs tab (within the screen); after that it opens as the user left it: size,
// position, tab and the Logs tab's column widths, kept in the profile. GUI thread.
#pragma once

#include "appcontext.h"
#include "archive/timewindow.h"
#include "common/backgroundtask.h"

#include <QMainWindow>

class QTabWidget;

namespace rca {

class AccountsPage;
class DesktopIntegration;
class LogsPage;
class SyncOptionsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // opener: how sign-in pages open (the system browser; tests pass a stand-in).
    MainWindow(const AppContext &context, BackgroundTask::Opener opener, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Runs the engine in its worker thread (EngineThread), shows the window (or only the tray
    // icon when minimized) and runs the event loop until Quit; then stops the engine.
    static int run(const AppContext &context, bool minimized);

    AccountsPage *accountsPage() const { return m_accounts; }
    SyncOptionsPage *syncOptionsPage() const { return m_sync; }
    LogsPage *logsPage() const { return m_logs; }
    QTabWidget *tabs() const { return m_tabs; }

    // Connects the tray icon, its menu and notifications to the engine and this window.
    // While the desktop has a tray, closing the window keeps the program running there.
    void attachDesktop(DesktopIntegration *desktop);
    bool keepsRunningInTray() const;

public Q_SLOTS:
    void showAndRaise();
    // The window at the Logs tab (the archive check's notification).
    void showLogs();
    void runNow();
    void setBackupEnabled(bool enabled);
    void archiveRange(const rca::TimeWindow &window);

Q_SIGNALS:
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectionsChanged();
    void reloadEngine();
    void updateTitle();
    // The size of a first window: what every tab needs, within the screen's free area.
    QSize defaultSize() const;
    void restoreWindowState();
    void saveWindowState();

    AppContext m_context;
    QTabWidget *m_tabs;
    AccountsPage *m_accounts;
    SyncOptionsPage *m_sync;
    LogsPage *m_logs;
    DesktopIntegration *m_desktop = nullptr;
};

} // namespace rca
