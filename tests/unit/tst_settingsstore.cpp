// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tests of SettingsStore on a real SQLite file: the definitions table, typed values and their
// stored text, parsing of `config set` input, validation errors and defaults.
#include "engine/enginesettings.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "storetesting.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rca;
using namespace Qt::StringLiterals;

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void definitionsTable();
    void defaults();
    void typedRoundTrip();
    void storedTextForms();
    void boolFromString_data();
    void boolFromString();
    void validationErrors_data();
    void validationErrors();
    void unknownKey();
    void syncTypesNormalized();
    void resetAndInternalKeys();
    void damagedStoredValueFallsBackToDefault();
    void survivesReopen();
    void failedWriteIsReported();
    void engineSettingsAreTyped();

private:
    QString storedText(const QString &k);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
};

void TestSettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(u"settings.db"_s));
    VERIFY_OK(m_db->open());
    m_settings = std::make_unique<SettingsStore>(m_db.get());
}

void TestSettingsStore::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestSettingsStore::storedText(const QString &k)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(k);
    if (!query.exec() || !query.next())
        return u"<none>"_s;
    return query.value(0).toString();
}

void TestSettingsStore::definitionsTable()
{
    const QList<SettingsStore::Definition> &defs = SettingsStore::definitions();
    QCOMPARE(defs.size(), 22);
    struct Expected
    {
        const char *key;
        QMetaType::Type type;
        bool internal;
    };
    const Expected expected[] = {
        {SettingKey::BackupEnabled, QMetaType::Bool, false},
        {SettingKey::SourceKind, QMetaType::QString, false},
        {SettingKey::SourceSettings, QMetaType::QJsonObject, false},
        {SettingKey::SyncTypes, QMetaType::QString, false},
        {SettingKey::SyncView, QMetaType::QString, false},
        {SettingKey::StorageKind, QMetaType::QString, false},
        {SettingKey::StorageSettings, QMetaType::QJsonObject, false},
        {SettingKey::CatchUpCapHours, QMetaType::Int, false},
        {SettingKey::DebugLogging, QMetaType::Bool, false},
        {SettingKey::NotifyArchived, QMetaType::Bool, false},
        {SettingKey::NotifyFailed, QMetaType::Bool, false},
        {SettingKey::NotifyAttention, QMetaType::Bool, false},
        {SettingKey::WeeklyAudit, QMetaType::Bool, false},
        {SettingKey::LastWeeklyAudit, QMetaType::QDateTime, true},
        {SettingKey::TrayHintShown, QMetaType::Bool, true},
        {SettingKey::Watermark, QMetaType::QDateTime, true},
        {SettingKey::FailedAttempts, QMetaType::Int, true},
        {SettingKey::NextRetry, QMetaType::QDateTime, true},
        {SettingKey::SourceAttention, QMetaType::QString, true},
        {SettingKey::WindowGeometry, QMetaType::QString, true},
        {SettingKey::WindowTab, QMetaType::Int, true},
        {SettingKey::WindowLogColumns, QMetaType::QString, true},
    };
    for (const Expected &e : expected) {
        const SettingsStore::Definition *def = SettingsStore::definition(key(e.key));
        QVERIFY2(def, e.key);
        QCOMPARE(def->type, e.type);
        QCOMPARE(def->internal, e.internal);
        QVERIFY2(!def->description.isEmpty(), e.key);
    }
    QVERIFY(!SettingsStore::definition(u"backup"_s));
    const auto *cap = SettingsStore::definition(key(SettingKey::CatchUpCapHours));
    QCOMPARE(cap->minimum.toInt(), 1);
    QCOMPARE(cap->maximum.toInt(), 168);
    QCOMPARE(SettingsStore::renamedKeys(),
             (QList<QPair<QString, QString>>{{u"backup"_s, u"backup.enabled"_s}}));
}

