// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsstore.h"

#include "archive/itemtype.h"
#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <limits>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcStore, "rcarchiver.core.store")

using Definition = SettingsStore::Definition;

// Validation errors: the request can never succeed as given, so retrying does not help.
Error invalid(const QString &message)
{
    return Error::itemPermanent(message);
}

Error unknownKey(const QString &key)
{
    return invalid(SettingsStore::tr("Unknown setting \"%1\".").arg(key));
}

bool parseBool(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t == u"true" || t == u"on" || t == u"yes" || t == u"1")
        return true;
    if (t == u"false" || t == u"off" || t == u"no" || t == u"0")
        return false;
    *ok = false;
    return false;
}

// What the key accepts, for error messages.
QString expectation(const Definition &def)
{
    switch (def.type) {
    case QMetaType::Bool:
        return SettingsStore::tr("true or false (or on/off, yes/no, 1/0)");
    case QMetaType::Int:
        if (def.minimum.isValid() && def.maximum.isValid()) {
            return SettingsStore::tr("a whole number from %1 to %2")
                .arg(def.minimum.toInt())
                .arg(def.maximum.toInt());
        }
        return SettingsStore::tr("a whole number");
    case QMetaType::QDateTime:
        return SettingsStore::tr("a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z");
    case QMetaType::QJsonObject:
        return SettingsStore::tr("a JSON object, such as {\"path\": \"/srv/archive\"}");
    default:
        if (def.key == QLatin1StringView(SettingKey::SyncTypes))
            return SettingsStore::tr(
                "a comma-separated list of call-recording, voicemail, sms, fax");
        if (def.key == QLatin1StringView(SettingKey::SyncView))
            return SettingsStore::tr("\"admin\" or \"extension\"");
        return SettingsStore::tr("text");
    }
}

// Range and content checks after the type is right; may normalize value.
bool validate(const Definition &def, QVariant *value)
{
    if (def.type == QMetaType::Int) {
        const int n = value->toInt();
        if (def.minimum.isValid() && n < def.minimum.toInt())
            return false;
        if (def.maximum.isValid() && n > def.maximum.toInt())
            return false;
    }
    if (def.key == QLatin1StringView(SettingKey::SyncTypes)) {
        bool ok = false;
        const ItemTypes types = itemTypesFromString(value->toString(), &ok);
        if (!ok)
            return false;
        *value = itemTypesToString(types);
    }
    if (def.key == QLatin1StringView(SettingKey::SyncView)) {
        const QString view = value->toString().trimmed().toLower();
        if (view != u"admin" && view != u"extension")
            return false;
        *value = view;
    }
    return true;
}

// Text (as stored, or as typed at `config set`) to the key's type.
bool parseText(const Definition &def, const QString &text, QVariant *out)
{
    switch (def.type) {
    case QMetaType::Bool: {
        bool ok = false;
        const bool b = parseBool(text, &ok);
        *out = b;
        return ok;
    }
    case QMetaType::Int: {
        bool ok = false;
        *out = text.trimmed().toInt(&ok);
        return ok;
    }
    case QMetaType::QDateTime: {
        const QString t = text.trimmed();
        if (t.isEmpty()) { // unset
            *out = QDateTime();
            return true;
        }
        const QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
        *out = time.toUTC();
        return time.isValid();
    }
    case QMetaType::QJsonObject: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *out = doc.object();
        return true;
    }
    default:
        *out = text;
        return true;
    }
}

