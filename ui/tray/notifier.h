// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Notifier: shows one desktop notification. DesktopIntegration decides what to say and whether
// the user wants to hear it; a Notifier only shows it, so tests put a recorder in its place.
// TrayNotifier, the real one, shows the message as the tray icon's balloon (on Linux the
// desktop's notification service, on Windows a toast, on macOS the Notification Center).
// GUI thread.
#pragma once

#include <QString>

class QSystemTrayIcon;

namespace rca {

class Notifier
{
public:
    enum class Kind {
        Archived,     // a job archived data
        Failed,       // a job failed
        Attention,    // a connection needs the user
        ArchiveCheck, // a check of the archive found something missing or damaged
        Hint,         // a one-time explanation (closing the window keeps the app in the tray)
    };

    virtual ~Notifier() = default;
    virtual void notify(Kind kind, const QString &title, const QString &message) = 0;
};

class TrayNotifier : public Notifier
{
public:
    explicit TrayNotifier(QSystemTrayIcon *tray);
    void notify(Kind kind, const QString &title, const QString &message) override;

private:
    QSystemTrayIcon *m_tray;
};

} // namespace rca
