// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DesktopIntegration: RC Archiver's presence on the desktop outside its window. It owns the tray
// icon (idle, running, attention needed), its tooltip (the last and the next job), its menu
// (Open, Run now, Pause/Resume backup, Quit) and the notifications (data archived, a job
// failed, a connection needs attention, a check of the archive found problems), each kind
// shown only while its setting is on; clicking the archive check's opens the Logs tab.
// When the desktop has no tray yet (a session still starting at login), it retries creating
// the tray for a while and says when one appears, so the window knows whether closing it can
// keep the app running in the tray. The composition root connects the engine's signals to its
// slots and its request signals to the engine and the window. While the demo source is
// connected, the tooltip and the notifications about the archive say so. GUI thread.
#pragma once

#include "store/jobstore.h"
#include "tray/notifier.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rca {

class Clock;
class Database;
// From engine/engine.h, which no header that moc reads may include (see AuditDialog).
struct AuditResult;

class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Attention };
    Q_ENUM(State)

    struct Options
    {
        // The notification settings, the last job and the state at start-up. May be null:
        // then every notification is on and nothing is known yet.
        Database *db = nullptr;
        // What "now" is for the next job read from the store at start-up. Null: the system's.
        const Clock *clock = nullptr;
        // Not owned; must outlive this object. Null: the tray icon's own balloon messages.
        Notifier *notifier = nullptr;
        // Whether the desktop has a tray now. Null: QSystemTrayIcon::isSystemTrayAvailable.
        std::function<bool()> trayAvailable;
        // A desktop session can take a minute or two to start its panel after login.
        int retryIntervalMs = 10'000;
        int retryAttempts = 30;
    };

    explicit DesktopIntegration(Options options, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // True once the tray icon is shown. Without a tray, closing the window must quit.
    bool isTrayAvailable() const { return m_tray != nullptr; }
    // True while the tray is still being waited for.
    bool isRetrying() const { return m_retryTimer.isActive(); }
    QSystemTrayIcon *trayIcon() const { return m_tray; } // null until the tray exists

    State state() const;
    QIcon icon() const { return iconFor(state()); }
    QString toolTip() const;
    bool isBackupEnabled() const { return m_backupEnabled; }
    QString attention() const { return m_attention; }

    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

    // The closing window calls this: the first time (per profile) it tells the user that RC
    // Archiver keeps running in the tray. Returns true when it did.
    bool notifyKeptInTray();

    static QIcon iconFor(State state);
    // "12 call recordings, 3 voicemails"; empty when the job archived nothing.
    static QString describeCounts(const JobRecord &job);

    // Engine::auditFinished (connected like a slot): an audit ended, asked for or weekly.
    // Notifies when its final report has problems (under the failure switch), or when the
    // weekly check could not run. A clean check is quiet: the asked-for one has its dialog.
    void auditFinished(const AuditResult &result);

public Q_SLOTS:
    void setBusy(bool busy);
    // What only the user can fix; empty when all is well again.
    void setAttention(const QString &reason);
    // A job ended: updates the tooltip and notifies (when the user wants to hear about it).
    void jobFinished(const rca::JobRecord &job);
    // The last job known at start-up: the tooltip only, no notification.
    void setLastJob(const rca::JobRecord &job);
    // The user clicked the last notification.
    void notificationClicked();
    // UTC; invalid when no job is planned.
    void setNextJob(const QDateTime &when);
    void setBackupEnabled(bool enabled);
    // A source or storage was connected or disconnected: the tooltip names the demo or not.
    void connectionsChanged();

Q_SIGNALS:
    void openRequested();
    // Open the window at the Logs tab (the archive check's notification was clicked).
    void logsRequested();
    void runNowRequested();
    // Pause/Resume backup in the menu; enabled is the new state.
    void backupToggled(bool enabled);
    void quitRequested();
    void trayAvailableChanged(bool available);

private:
    void retryTray();
    void createTray();
    void refresh();
    bool wants(const char *settingKey) const;
    void notify(Notifier::Kind kind, const QString &title, const QString &message);
    QString lastJobLine() const;
    bool isDemo() const;

    Options m_options;
    std::unique_ptr<QMenu> m_menu; // a QMenu is a widget: no QObject parent, owned here
    QAction *m_open = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // child of this
    std::unique_ptr<TrayNotifier> m_trayNotifier;
    QTimer m_retryTimer;
    int m_retriesLeft = 0;

    bool m_busy = false;
    bool m_backupEnabled = false;
    QString m_attention;
    std::optional<JobRecord> m_lastJob;
    QDateTime m_nextJob;
    // The reason of the last failure notified, so a job failing again the same way every
    // half hour does not notify each time; cleared by a job that succeeds.
    QString m_lastFailureNotified;
    // A check's problems were notified and not looked at yet: Open shows the Logs tab.
    bool m_checkProblemsUnseen = false;
};

} // namespace rca