// A value of any reasonable QVariant type to the key's type.
bool convertValue(const Definition &def, const QVariant &in, QVariant *out)
{
    const int typeId = in.metaType().id();
    if (typeId == QMetaType::QString && def.type != QMetaType::QString)
        return parseText(def, in.toString(), out);
    switch (def.type) {
    case QMetaType::Bool:
        if (typeId == QMetaType::Bool) {
            *out = in.toBool();
            return true;
        }
        if (typeId == QMetaType::Int || typeId == QMetaType::LongLong) {
            const qint64 n = in.toLongLong();
            *out = n != 0;
            return n == 0 || n == 1;
        }
        return false;
    case QMetaType::Int:
        if (typeId == QMetaType::Int || typeId == QMetaType::LongLong ||
            typeId == QMetaType::UInt || typeId == QMetaType::ULongLong ||
            typeId == QMetaType::Double) {
            bool ok = false;
            const double d = in.toDouble(&ok);
            if (!ok || d != double(qint64(d)) || d < std::numeric_limits<int>::min() ||
                d > std::numeric_limits<int>::max())
                return false;
            *out = int(d);
            return true;
        }
        return false;
    case QMetaType::QDateTime:
        if (typeId == QMetaType::QDateTime) {
            const QDateTime time = in.toDateTime();
            *out = time.isValid() ? time.toUTC() : QDateTime();
            return true;
        }
        return false;
    case QMetaType::QJsonObject:
        if (typeId == QMetaType::QJsonObject) {
            *out = in.toJsonObject();
            return true;
        }
        if (typeId == QMetaType::QVariantMap) {
            *out = QJsonObject::fromVariantMap(in.toMap());
            return true;
        }
        if (typeId == QMetaType::QJsonValue && in.toJsonValue().isObject()) {
            *out = in.toJsonValue().toObject();
            return true;
        }
        if (typeId == QMetaType::QJsonDocument && in.toJsonDocument().isObject()) {
            *out = in.toJsonDocument().object();
            return true;
        }
        return false;
    default:
        if (typeId == QMetaType::QString) {
            *out = in.toString();
            return true;
        }
        return false;
    }
}