void TestSettingsStore::defaults()
{
    SettingsStore &s = *m_settings;
    QCOMPARE(s.value(key(SettingKey::BackupEnabled)), QVariant(false));
    QCOMPARE(s.boolValue(key(SettingKey::BackupEnabled)), false);
    QCOMPARE(s.stringValue(key(SettingKey::SourceKind)), QString());
    QCOMPARE(s.jsonValue(key(SettingKey::SourceSettings)), QJsonObject());
    QCOMPARE(s.stringValue(key(SettingKey::SyncTypes)), u"call-recording,voicemail,sms,fax"_s);
    QCOMPARE(s.stringValue(key(SettingKey::StorageKind)), QString());
    QCOMPARE(s.jsonValue(key(SettingKey::StorageSettings)), QJsonObject());
    QCOMPARE(s.intValue(key(SettingKey::CatchUpCapHours)), 24);
    QCOMPARE(s.boolValue(key(SettingKey::DebugLogging)), false);
    QVERIFY(!s.dateTimeValue(key(SettingKey::Watermark)).isValid());
    QCOMPARE(s.intValue(key(SettingKey::FailedAttempts)), 0);
    QVERIFY(!s.dateTimeValue(key(SettingKey::NextRetry)).isValid());
    QCOMPARE(s.toString(key(SettingKey::CatchUpCapHours)), u"24"_s);
    QCOMPARE(s.toString(key(SettingKey::Watermark)), QString());
    QCOMPARE(storedText(key(SettingKey::CatchUpCapHours)), u"<none>"_s); // defaults not stored
}

void TestSettingsStore::typedRoundTrip()
{
    SettingsStore &s = *m_settings;
    VERIFY_OK(s.setValue(key(SettingKey::BackupEnabled), true));
    QCOMPARE(s.value(key(SettingKey::BackupEnabled)).typeId(), QMetaType::Bool);
    QVERIFY(s.boolValue(key(SettingKey::BackupEnabled)));

    VERIFY_OK(s.setValue(key(SettingKey::CatchUpCapHours), 48));
    QCOMPARE(s.value(key(SettingKey::CatchUpCapHours)).typeId(), QMetaType::Int);
    QCOMPARE(s.intValue(key(SettingKey::CatchUpCapHours)), 48);
    VERIFY_OK(s.setValue(key(SettingKey::CatchUpCapHours), qint64(6)));
    QCOMPARE(s.intValue(key(SettingKey::CatchUpCapHours)), 6);

    VERIFY_OK(s.setValue(key(SettingKey::StorageKind), u"sftp"_s));
    QCOMPARE(s.stringValue(key(SettingKey::StorageKind)), u"sftp"_s);

    const QJsonObject json{{u"host"_s, u"nas.local"_s},
                           {u"port"_s, 2222},
                           {u"paths"_s, QJsonArray{u"a"_s, u"b"_s}},
                           {u"name"_s, u"Zoë"_s}};
    VERIFY_OK(s.setValue(key(SettingKey::StorageSettings), json));
    QCOMPARE(s.jsonValue(key(SettingKey::StorageSettings)), json);
    VERIFY_OK(s.setValue(key(SettingKey::SourceSettings),
                         QVariantMap{{u"server"_s, u"https://platform.example"_s}}));
    QCOMPARE(s.jsonValue(key(SettingKey::SourceSettings)).value(u"server"_s).toString(),
             u"https://platform.example"_s);

    // A local time is kept as the same instant, in UTC.
    const QDateTime watermark(QDate(2026, 11, 25), QTime(6, 30), Qt::OffsetFromUTC, -5 * 3600);
    VERIFY_OK(s.setValue(key(SettingKey::Watermark), watermark));
    const QDateTime back = s.dateTimeValue(key(SettingKey::Watermark));
    QCOMPARE(back, watermark);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(back.time(), QTime(11, 30));

    VERIFY_OK(s.setFromString(key(SettingKey::NextRetry), u"2026-11-25T12:00:00.250+01:00"_s));
    QCOMPARE(s.dateTimeValue(key(SettingKey::NextRetry)),
             QDateTime(QDate(2026, 11, 25), QTime(11, 0, 0, 250), Qt::UTC));
    VERIFY_OK(s.setFromString(key(SettingKey::NextRetry), u""_s)); // clears
    QVERIFY(!s.dateTimeValue(key(SettingKey::NextRetry)).isValid());

    VERIFY_OK(s.setFromString(key(SettingKey::StorageSettings), u" {\"folder\": \"/srv/a\"} "_s));
    QCOMPARE(s.jsonValue(key(SettingKey::StorageSettings)),
             (QJsonObject{{u"folder"_s, u"/srv/a"_s}}));
    VERIFY_OK(s.setFromString(key(SettingKey::CatchUpCapHours), u" 168 "_s));
    QCOMPARE(s.intValue(key(SettingKey::CatchUpCapHours)), 168);
}

