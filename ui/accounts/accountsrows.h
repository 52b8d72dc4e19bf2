// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rows the Accounts tab builds its two boxes from: a message with an icon, a sign-in's
// progress with Cancel, and the CONNECT/DISCONNECT buttons. GUI thread.
#pragma once

#include <QString>
#include <QStyle>

#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace rca::AccountsRows {

// A line with an icon and wrapped, selectable text: errors and "needs attention" messages.
QWidget *messageRow(QWidget *parent, QStyle::StandardPixmap icon, QLabel **text);
// Progress while a sign-in runs: what we wait for, a busy bar and Cancel (hidden at first).
QWidget *progressRow(QWidget *parent, const QString &name, QLabel **text,
                     std::function<void()> onCancel);
// A button wide enough for its text with room to spare, named for tests and screen readers.
QPushButton *actionButton(const QString &text, const QString &name, const QString &accessible,
                          QWidget *parent);

} // namespace rca::AccountsRows