// The stored and printed form of a value already of the key's type.
QString formatValue(const Definition &def, const QVariant &value)
{
    switch (def.type) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
        return QString::number(value.toInt());
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    case QMetaType::QJsonObject:
        return QString::fromUtf8(
            QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

QString describe(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QJsonObject)
        return QString::fromUtf8(
            QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    return text.isEmpty() && value.isValid() ? QString::fromLatin1(value.typeName()) : text;
}

} // namespace

const QList<SettingsStore::Definition> &SettingsStore::definitions()
{
    using namespace SettingKey;
    auto key = [](const char *k) { return QString::fromLatin1(k); };
    static const QList<Definition> list = {
        {key(BackupEnabled), QMetaType::Bool, false,
         tr("Archive new recordings and messages every half hour.")},
        {key(SourceKind), QMetaType::QString, QString(),
         tr("Where the data comes from: \"ringcentral\" or \"demo\".")},
        {key(SourceSettings), QMetaType::QJsonObject, QJsonObject(),
         tr("Non-secret settings of the source (server URLs, client id), as JSON.")},
        {key(SyncTypes), QMetaType::QString, QStringLiteral("call-recording,voicemail,sms,fax"),
         tr("What to archive: call-recording, voicemail, sms, fax, comma-separated.")},
        {key(SyncView), QMetaType::QString, QStringLiteral("admin"),
         tr("For administrators: \"admin\" archives the call recordings of every extension "
            "(Account Settings), \"extension\" the four types of your own (My Extension).")},
        {key(StorageKind), QMetaType::QString, QString(),
         tr("Where the archive goes: \"local\", \"sftp\", \"dropbox\", \"googledrive\".")},
        {key(StorageSettings), QMetaType::QJsonObject, QJsonObject(),
         tr("Non-secret settings of the storage (folder, host, user), as JSON.")},
        {key(CatchUpCapHours), QMetaType::Int, 24,
         tr("The longest window one catch-up job covers, in hours."), false, 1, 168},
        {key(DebugLogging), QMetaType::Bool, false, tr("Write debug messages to the log.")},
        {key(NotifyArchived), QMetaType::Bool, true,
         tr("Show a desktop notification when a job archived data.")},
        {key(NotifyFailed), QMetaType::Bool, true,
         tr("Show a desktop notification when a job failed.")},
        {key(NotifyAttention), QMetaType::Bool, true,
         tr("Show a desktop notification when a connection needs attention.")},
        {key(WeeklyAudit), QMetaType::Bool, false,
         tr("Once a week, check that the last 7 days are complete and intact in the storage.")},
        {key(LastWeeklyAudit), QMetaType::QDateTime, QDateTime(),
         tr("When the weekly check of the archive last ran."), true},
        {key(TrayHintShown), QMetaType::Bool, false,
         tr("Whether the window has said that closing it keeps RC Archiver in the tray."), true},
        {key(Watermark), QMetaType::QDateTime, QDateTime(),
         tr("The end of the last finished window."), true},
        {key(FailedAttempts), QMetaType::Int, 0, tr("Failed attempts at the current window."), true,
         0, QVariant()},
        {key(NextRetry), QMetaType::QDateTime, QDateTime(),
         tr("When the current window is tried again."), true},
        {key(SourceAttention), QMetaType::QString, QString(),
         tr("Why the source needs the user, such as a refused sign-in."), true},
        {key(WindowGeometry), QMetaType::QString, QString(),
         tr("The size and position of the window."), true},
        {key(WindowTab), QMetaType::Int, 0, tr("The tab the window shows."), true, 0, QVariant()},
        {key(WindowLogColumns), QMetaType::QString, QString(),
         tr("The widths of the Logs tab's columns."), true},
    };
    return list;
}

const SettingsStore::Definition *SettingsStore::definition(const QString &key)
{
    for (const Definition &def : definitions()) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

QList<QPair<QString, QString>> SettingsStore::renamedKeys()
{
    // Before schema 2 the backup switch was stored as "backup".
    return {{QStringLiteral("backup"), QString::fromLatin1(SettingKey::BackupEnabled)}};
}

SettingsStore::SettingsStore(Database *db)
    : m_db(db)
{}

QVariant SettingsStore::value(const QString &key)
{
    const Definition *def = definition(key);
    if (!def)
        return {};
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return def->defaultValue;
    query.addBindValue(key);
    if (m_db->execRead(query) || !query.next() || query.value(0).isNull())
        return def->defaultValue;
    const QString text = query.value(0).toString();
    QVariant result;
    if (!parseText(*def, text, &result) || !validate(*def, &result)) {
        qCWarning(lcStore).noquote()
            << "Stored setting" << key << "=" << text << "is not valid; using the default";
        return def->defaultValue;
    }
    return result;
}

QJsonObject SettingsStore::jsonValue(const QString &key)
{
    return value(key).toJsonObject();
}

Error SettingsStore::setValue(const QString &key, const QVariant &value)
{
    const Definition *def = definition(key);
    if (!def)
        return unknownKey(key);
    QVariant converted;
    if (!convertValue(*def, value, &converted) || !validate(*def, &converted)) {
        return invalid(tr("Setting \"%1\" expects %2, not \"%3\".")
                           .arg(key, expectation(*def), describe(value)));
    }
    const QString what = tr("Could not save the setting \"%1\"").arg(key);
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query, QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                                      "(?, ?) ON CONFLICT (key) DO UPDATE SET "
                                                      "value = excluded.value")))
        return Database::withContext(what, e);
    query.addBindValue(key);
    // Never NULL: that reads back as the default, and "" is a real value (no types selected).
    const QString text = formatValue(*def, converted);
    query.addBindValue(text.isNull() ? QStringLiteral("") : text);
    return Database::withContext(what, m_db->execWrite(query));
}

Error SettingsStore::setFromString(const QString &key, const QString &text)
{
    const Definition *def = definition(key);
    if (!def)
        return unknownKey(key);
    QVariant converted;
    if (!parseText(*def, text, &converted)) {
        return invalid(
            tr("Setting \"%1\" expects %2, not \"%3\".").arg(key, expectation(*def), text));
    }
    return setValue(key, converted);
}

QString SettingsStore::toString(const QString &key)
{
    const Definition *def = definition(key);
    if (!def)
        return {};
    return formatValue(*def, value(key));
}

Error SettingsStore::reset(const QString &key)
{
    if (!definition(key))
        return unknownKey(key);
    const QString what = tr("Could not reset the setting \"%1\"").arg(key);
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query, QStringLiteral("DELETE FROM settings WHERE key = ?")))
        return Database::withContext(what, e);
    query.addBindValue(key);
    return Database::withContext(what, m_db->execWrite(query));
}

} // namespace rca
