// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EngineSettings: the engine's typed view of the profile's settings: the schedule's state
// (what is archived up to, the failed attempts at the current window and their next retry),
// whether backup is on, the catch-up cap, the weekly check, what the source needs the user
// for, and which source and storage are connected with what. One place knows the keys and their
// types; the engine reads and writes values, never strings. Any thread (through the store's
// per-thread connections).
#pragma once

#include "archive/itemtype.h"
#include "common/error.h"
#include "engine/scheduleplanner.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace rca {

class Database;

class RCACORE_EXPORT EngineSettings
{
public:
    // What is connected, as the Accounts tab and `connect` saved it.
    struct Connections
    {
        QString sourceKind; // "", "demo", "ringcentral"
        QJsonObject sourceSettings;
        QString view; // "admin" or "extension"
        QString storageKind;
        QJsonObject storageSettings;
    };

    explicit EngineSettings(Database *db);

    ScheduleState scheduleState();
    // The three values of the state in one transaction.
    Error saveScheduleState(const ScheduleState &state);

    bool backupEnabled();
    Error setBackupEnabled(bool enabled);
    int catchUpCapHours();
    // The schedule as these settings shape it (the catch-up cap), in zone: the one planner the
    // engine runs jobs by and the window shows the next job from.
    SchedulePlanner planner(const QTimeZone &zone, int retentionDays = 90);
    ItemTypes selectedTypes();
    Connections connections();

    // Why the source needs the user (a refused sign-in); empty when all is well.
    QString sourceAttention();
    Error setSourceAttention(const QString &reason);

    bool weeklyAuditEnabled();
    QDateTime lastWeeklyAudit();
    Error setLastWeeklyAudit(const QDateTime &when);

private:
    Database *m_db;
};

} // namespace rca