void TestSettingsStore::storedTextForms()
{
    SettingsStore &s = *m_settings;
    VERIFY_OK(s.setFromString(key(SettingKey::DebugLogging), u"on"_s));
    QCOMPARE(storedText(key(SettingKey::DebugLogging)), u"true"_s);
    VERIFY_OK(s.setValue(key(SettingKey::Watermark),
                         QDateTime(QDate(2026, 11, 25), QTime(11, 30), Qt::UTC)));
    QCOMPARE(storedText(key(SettingKey::Watermark)), u"2026-11-25T11:30:00.000Z"_s);
    QCOMPARE(s.toString(key(SettingKey::Watermark)), u"2026-11-25T11:30:00.000Z"_s);
    VERIFY_OK(s.setValue(key(SettingKey::StorageSettings), QJsonObject{{u"a"_s, 1}}));
    QCOMPARE(storedText(key(SettingKey::StorageSettings)), u"{\"a\":1}"_s);
    QCOMPARE(s.toString(key(SettingKey::StorageSettings)), u"{\"a\":1}"_s);
    QCOMPARE(s.toString(key(SettingKey::DebugLogging)), u"true"_s);
    QCOMPARE(s.toString(key(SettingKey::BackupEnabled)), u"false"_s);
}

void TestSettingsStore::boolFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const QList<QPair<const char *, bool>> cases = {
        {"true", true}, {"false", false}, {"on", true},  {"off", false},
        {"yes", true},  {"no", false},    {"1", true},   {"0", false},
        {"TRUE", true}, {" Yes ", true},  {"Off", false}};
    for (const auto &[text, expected] : cases)
        QTest::newRow(text) << QString::fromLatin1(text) << expected;
}

void TestSettingsStore::boolFromString()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const QString k = key(SettingKey::BackupEnabled);
    // Start from the opposite, so a no-op cannot pass.
    VERIFY_OK(m_settings->setValue(k, !expected));
    VERIFY_OK(m_settings->setFromString(k, text));
    QCOMPARE(m_settings->boolValue(k), expected);
}

void TestSettingsStore::validationErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value"); // a QString goes through setFromString
    QTest::addColumn<QString>("expectedInMessage");

    const QString b = key(SettingKey::BackupEnabled);
    const QString cap = key(SettingKey::CatchUpCapHours);
    const QString js = key(SettingKey::StorageSettings);
    const QString dt = key(SettingKey::Watermark);
    const QString kind = key(SettingKey::StorageKind);
    QTest::newRow("bool text") << b << QVariant(u"maybe"_s) << u"true or false"_s;
    QTest::newRow("bool 2") << b << QVariant(u"2"_s) << u"true or false"_s;
    QTest::newRow("bool empty") << b << QVariant(u""_s) << u"true or false"_s;
    QTest::newRow("bool int 7") << b << QVariant(7) << u"true or false"_s;
    QTest::newRow("int text") << cap << QVariant(u"abc"_s) << u"whole number"_s;
    QTest::newRow("int 0") << cap << QVariant(u"0"_s) << u"from 1 to 168"_s;
    QTest::newRow("int 169") << cap << QVariant(169) << u"from 1 to 168"_s;
    QTest::newRow("int fraction") << cap << QVariant(12.5) << u"whole number"_s;
    QTest::newRow("int from bool") << cap << QVariant(true) << u"whole number"_s;
    QTest::newRow("json array") << js << QVariant(u"[1,2]"_s) << u"JSON object"_s;
    QTest::newRow("json broken") << js << QVariant(u"{\"a\":"_s) << u"JSON object"_s;
    QTest::newRow("json from int") << js << QVariant(3) << u"JSON object"_s;
    QTest::newRow("date text") << dt << QVariant(u"yesterday"_s) << u"ISO 8601"_s;
    QTest::newRow("date from int") << dt << QVariant(5) << u"ISO 8601"_s;
    QTest::newRow("string from int") << kind << QVariant(5) << u"text"_s;
    QTest::newRow("view unknown") << key(SettingKey::SyncView) << QVariant(u"everyone"_s)
                                  << u"\"admin\" or \"extension\""_s;
}

