// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tray/notifier.h"

#include <QSystemTrayIcon>

namespace rca {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray)
    : m_tray(tray)
{}

void TrayNotifier::notify(Kind kind, const QString &title, const QString &message)
{
    // Failures and things to fix get the warning look, so they stand out from routine news.
    const QSystemTrayIcon::MessageIcon icon =
        (kind == Kind::Failed || kind == Kind::Attention || kind == Kind::ArchiveCheck)
            ? QSystemTrayIcon::Warning
            : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon);
}

} // namespace rca
