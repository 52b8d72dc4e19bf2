// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The read-only tables of the dialogs (a job's items, an audit's windows and problems): cells
// that cannot be edited, and a view that selects rows, without a row header, that Tab leaves.
// GUI thread.
#pragma once

#include <QDateTime>
#include <QString>

class QStandardItem;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace rca {

// A date and time in the user's locale, short; empty for an invalid one.
QString localShortTime(const QDateTime &utc);
QStandardItem *textItem(const QString &text, Qt::Alignment alignment = Qt::AlignLeft);
QTableView *makeReadOnlyTable(QStandardItemModel *model, const QString &objectName,
                              const QString &accessibleName, QWidget *parent);

} // namespace rca