void TestSettingsStore::validationErrors()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, expectedInMessage);
    const QString before = m_settings->toString(key);
    const Error e = value.typeId() == QMetaType::QString
                        ? m_settings->setFromString(key, value.toString())
                        : m_settings->setValue(key, value);
    QVERIFY(e);
    QVERIFY2(e.message().contains(u'"' + key + u'"'), qPrintable(e.message()));
    QVERIFY2(e.message().contains(expectedInMessage), qPrintable(e.message()));
    QCOMPARE(m_settings->toString(key), before); // nothing stored
    QCOMPARE(storedText(key), u"<none>"_s);
}

void TestSettingsStore::unknownKey()
{
    for (const QString &k : {u"backup"_s, u"nope"_s, u""_s}) {
        Error e = m_settings->setValue(k, true);
        QVERIFY(e);
        QVERIFY2(e.message().contains(u"Unknown setting \""_s + k + u'"'), qPrintable(e.message()));
        QVERIFY(m_settings->setFromString(k, u"true"_s));
        QVERIFY(m_settings->reset(k));
        QVERIFY(!m_settings->value(k).isValid());
        QCOMPARE(m_settings->toString(k), QString());
    }
}

void TestSettingsStore::syncTypesNormalized()
{
    const QString k = key(SettingKey::SyncTypes);
    VERIFY_OK(m_settings->setFromString(k, u"fax, sms"_s));
    QCOMPARE(m_settings->stringValue(k), u"sms,fax"_s);
    const Error e = m_settings->setFromString(k, u"sms,pager"_s);
    QVERIFY(e);
    QVERIFY2(e.message().contains(u"call-recording, voicemail, sms, fax"), qPrintable(e.message()));
    QCOMPARE(m_settings->stringValue(k), u"sms,fax"_s);
    VERIFY_OK(m_settings->setValue(k, u""_s)); // nothing selected is allowed
    QCOMPARE(m_settings->stringValue(k), QString());
}

void TestSettingsStore::resetAndInternalKeys()
{
    SettingsStore &s = *m_settings;
    const QString cap = key(SettingKey::CatchUpCapHours);
    VERIFY_OK(s.setValue(cap, 3));
    QCOMPARE(s.intValue(cap), 3);
    VERIFY_OK(s.reset(cap));
    QCOMPARE(s.intValue(cap), 24);
    QCOMPARE(storedText(cap), u"<none>"_s);
    VERIFY_OK(s.reset(cap)); // resetting a default is fine

    // The engine writes internal keys through the same API.
    VERIFY_OK(s.setValue(key(SettingKey::FailedAttempts), 3));
    QCOMPARE(s.intValue(key(SettingKey::FailedAttempts)), 3);
    QVERIFY(s.setValue(key(SettingKey::FailedAttempts), -1)); // not below 0
    const QDateTime next(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    VERIFY_OK(s.setValue(key(SettingKey::NextRetry), next));
    QCOMPARE(s.dateTimeValue(key(SettingKey::NextRetry)), next);
    VERIFY_OK(s.setValue(key(SettingKey::NextRetry), QDateTime()));
    QVERIFY(!s.dateTimeValue(key(SettingKey::NextRetry)).isValid());
}

void TestSettingsStore::damagedStoredValueFallsBackToDefault()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO settings VALUES ('schedule.catchUpCapHours', 'lots'), "
                       "('log.debug', 'perhaps'), ('storage.settings', '[]'), "
                       "('schedule.watermark', 'soon'), ('backup.enabled', 'yes')"_s));
    query.finish();
    QCOMPARE(m_settings->intValue(key(SettingKey::CatchUpCapHours)), 24);
    QCOMPARE(m_settings->boolValue(key(SettingKey::DebugLogging)), false);
    QCOMPARE(m_settings->jsonValue(key(SettingKey::StorageSettings)), QJsonObject());
    QVERIFY(!m_settings->dateTimeValue(key(SettingKey::Watermark)).isValid());
    QCOMPARE(m_settings->boolValue(key(SettingKey::BackupEnabled)), true); // tolerant read
}

