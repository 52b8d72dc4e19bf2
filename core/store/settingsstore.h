// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Typed settings in one table of key, type and default (see definitions()), stored in the
// settings table. Keys renamed in a later version are migrated on open. Internal keys hold
// the scheduler's state and are not offered to `rc-archiver config set`.
// Any thread (through Database's per-thread connections).
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace rca {

class Database;

namespace SettingKey {
inline constexpr char BackupEnabled[] = "backup.enabled";
inline constexpr char SourceKind[] = "source.kind";         // "", "demo", "ringcentral"
inline constexpr char SourceSettings[] = "source.settings"; // JSON object, non-secret
inline constexpr char SyncTypes[] = "sync.types";           // "call-recording,voicemail,…"
inline constexpr char SyncView[] = "sync.view";       // "admin" (every extension) or "extension"
inline constexpr char StorageKind[] = "storage.kind"; // "", "local", "sftp", …
inline constexpr char StorageSettings[] = "storage.settings"; // JSON object, non-secret
inline constexpr char CatchUpCapHours[] = "schedule.catchUpCapHours";
inline constexpr char DebugLogging[] = "log.debug";
// Desktop notifications, each kind on its own.
inline constexpr char NotifyArchived[] = "notify.archived";   // a job archived data
inline constexpr char NotifyFailed[] = "notify.failed";       // a job failed
inline constexpr char NotifyAttention[] = "notify.attention"; // a connection needs the user
// The weekly self-check: an audit of the last 7 days (off by default), and when it last ran.
inline constexpr char WeeklyAudit[] = "audit.weekly";
inline constexpr char LastWeeklyAudit[] = "audit.lastWeekly";
// Internal: the window said once that closing it keeps RC Archiver in the tray.
inline constexpr char TrayHintShown[] = "ui.trayHintShown";
// Internal: the scheduler's state.
inline constexpr char Watermark[] = "schedule.watermark"; // end of the last finished window
inline constexpr char FailedAttempts[] = "schedule.failedAttempts";
inline constexpr char NextRetry[] = "schedule.nextRetry";
// Internal: why the source needs the user (a refused sign-in); empty when all is well.
inline constexpr char SourceAttention[] = "source.attention";
// Internal: the window as the user left it (Base64 of QWidget::saveGeometry and of the Logs
// table's QHeaderView::saveState, and the tab shown), restored at the next launch.
inline constexpr char WindowGeometry[] = "window.geometry";
inline constexpr char WindowTab[] = "window.tab";
inline constexpr char WindowLogColumns[] = "window.logColumns";
} // namespace SettingKey

class RCACORE_EXPORT SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(rca::SettingsStore)

public:
    struct Definition
    {
        QString key;
        QMetaType::Type type; // Bool, Int, QString, QDateTime, QJsonObject
        QVariant defaultValue;
        QString description; // for `rc-archiver config --help`
        bool internal = false;
        QVariant minimum = {}; // Int keys: the allowed range, inclusive; invalid: unbounded
        QVariant maximum = {};
    };
    static const QList<Definition> &definitions();
    static const Definition *definition(const QString &key);

    explicit SettingsStore(Database *db);

    // The stored value converted to the key's type, or its default. Unknown keys: invalid.
    QVariant value(const QString &key);
    bool boolValue(const QString &key) { return value(key).toBool(); }
    int intValue(const QString &key) { return value(key).toInt(); }
    QString stringValue(const QString &key) { return value(key).toString(); }
    QDateTime dateTimeValue(const QString &key) { return value(key).toDateTime(); }
    QJsonObject jsonValue(const QString &key);

    // Checks the key and converts value to its type; an unknown key or a value of the wrong
    // type is an error that says which.
    Error setValue(const QString &key, const QVariant &value);
    // The same from text (`config set`): "true"/"false"/"on"/"off", integers, ISO dates, JSON.
    Error setFromString(const QString &key, const QString &text);
    // Text form of a value, for `config get`.
    QString toString(const QString &key);
    Error reset(const QString &key);

    // Old key -> new key, applied once when the store is opened by Database migrations.
    static QList<QPair<QString, QString>> renamedKeys();

private:
    Database *m_db;
};

} // namespace rca
