// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountsrows.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace rca::AccountsRows {

QWidget *messageRow(QWidget *parent, QStyle::StandardPixmap icon, QLabel **text)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(row->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    *text = new QLabel(row);
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(iconLabel);
    layout->addWidget(*text, 1);
    return row;
}

QWidget *progressRow(QWidget *parent, const QString &name, QLabel **text,
                     std::function<void()> onCancel)
{
    auto *row = new QWidget(parent);
    row->setObjectName(name + QStringLiteral("Progress"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *text = new QLabel(row);
    (*text)->setWordWrap(true);
    auto *bar = new QProgressBar(row);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setAccessibleName(QCoreApplication::translate("rca::AccountsPage", "Working"));
    auto *cancel = new QPushButton(QCoreApplication::translate("rca::AccountsPage", "Cancel"), row);
    cancel->setObjectName(name + QStringLiteral("Cancel"));
    QObject::connect(cancel, &QPushButton::clicked, row, std::move(onCancel));
    layout->addWidget(*text, 1);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    row->hide();
    return row;
}

QPushButton *actionButton(const QString &text, const QString &name, const QString &accessible,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(text) + 48);
    return button;
}

} // namespace rca::AccountsRows