void TestSettingsStore::survivesReopen()
{
    VERIFY_OK(m_settings->setValue(key(SettingKey::StorageKind), u"local"_s));
    VERIFY_OK(m_settings->setValue(key(SettingKey::CatchUpCapHours), 12));
    m_settings.reset();
    m_db.reset();
    Database db(m_dir->filePath(u"settings.db"_s));
    VERIFY_OK(db.open());
    SettingsStore settings(&db);
    QCOMPARE(settings.stringValue(key(SettingKey::StorageKind)), u"local"_s);
    QCOMPARE(settings.intValue(key(SettingKey::CatchUpCapHours)), 12);
}

void TestSettingsStore::failedWriteIsReported()
{
    m_db->failNthWrite(1);
    const Error e = m_settings->setValue(key(SettingKey::BackupEnabled), true);
    QVERIFY(e);
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().startsWith(u"Could not save the setting \"backup.enabled\": "),
             qPrintable(e.message()));
    QCOMPARE(m_settings->boolValue(key(SettingKey::BackupEnabled)), false);
    m_db->failNthWrite(1);
    QVERIFY(m_settings->reset(key(SettingKey::BackupEnabled)));
}

// The engine's typed view: defaults, the schedule state saved whole or not at all, and the
// connections read as one snapshot.
void TestSettingsStore::engineSettingsAreTyped()
{
    EngineSettings engine(m_db.get());
    QVERIFY(!engine.backupEnabled());
    QCOMPARE(engine.catchUpCapHours(), 24);
    QCOMPARE(engine.scheduleState(), ScheduleState());
    QVERIFY(!engine.weeklyAuditEnabled());
    QCOMPARE(engine.selectedTypes(), ItemTypes(ItemTypeFlag::CallRecording) |
                                         ItemTypeFlag::VoiceMail | ItemTypeFlag::Sms |
                                         ItemTypeFlag::Fax);

    ScheduleState state;
    state.watermark = QDateTime::fromString(u"2026-11-25T10:00:00Z"_s, Qt::ISODate);
    state.failedAttempts = 2;
    state.nextRetry = state.watermark.addSecs(1200);
    VERIFY_OK(engine.saveScheduleState(state));
    QCOMPARE(engine.scheduleState(), state);
    QCOMPARE(storedText(QString::fromLatin1(SettingKey::FailedAttempts)), u"2"_s);

    // A write that fails half-way leaves the state it had.
    ScheduleState later = state;
    later.watermark = state.watermark.addSecs(1800);
    later.failedAttempts = 0;
    m_db->failNthWrite(2);
    QVERIFY(engine.saveScheduleState(later));
    QCOMPARE(engine.scheduleState(), state);

    VERIFY_OK(engine.setBackupEnabled(true));
    QVERIFY(m_settings->boolValue(QString::fromLatin1(SettingKey::BackupEnabled)));
    VERIFY_OK(m_settings->setValue(QString::fromLatin1(SettingKey::StorageKind), u"local"_s));
    VERIFY_OK(m_settings->setValue(QString::fromLatin1(SettingKey::StorageSettings),
                                   QJsonObject{{u"path"_s, u"/mnt/nas"_s}}));
    const EngineSettings::Connections connections = engine.connections();
    QCOMPARE(connections.storageKind, u"local"_s);
    QCOMPARE(connections.storageSettings.value(u"path").toString(), u"/mnt/nas"_s);
    QCOMPARE(connections.view, u"admin"_s);
    VERIFY_OK(engine.setSourceAttention(u"Sign in again"_s));
    QCOMPARE(engine.sourceAttention(), u"Sign in again"_s);
    const QDateTime when = QDateTime::fromString(u"2026-11-30T08:00:00Z"_s, Qt::ISODate);
    VERIFY_OK(engine.setLastWeeklyAudit(when));
    QCOMPARE(engine.lastWeeklyAudit(), when);
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
