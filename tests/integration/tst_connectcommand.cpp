// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver connect` with a storage plugin the program has never heard of (the "Test storage"
// of tests/plugins/testconnector, found through RCA_PLUGIN_PATH): its options listed from its
// description, checked before anything connects (an unknown option, a value not among the
// choices), then connected with --path and --option. The real binary, a temporary profile.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");

struct Run
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestConnectCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryStoragesOptions();
    void refusesWhatTheDescriptionDoesNotAllow();
    void connectsAPluginFromItsDescription();

private:
    Run archiver(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RCA_PLUGIN_PATH"),
                           QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins") +
                               QDir::listSeparator() + QStringLiteral(RCA_TEST_PLUGIN_DIR));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(Program, QStringList{QStringLiteral("--profile"),
                                           m_dir.filePath(QStringLiteral("profile"))} +
                                   arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    QTemporaryDir m_dir;
};

void TestConnectCommand::listsEveryStoragesOptions()
{
    const Run r = archiver({QStringLiteral("connect")});
    QVERIFY2(r.output.contains(QLatin1String("Test storage (connect teststorage)")),
             qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("--option flavour=plain|fancy")),
             qPrintable(r.output));
    QVERIFY(r.output.contains(QLatin1String("Test folder: Where the test storage keeps")));
    QVERIFY(r.output.contains(QLatin1String("Access token: Kept in the keychain.")));
    // The real ones too, with their labels.
    QVERIFY(r.output.contains(QLatin1String("--option host=HOST")));
    QVERIFY(r.output.contains(QLatin1String("Sign-in redirect port:")));
}

void TestConnectCommand::refusesWhatTheDescriptionDoesNotAllow()
{
    const QString folder = m_dir.filePath(QStringLiteral("refused"));
    QVERIFY(QDir().mkpath(folder));
    Run r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                      QStringLiteral("--path"), folder, QStringLiteral("--option"),
                      QStringLiteral("colour=red")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(QLatin1String("Test storage has no option \"colour\". Its options: "
                                             "folder, flavour, token.")),
             qPrintable(r.output));
    r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                  QStringLiteral("--path"), folder, QStringLiteral("--option"),
                  QStringLiteral("flavour=sour")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(QLatin1String("use plain, fancy")), qPrintable(r.output));
    r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                  QStringLiteral("--path"), folder, QStringLiteral("--accept-host-key"),
                  QStringLiteral("SHA256:x")});
    QCOMPARE(r.exitCode, 2);
    // Nothing reached the plugin.
    QVERIFY(!QFile::exists(folder + QStringLiteral("/teststorage.json")));
}

void TestConnectCommand::connectsAPluginFromItsDescription()
{
    const QString folder = m_dir.filePath(QStringLiteral("archive"));
    // --test runs the plugin's own check and keeps nothing.
    Run r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                      QStringLiteral("--test"), QStringLiteral("--path"), folder});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QLatin1String("no folder")), qPrintable(r.output));
    QVERIFY(QDir().mkpath(folder));
    r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                  QStringLiteral("--test"), QStringLiteral("--path"), folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("connection test of Test storage passed")),
             qPrintable(r.output));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/teststorage.json")));
    r = archiver({QStringLiteral("status")});
    QVERIFY2(r.output.contains(QLatin1String("Storage:  not connected")), qPrintable(r.output));

    r = archiver({QStringLiteral("connect"), QStringLiteral("teststorage"),
                  QStringLiteral("--path"), folder, QStringLiteral("--option"),
                  QStringLiteral("flavour=fancy"), QStringLiteral("--option"),
                  QStringLiteral("token=t0k3n")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("Connected Test storage.")), qPrintable(r.output));
    QVERIFY(!r.output.contains(QLatin1String("t0k3n")));
    // A secret given on the command line: connected, with a warning that points to the prompt.
    QVERIFY2(r.output.contains(QStringLiteral("Warning: --option token=… leaves the secret in "
                                              "your shell's history")),
             qPrintable(r.output));
    QVERIFY(r.output.contains(QLatin1String("`rc-archiver connect teststorage` asks for it")));
    QFile record(folder + QStringLiteral("/teststorage.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object(),
             (QJsonObject{{QStringLiteral("folder"), QDir(folder).absolutePath()},
                          {QStringLiteral("flavour"), QStringLiteral("fancy")},
                          {QStringLiteral("tokenGiven"), true}}));

    r = archiver({QStringLiteral("disconnect"), QStringLiteral("teststorage")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

QTEST_GUILESS_MAIN(TestConnectCommand)
#include "tst_connectcommand.moc"
