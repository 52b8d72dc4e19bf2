// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// KeychainSecretStore against the real Secret Service (gnome-keyring inside a private D-Bus
// session: run through tests/harness/in-session.sh). Without a reachable keyring the test fails,
// unless RCA_ALLOW_NO_KEYRING=1 lets it skip.
#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace rca;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("RCA_KEYCHAIN_CHILD"))
            return; // the child checks the no-backend path on its own
        const Error probe = KeychainSecretStore::probe(m_service, 20000);
        if (probe) {
            if (qEnvironmentVariable("RCA_ALLOW_NO_KEYRING") == QLatin1String("1"))
                QSKIP(qPrintable(QStringLiteral("No usable keychain: ") + probe.message()));
            QFAIL(qPrintable(QStringLiteral("No usable keychain (run through "
                                            "tests/harness/in-session.sh, or set "
                                            "RCA_ALLOW_NO_KEYRING=1 to skip): ") +
                             probe.message()));
        }
    }

    void cleanup()
    {
        if (qEnvironmentVariableIsSet("RCA_KEYCHAIN_CHILD"))
            return;
        KeychainSecretStore store(m_service);
        for (const QString &key : std::as_const(m_keys))
            store.remove(key);
    }

    void writeReadOverwriteRemove()
    {
        skipInChild();
        KeychainSecretStore store(m_service);
        const QString key = newKey();
        QVERIFY(!store.write(key, QStringLiteral("first secret")));
        QString value;
        QVERIFY(!store.read(key, &value));
        QCOMPARE(value, QStringLiteral("first secret"));

        QVERIFY(!store.write(key, QStringLiteral("second secret")));
        QVERIFY(!store.read(key, &value));
        QCOMPARE(value, QStringLiteral("second secret"));

        QVERIFY(!store.remove(key));
        value = QStringLiteral("stale");
        QVERIFY(!store.read(key, &value));
        QVERIFY(value.isEmpty());
    }

    void absentEntry()
    {
        skipInChild();
        KeychainSecretStore store(m_service);
        QString value = QStringLiteral("stale");
        const Error read = store.read(newKey(), &value);
        QVERIFY2(!read, qPrintable(read.message()));
        QVERIFY(value.isEmpty());
        QVERIFY(!store.remove(newKey())); // removing nothing is fine
    }

    void servicesAreSeparate()
    {
        skipInChild();
        KeychainSecretStore mine(m_service);
        KeychainSecretStore other(m_service + QStringLiteral(" other"));
        const QString key = newKey();
        QVERIFY(!mine.write(key, QStringLiteral("mine")));
        QString value;
        QVERIFY(!other.read(key, &value));
        QVERIFY(value.isEmpty());
    }

    void tokenBlobAndUnicode()
    {
        skipInChild();
        KeychainSecretStore store(m_service);
        const QString key = newKey();
        QString blob = QStringLiteral(R"({"access_token":"U0VDUkVU…","note":"Zoë ✓ 日本"})");
        blob += QString(4000, QLatin1Char('x')); // a large blob, like a JWT-sized token pair
        QVERIFY(!store.write(key, blob));
        QString value;
        QVERIFY(!store.read(key, &value));
        QCOMPARE(value, blob);
    }

    void fromWorkerThread()
    {
        skipInChild();
        const QString key = newKey();
        Error writeError;
        Error readError;
        QString value;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            KeychainSecretStore store(m_service);
            writeError = store.write(key, QStringLiteral("from a worker"));
            readError = store.read(key, &value);
        }));
        worker->start();
        // Jobs run on this (the main) thread: keep its event loop turning while the worker waits.
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 30000);
        worker->wait();
        QVERIFY2(!writeError, qPrintable(writeError.message()));
        QVERIFY2(!readError, qPrintable(readError.message()));
        QCOMPARE(value, QStringLiteral("from a worker"));
    }

    void probeSucceeds()
    {
        skipInChild();
        const Error error = KeychainSecretStore::probe(m_service);
        QVERIFY2(!error, qPrintable(error.message()));
    }

    void noBackendGivesAClearError()
    {
        if (qEnvironmentVariableIsSet("RCA_KEYCHAIN_CHILD")) {
            // In the child: the session bus points nowhere.
            KeychainSecretStore store(m_service, 20000);
            const Error error = store.write(QStringLiteral("x"), QStringLiteral("do-not-store-me"));
            QVERIFY(error);
            QCOMPARE(error.kind(), Error::Kind::SourceFailure);
            QVERIFY2(error.message().contains(QStringLiteral("keyring")),
                     qPrintable(error.message()));
            QVERIFY(!error.message().contains(QStringLiteral("do-not-store-me")));
            QString value;
            QVERIFY(store.read(QStringLiteral("x"), &value));
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RCA_KEYCHAIN_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/rca-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("noBackendGivesAClearError")});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAll().constData());
    }

private:
    static void skipInChild()
    {
        if (qEnvironmentVariableIsSet("RCA_KEYCHAIN_CHILD"))
            QSKIP("only the no-backend check runs in the child");
    }

    QString newKey()
    {
        const QString key =
            QStringLiteral("tst-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        m_keys.append(key);
        return key;
    }

    const QString m_service = QStringLiteral("RC Archiver tests");
    QStringList m_keys;
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
