// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginesettings.h"

#include "store/database.h"
#include "store/settingsstore.h"

namespace rca {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

EngineSettings::EngineSettings(Database *db)
    : m_db(db)
{}

ScheduleState EngineSettings::scheduleState()
{
    SettingsStore settings(m_db);
    ScheduleState state;
    state.watermark = settings.dateTimeValue(key(SettingKey::Watermark));
    state.failedAttempts = settings.intValue(key(SettingKey::FailedAttempts));
    state.nextRetry = settings.dateTimeValue(key(SettingKey::NextRetry));
    return state;
}

Error EngineSettings::saveScheduleState(const ScheduleState &state)
{
    return m_db->transaction([&]() -> Error {
        SettingsStore settings(m_db);
        if (Error e = settings.setValue(key(SettingKey::Watermark), state.watermark))
            return e;
        if (Error e = settings.setValue(key(SettingKey::FailedAttempts), state.failedAttempts))
            return e;
        return settings.setValue(key(SettingKey::NextRetry), state.nextRetry);
    });
}

bool EngineSettings::backupEnabled()
{
    return SettingsStore(m_db).boolValue(key(SettingKey::BackupEnabled));
}

Error EngineSettings::setBackupEnabled(bool enabled)
{
    return SettingsStore(m_db).setValue(key(SettingKey::BackupEnabled), enabled);
}

int EngineSettings::catchUpCapHours()
{
    return SettingsStore(m_db).intValue(key(SettingKey::CatchUpCapHours));
}

SchedulePlanner EngineSettings::planner(const QTimeZone &zone, int retentionDays)
{
    return SchedulePlanner(SlotCalendar(zone), catchUpCapHours(), retentionDays);
}

ItemTypes EngineSettings::selectedTypes()
{
    return itemTypesFromString(SettingsStore(m_db).stringValue(key(SettingKey::SyncTypes)));
}

EngineSettings::Connections EngineSettings::connections()
{
    SettingsStore settings(m_db);
    Connections connections;
    connections.sourceKind = settings.stringValue(key(SettingKey::SourceKind));
    connections.sourceSettings = settings.jsonValue(key(SettingKey::SourceSettings));
    connections.view = settings.stringValue(key(SettingKey::SyncView));
    connections.storageKind = settings.stringValue(key(SettingKey::StorageKind));
    connections.storageSettings = settings.jsonValue(key(SettingKey::StorageSettings));
    return connections;
}

QString EngineSettings::sourceAttention()
{
    return SettingsStore(m_db).stringValue(key(SettingKey::SourceAttention));
}

Error EngineSettings::setSourceAttention(const QString &reason)
{
    return SettingsStore(m_db).setValue(key(SettingKey::SourceAttention), reason);
}

bool EngineSettings::weeklyAuditEnabled()
{
    return SettingsStore(m_db).boolValue(key(SettingKey::WeeklyAudit));
}

QDateTime EngineSettings::lastWeeklyAudit()
{
    return SettingsStore(m_db).dateTimeValue(key(SettingKey::LastWeeklyAudit));
}

Error EngineSettings::setLastWeeklyAudit(const QDateTime &when)
{
    return SettingsStore(m_db).setValue(key(SettingKey::LastWeeklyAudit), when);
}

} // namespace rca
