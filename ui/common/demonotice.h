// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DemoNotice: a line with an information icon that says the profile archives the demo
// source's made-up items, not RingCentral's; shown only while the demo is connected. The tabs
// that speak of what is archived carry one, so nobody mistakes the demo's archive for a real
// one. GUI thread.
#pragma once

#include <QWidget>

class QLabel;

namespace rca {

class Database;

// Whether the profile's source is the demo (made-up items).
bool isDemoSource(Database *db);

class DemoNotice : public QWidget
{
    Q_OBJECT
public:
    DemoNotice(Database *db, QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    // Shows the notice while the demo is connected (reads the store).
    void refresh();

private:
    Database *m_db;
    QLabel *m_text;
};

} // namespace rca
