// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MessageBox: every question and warning the window asks goes through here, so that tests can
// answer a dialog before it opens (setNextAnswer) instead of hunting for a modal box. Without a
// queued answer it shows a real QMessageBox. GUI thread.
#pragma once

#include <QMessageBox>

namespace rca {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    // Tests: the next dialog returns this answer without being shown. The title and text it
    // would have shown are kept for the test to check.
    static void setNextAnswer(Button answer);
    static QString lastTitle();
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace rca
