// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "accounts/accountspage.h"
#include "common/demonotice.h"
#include "engine/engine.h"
#include "engine/enginethread.h"
#include "logs/logspage.h"
#include "store/settingsstore.h"
#include "sync/syncoptionspage.h"
#include "tray/desktopintegration.h"
#include "tray/singleinstance.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QIcon>
#include <QLoggingCategory>
#include <QScreen>
#include <QTabWidget>

namespace rca {

Q_LOGGING_CATEGORY(lcWindow, "rcarchiver.ui.window", QtInfoMsg)

MainWindow::MainWindow(const AppContext &context, BackgroundTask::Opener opener, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_accounts(new AccountsPage(context, std::move(opener), m_tabs))
    , m_sync(new SyncOptionsPage(context, m_tabs))
    , m_logs(new LogsPage(context, m_tabs))
{
    setObjectName(QStringLiteral("mainWindow"));
    updateTitle();
    setWindowIcon(QIcon(QStringLiteral(":/icons/rc-archiver.svg")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_accounts, tr("&Accounts"));
    m_tabs->addTab(m_sync, tr("&Sync options"));
    m_tabs->addTab(m_logs, tr("&Logs"));
    setCentralWidget(m_tabs);
    restoreWindowState();

    connect(m_accounts, &AccountsPage::connectionsChanged, this, &MainWindow::connectionsChanged);
    connect(m_accounts, &AccountsPage::backupRequested, this, [this] { setBackupEnabled(true); });
    connect(m_accounts, &AccountsPage::rangeRequested, this, [this](const TimeWindow &window) {
        archiveRange(window);
        m_tabs->setCurrentWidget(m_logs); // where the job appears
    });
    connect(m_sync, &SyncOptionsPage::backupToggled, this, &MainWindow::setBackupEnabled);
    connect(m_sync, &SyncOptionsPage::runNowRequested, this, &MainWindow::runNow);
    connect(m_sync, &SyncOptionsPage::rangeRequested, this, &MainWindow::archiveRange);
    connect(m_sync, &SyncOptionsPage::settingsChanged, this, &MainWindow::reloadEngine);

    if (Engine *engine = m_context.engine) {
        connect(engine, &Engine::jobStarted, m_sync, &SyncOptionsPage::jobStarted);
        connect(engine, &Engine::jobProgress, m_sync, &SyncOptionsPage::jobProgress);
        connect(engine, &Engine::jobFinished, m_sync, &SyncOptionsPage::jobFinished);
        connect(engine, &Engine::busyChanged, m_sync, &SyncOptionsPage::setBusy);
        connect(engine, &Engine::nextJobChanged, m_sync, &SyncOptionsPage::setNextJob);
        connect(engine, &Engine::attentionNeeded, m_accounts, &AccountsPage::showAttention);
        connect(engine, &Engine::jobFinished, m_accounts, &AccountsPage::refresh);
    }
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

void MainWindow::updateTitle()
{
    setWindowTitle(isDemoSource(m_context.db) ? tr("RC Archiver (demo)") : tr("RC Archiver"));
}

QSize MainWindow::defaultSize() const
{
    const QSize wanted = sizeHint().expandedTo(QSize(760, 620));
    const QScreen *screen = this->screen();
    if (!screen)
        return wanted;
    // Room for the window's frame and title bar, which are not known before it is shown.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    return wanted.boundedTo(room);
}

void MainWindow::restoreWindowState()
{
    if (!m_context.db) {
        resize(defaultSize());
        return;
    }
    SettingsStore settings(m_context.db);
    const QByteArray geometry = QByteArray::fromBase64(
        settings.stringValue(QLatin1String(SettingKey::WindowGeometry)).toLatin1());
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultSize());
    const int tab = settings.intValue(QLatin1String(SettingKey::WindowTab));
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    m_logs->restoreColumns(QByteArray::fromBase64(
        settings.stringValue(QLatin1String(SettingKey::WindowLogColumns)).toLatin1()));
}

void MainWindow::saveWindowState()
{
    if (!m_context.db)
        return;
    SettingsStore settings(m_context.db);
    const Error errors[] = {
        settings.setValue(QLatin1String(SettingKey::WindowGeometry),
                          QString::fromLatin1(saveGeometry().toBase64())),
        settings.setValue(QLatin1String(SettingKey::WindowTab), m_tabs->currentIndex()),
        settings.setValue(QLatin1String(SettingKey::WindowLogColumns),
                          QString::fromLatin1(m_logs->saveColumns().toBase64())),
    };
    for (const Error &e : errors) {
        if (e)
            qCWarning(lcWindow).noquote() << "The window's state was not saved:" << e.message();
    }
}

void MainWindow::attachDesktop(DesktopIntegration *desktop)
{
    // It has read the backup state and the last job from the store itself.
    m_desktop = desktop;
    connect(desktop, &DesktopIntegration::openRequested, this, &MainWindow::showAndRaise);
    connect(desktop, &DesktopIntegration::logsRequested, this, &MainWindow::showLogs);
    connect(desktop, &DesktopIntegration::runNowRequested, this, &MainWindow::runNow);
    connect(desktop, &DesktopIntegration::backupToggled, this, &MainWindow::setBackupEnabled);
    connect(desktop, &DesktopIntegration::quitRequested, this, &MainWindow::quitRequested);
    connect(m_accounts, &AccountsPage::connectionsChanged, desktop,
            &DesktopIntegration::connectionsChanged);
    connect(m_sync, &SyncOptionsPage::backupToggled, desktop,
            &DesktopIntegration::setBackupEnabled);
    if (Engine *engine = m_context.engine) {
        connect(engine, &Engine::busyChanged, desktop, &DesktopIntegration::setBusy);
        connect(engine, &Engine::jobFinished, desktop, &DesktopIntegration::jobFinished);
        connect(engine, &Engine::nextJobChanged, desktop, &DesktopIntegration::setNextJob);
        connect(engine, &Engine::attentionNeeded, desktop, &DesktopIntegration::setAttention);
        connect(engine, &Engine::auditFinished, desktop, &DesktopIntegration::auditFinished);
    }
    // Fixing a connection clears the attention state.
    connect(m_accounts, &AccountsPage::connectionsChanged, desktop,
            [desktop] { desktop->setAttention(QString()); });
}

bool MainWindow::keepsRunningInTray() const
{
    return m_desktop && m_desktop->isTrayAvailable();
}

void MainWindow::connectionsChanged()
{
    updateTitle();
    m_sync->refresh();
    m_logs->refresh(); // its note about the demo
    // A disconnect turned backup off in the store; the engine re-plans with what is there now.
    reloadEngine();
}

void MainWindow::reloadEngine()
{
    if (m_context.engine)
        QMetaObject::invokeMethod(m_context.engine, &Engine::reload, Qt::QueuedConnection);
}

void MainWindow::runNow()
{
    if (m_context.engine)
        QMetaObject::invokeMethod(m_context.engine, &Engine::runNow, Qt::QueuedConnection);
}

void MainWindow::setBackupEnabled(bool enabled)
{
    // From the tray menu the store is not written yet; from the page it is already.
    SettingsStore(m_context.db).setValue(QLatin1String(SettingKey::BackupEnabled), enabled);
    if (m_desktop)
        m_desktop->setBackupEnabled(enabled);
    if (m_context.engine)
        QMetaObject::invokeMethod(
            m_context.engine,
            [engine = m_context.engine, enabled] { engine->setBackupEnabled(enabled); },
            Qt::QueuedConnection);
    m_sync->refresh();
    m_accounts->refresh();
}

void MainWindow::archiveRange(const TimeWindow &window)
{
    Engine *engine = m_context.engine;
    if (!engine)
        return;
    QMetaObject::invokeMethod(
        engine,
        [engine, window] {
            Error error;
            // Failures show in the job's row on the Logs tab and in the log file.
            engine->runRange(window, &error);
        },
        Qt::QueuedConnection);
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showLogs()
{
    m_tabs->setCurrentWidget(m_logs);
    showAndRaise();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (!keepsRunningInTray()) {
        event->accept();
        Q_EMIT quitRequested();
        return;
    }
    // The first time, say where RC Archiver went.
    event->ignore();
    hide();
    m_desktop->notifyKeptInTray();
}

int MainWindow::run(const AppContext &context, bool minimized)
{
    // One window per profile: a second launch brings this one forward and exits.
    SingleInstance instance(context.profile.dataDirectory());
    if (instance.start(QCoreApplication::arguments()) == SingleInstance::Role::Secondary)
        return 0;
    // The tray keeps the program alive when the window closes; Quit ends it.
    QApplication::setQuitOnLastWindowClosed(false);

    EngineThread engineThread(context.engine);
    engineThread.start();

    DesktopIntegration::Options desktopOptions;
    desktopOptions.db = context.db;
    desktopOptions.clock = context.clock;
    DesktopIntegration desktop(desktopOptions);
    MainWindow window(context, [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    window.attachDesktop(&desktop);
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::showAndRaise);
    // Started at login with --minimized: only the tray icon. While the desktop has no tray
    // yet, a minimized window, which goes to the tray when one appears.
    if (!minimized) {
        window.show();
    } else if (!desktop.isTrayAvailable()) {
        window.showMinimized();
        QObject::connect(&desktop, &DesktopIntegration::trayAvailableChanged, &window,
                         [&window](bool available) {
                             if (available && window.isMinimized())
                                 window.hide();
                         });
    }
    const int code = QApplication::exec();
    engineThread.stop();
    return code;
}

} // namespace rca
