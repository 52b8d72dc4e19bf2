// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EngineThread: start() runs the engine's work in its own thread, named "engine"; stop()
// returns once the engine has stopped and the thread has ended, with the engine handed back.
// The demo source and the real Local folder plugin, a ManualClock; test's main thread.
#include "engine/engine.h"
#include "engine/enginethread.h"
#include "storage/connectorregistry.h"
#include "store/settingsstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rca;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestEngineThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startRunsTheEngineInTheWorkerThread();
    void stopEndsTheThreadAndHandsTheEngineBack();
    void destructorStopsARunningEngine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ConnectorRegistry> m_registry;
    std::unique_ptr<Engine> m_engine;
};

void TestEngineThread::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc("2026-11-25T10:05:00Z"));
    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    Engine::Options options;
    options.profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    options.clock = m_clock.get();
    options.connectors = m_registry.get();
    options.zone = QTimeZone::utc();
    m_engine = std::make_unique<Engine>(options);
    QCOMPARE(m_engine->open().message(), QString());

    // A demo source and a Local folder, backup on, one window due.
    const QString target = m_dir->filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    StorageConnectorFactory *local = m_registry->factory(QStringLiteral("local"));
    QVERIFY2(local, qPrintable(m_registry->loadErrors().join(u'\n')));
    QJsonObject storageSettings;
    QCOMPARE(
        local->create({})->setUp({{QStringLiteral("path"), target}}, &storageSettings).message(),
        QString());
    SettingsStore settings(m_engine->database());
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::SourceKind), QStringLiteral("demo")));
    QVERIFY(!settings.setValue(
        QLatin1String(SettingKey::SourceSettings),
        QJsonObject{{QStringLiteral("itemsPerHour"), 4}, {QStringLiteral("itemSize"), 256}}));
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::StorageKind), QStringLiteral("local")));
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::StorageSettings), storageSettings));
    m_engine->setBackupEnabled(true);
    m_clock->setNow(utc("2026-11-25T10:30:00Z"));
}

void TestEngineThread::cleanup()
{
    m_engine.reset();
    m_registry.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestEngineThread::startRunsTheEngineInTheWorkerThread()
{
    EngineThread thread(m_engine.get());
    QVERIFY(!thread.isRunning());
    QThread *jobThread = nullptr;
    connect(
        m_engine.get(), &Engine::jobStarted, this,
        [&](const JobRecord &) { jobThread = QThread::currentThread(); }, Qt::DirectConnection);
    QSignalSpy finished(m_engine.get(), &Engine::jobFinished);

    thread.start();
    QVERIFY(thread.isRunning());
    QCOMPARE(m_engine->thread(), thread.thread());
    QCOMPARE(thread.thread()->objectName(), QStringLiteral("engine"));
    // Engine::start, queued, checks for due windows at once: the job runs in the worker.
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(jobThread, thread.thread());
    QCOMPARE(finished.at(0).at(0).value<JobRecord>().status, JobRecord::Status::Completed);
    thread.stop();
}

void TestEngineThread::stopEndsTheThreadAndHandsTheEngineBack()
{
    EngineThread thread(m_engine.get());
    QSignalSpy finished(m_engine.get(), &Engine::jobFinished);
    thread.start();
    QTRY_COMPARE(finished.size(), 1);

    thread.stop();
    QVERIFY(!thread.isRunning());
    QVERIFY(thread.thread()->isFinished());
    // Back in this thread, where its owner deletes it; a second stop() does nothing.
    QCOMPARE(m_engine->thread(), QThread::currentThread());
    thread.stop();
    QVERIFY(!thread.isRunning());
    // The engine still answers in this thread after its worker is gone.
    QVERIFY(m_engine->status().backupEnabled);
}

void TestEngineThread::destructorStopsARunningEngine()
{
    {
        EngineThread thread(m_engine.get());
        thread.start();
        QVERIFY(thread.isRunning());
    }
    QCOMPARE(m_engine->thread(), QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_enginethread.moc"
