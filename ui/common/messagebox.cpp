// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagebox.h"

namespace rca {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString shownTitle;
QString shownText;
} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return shownTitle;
}

QString MessageBox::lastText()
{
    return shownText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    shownTitle = title;
    shownText = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    box.setWindowModality(Qt::WindowModal);
    return static_cast<Button>(box.exec());
}

} // namespace rca
