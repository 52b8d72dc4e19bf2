// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentral end to end: the real rc-archiver binary signs in to the fake RingCentral server
// (tests/fakes/ringcentral) through a BROWSER command that follows the authorize redirect into
// the app's loopback listener, then `run-once` archives into a Local folder. The archive is
// checked against the fake's ground truth: every recording (also those only on call legs),
// voicemail (with transcript), SMS, MMS picture and fax exactly once, with the right bytes.
// Runs inside tests/harness/in-session.sh (a real gnome-keyring holds the tokens).
#include "engine/enginesettings.h"
#include "fakeserver.h"
#include "profile.h"
#include "store/database.h"
#include "store/jobstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");
const QString fakeScript =
    QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/ringcentral/fake_ringcentral.py");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

struct Run
{
    int exitCode = -1;
    QString output;
};

using Fake = rca::test::FakeServer;

} // namespace

class TestRingCentralEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void adminArchivesEveryExtensionsRecordingsOnce();
    void extensionUserArchivesAllFourTypes();
    void tokenRefreshDuringAJobAndA429Storm();
    void processesOfAProfileShareTheRateLimits();
    void revokedSignInNeedsReconnect();
    void deniedConsentIsReported();

private:
    bool startFake(const QStringList &arguments);
    Run run(const QStringList &arguments, int timeoutMs = 180000);
    QProcessEnvironment environment() const;
    int tooManyRequests();
    void connectAll();
    QHash<QString, QString> archivedFiles(); // RingCentral id tag -> path
    QStringList runRangeArguments() const;

    std::unique_ptr<Fake> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_target;
    quint16 m_redirectPort = 0;
};

bool TestRingCentralEndToEnd::startFake(const QStringList &arguments)
{
    m_fake = std::make_unique<Fake>();
    return m_fake->start(fakeScript,
                         QStringList{QStringLiteral("--seed"), QStringLiteral("11"),
                                     QStringLiteral("--days"), QStringLiteral("2"),
                                     QStringLiteral("--items-per-day"), QStringLiteral("3"),
                                     QStringLiteral("--rate-window"), QStringLiteral("2"),
                                     QStringLiteral("--penalty"), QStringLiteral("2")} +
                             arguments);
}

void TestRingCentralEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_target = m_dir->filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(m_target));
    m_redirectPort = freePort();
}

void TestRingCentralEndToEnd::cleanup()
{
    if (m_fake && QTest::currentTestFailed()) {
        const QJsonObject requests = m_fake->call("GET", QStringLiteral("/__fake/requests"));
        qWarning().noquote() << "fake requests:"
                             << QJsonDocument(requests).toJson(QJsonDocument::Compact).left(4000);
    }
    m_fake.reset();
    m_dir.reset();
}

QProcessEnvironment TestRingCentralEndToEnd::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RCA_RINGCENTRAL_SERVER_URL"), m_fake->url());
    env.insert(QStringLiteral("RCA_RINGCENTRAL_MEDIA_URL"), m_fake->url());
    env.insert(QStringLiteral("RCA_RINGCENTRAL_CLIENT_ID"), QStringLiteral("rca-test-client"));
    // The browser: follow the authorize redirect into the app's loopback listener.
    env.insert(QStringLiteral("BROWSER"), QStringLiteral("curl -sS -L -o /dev/null %s"));
    return env;
}

// Requests the fake answered with 429 since its log was last cleared.
int TestRingCentralEndToEnd::tooManyRequests()
{
    int count = 0;
    const QJsonArray requests =
        m_fake->call("GET", QStringLiteral("/__fake/requests"))[u"requests"].toArray();
    for (const QJsonValue &request : requests)
        count += request[u"status"].toInt() == 429 ? 1 : 0;
    return count;
}

Run TestRingCentralEndToEnd::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

void TestRingCentralEndToEnd::connectAll()
{
    Run r =
        run({QStringLiteral("connect"), QStringLiteral("ringcentral"), QStringLiteral("--option"),
             QStringLiteral("redirectPort=%1").arg(m_redirectPort)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = run(
        {QStringLiteral("connect"), QStringLiteral("local"), QStringLiteral("--path"), m_target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

QStringList TestRingCentralEndToEnd::runRangeArguments() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {QStringLiteral("run-once"), QStringLiteral("--from"),
            now.addDays(-4).toString(Qt::ISODate), QStringLiteral("--to"),
            now.addSecs(60).toString(Qt::ISODate)};
}

QHash<QString, QString> TestRingCentralEndToEnd::archivedFiles()
{
    QHash<QString, QString> files;
    const QRegularExpression tag(QStringLiteral("_([0-9A-Za-z-]+(?:_[0-9A-Za-z]+)?)\\.[a-z0-9]+$"));
    QDirIterator it(m_target + QStringLiteral("/Apps/RingCentral Application"),
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/Apps/RingCentral Application/manifest/")))
            continue; // the day manifests
        const QRegularExpressionMatch match = tag.match(path);
        if (!match.hasMatch()) {
            files.insert(QStringLiteral("unexpected:") + path, path);
            continue;
        }
        if (files.contains(match.captured(1)))
            files.insert(QStringLiteral("duplicate:") + path, path);
        else
            files.insert(match.captured(1), path);
    }
    return files;
}

void TestRingCentralEndToEnd::adminArchivesEveryExtensionsRecordingsOnce()
{
    QVERIFY(startFake({QStringLiteral("--admin")}));
    connectAll();
    const Run status = run({QStringLiteral("status")});
    QVERIFY2(status.output.contains(QStringLiteral("Ada Admin")), qPrintable(status.output));

    Run r = run(runRangeArguments());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    // Ground truth: every recording of every call, deduplicated (legs repeat them).
    QHash<QString, QString> expected;   // recording id -> sha256
    QHash<QString, QString> extensions; // recording id -> "mp3" or "wav"
    const QJsonArray calls =
        m_fake->call("GET", QStringLiteral("/__fake/calls?sha256=1"))[u"calls"].toArray();
    int legOnly = 0;
    for (const QJsonValue &call : calls) {
        for (const QJsonValue &recording : call[u"recordings"].toArray()) {
            expected.insert(recording[u"id"].toString(), recording[u"sha256"].toString());
            extensions.insert(recording[u"id"].toString(),
                              recording[u"contentType"].toString().contains(u"wav")
                                  ? QStringLiteral("wav")
                                  : QStringLiteral("mp3"));
            legOnly += recording[u"onlyOnLegs"].toBool() ? 1 : 0;
        }
    }
    QVERIFY(expected.size() > 5);
    QVERIFY2(legOnly > 0, "the seeded account should have recordings only on legs");
    QVERIFY2(extensions.values().contains(QStringLiteral("wav")),
             "the seeded account should have WAV recordings");

    const QHash<QString, QString> files = archivedFiles();
    for (auto i = files.cbegin(); i != files.cend(); ++i)
        QVERIFY2(expected.contains(i.key()), qPrintable(QStringLiteral("extra file ") + i.value()));
    for (auto i = expected.cbegin(); i != expected.cend(); ++i) {
        QVERIFY2(files.contains(i.key()),
                 qPrintable(QStringLiteral("missing recording ") + i.key()));
        QCOMPARE(QString::fromLatin1(sha256Of(files.value(i.key()))), i.value());
        QVERIFY2(files.value(i.key()).contains(QStringLiteral("/Call Recordings/")),
                 qPrintable(files.value(i.key())));
        // Named after what the content is: RingCentral serves MP3 and WAV recordings.
        QCOMPARE(QFileInfo(files.value(i.key())).suffix(), extensions.value(i.key()));
    }

    // The job log counts them; a second run archives nothing new.
    const Run logs = run({QStringLiteral("logs"), QStringLiteral("--csv")});
    QVERIFY2(logs.output.contains(QStringLiteral(",%1,0,0,0").arg(expected.size())),
             qPrintable(logs.output));
    r = run(runRangeArguments());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral(" archived")), qPrintable(r.output));
    QCOMPARE(archivedFiles().size(), expected.size());
}

void TestRingCentralEndToEnd::extensionUserArchivesAllFourTypes()
{
    QVERIFY(startFake({QStringLiteral("--extension-user")}));
    connectAll();
    QVERIFY(!run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.view"),
                  QStringLiteral("extension")})
                 .exitCode);
    const Run r = run(runRangeArguments());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    const QJsonObject config = m_fake->call("GET", QStringLiteral("/__fake/config"));
    const QString me = config[u"signed_in"].toObject()[u"id"].toVariant().toString();
    const QHash<QString, QString> files = archivedFiles();
    QSet<QString> seenFolders;
    int expectedFiles = 0;
    // Messages of the signed-in extension: voicemail audio (+ transcript), SMS text (+ MMS
    // attachments), fax document.
    const QJsonArray messages =
        m_fake->call("GET", QStringLiteral("/__fake/messages?sha256=1"))[u"messages"].toArray();
    for (const QJsonValue &message : messages) {
        if (message[u"extensionId"].toVariant().toString() != me)
            continue;
        const QString id = message[u"id"].toVariant().toString();
        const QString type = message[u"type"].toString();
        if (type == u"SMS") {
            QVERIFY2(files.contains(id), qPrintable(QStringLiteral("missing SMS ") + id));
            ++expectedFiles;
            seenFolders.insert(QStringLiteral("SMS"));
        }
        for (const QJsonValue &attachment : message[u"attachments"].toArray()) {
            const QString kind = attachment[u"type"].toString();
            const QString attId = attachment[u"id"].toVariant().toString();
            QString key;
            if (kind == u"AudioRecording" || kind == u"RenderedDocument")
                key = id;
            else if (kind == u"AudioTranscription")
                key = id + QStringLiteral("_transcript");
            else if (kind == u"MmsAttachment")
                key = id + u'_' + attId;
            else
                continue;
            QVERIFY2(files.contains(key),
                     qPrintable(QStringLiteral("missing ") + kind + u' ' + key));
            ++expectedFiles;
            if (attachment.toObject().contains(u"sha256"))
                QCOMPARE(QString::fromLatin1(sha256Of(files.value(key))),
                         attachment[u"sha256"].toString());
            seenFolders.insert(type == u"VoiceMail" ? QStringLiteral("Voice Mails")
                               : type == u"Fax"     ? QStringLiteral("Fax")
                                                    : QStringLiteral("SMS"));
        }
    }
    // Own call recordings.
    const QJsonArray calls =
        m_fake->call("GET", QStringLiteral("/__fake/calls?sha256=1"))[u"calls"].toArray();
    QSet<QString> recordings;
    for (const QJsonValue &call : calls) {
        if (call[u"extensionId"].toVariant().toString() != me)
            continue;
        for (const QJsonValue &recording : call[u"recordings"].toArray())
            recordings.insert(recording[u"id"].toString());
    }
    for (const QString &id : std::as_const(recordings))
        QVERIFY2(files.contains(id), qPrintable(QStringLiteral("missing recording ") + id));
    expectedFiles += int(recordings.size());
    QCOMPARE(files.size(), expectedFiles);
    QVERIFY2(seenFolders.contains(QStringLiteral("Voice Mails")) &&
                 seenFolders.contains(QStringLiteral("SMS")) &&
                 seenFolders.contains(QStringLiteral("Fax")),
             "the seeded extension should have voicemails, SMS and faxes");
}

void TestRingCentralEndToEnd::tokenRefreshDuringAJobAndA429Storm()
{
    // Access tokens live 6 s and the Heavy group allows 3 requests per 2 s window, so the job
    // outlives its first tokens; five 429s hit the recording downloads on top.
    QVERIFY(startFake({QStringLiteral("--admin"), QStringLiteral("--token-lifetime"),
                       QStringLiteral("6"), QStringLiteral("--rate-limit"),
                       QStringLiteral("Heavy=3")}));
    connectAll();
    m_fake->call("DELETE", QStringLiteral("/__fake/requests")); // only the jobs' traffic below
    m_fake->call("POST", QStringLiteral("/__fake/faults"),
                 {{QStringLiteral("path_regex"), QStringLiteral("/recording/[^/]+/content$")},
                  {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                  {QStringLiteral("retry_after"), 1},
                  {QStringLiteral("count"), 5}});
    Run r = run(runRangeArguments());
    // Complete, or complete with errors (status 4) when the storm kept an item from its download.
    QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral(": Complete")), qPrintable(r.output));
    // Such an item is retried by the next job; nothing doubles. The next process paces from
    // what this one sent (the profile's shared pace): no wait for its window to pass.
    r = run(runRangeArguments());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    const QJsonArray requests =
        m_fake->call("GET", QStringLiteral("/__fake/requests"))[u"requests"].toArray();
    int refreshes = 0, tooMany = 0;
    for (const QJsonValue &request : requests) {
        // run-once never exchanges a code: every token request of the jobs is a refresh.
        if (request[u"path"].toString().endsWith(u"/oauth/token") &&
            request[u"status"].toInt() == 200)
            ++refreshes;
        if (request[u"status"].toInt() == 429)
            ++tooMany;
    }
    QVERIFY2(refreshes >= 1, "the job should have refreshed its token");
    QCOMPARE(tooMany, 5);     // only the injected ones: the client paces itself below the limits
    QSet<QString> recordings; // calls and their legs share recordings
    for (const QJsonValue &call :
         m_fake->call("GET", QStringLiteral("/__fake/calls"))[u"calls"].toArray()) {
        for (const QJsonValue &recording : call[u"recordings"].toArray())
            recordings.insert(recording[u"id"].toString());
    }
    QCOMPARE(archivedFiles().size(), recordings.size());
}

void TestRingCentralEndToEnd::processesOfAProfileShareTheRateLimits()
{
    // Heavy allows 3 requests per 2 s window. The window catches up the last hours'
    // jobs while three `run-once` follow it and one another as fast as they can: each new
    // process paces from what the others sent, through the profile's database.
    QVERIFY(startFake(
        {QStringLiteral("--admin"), QStringLiteral("--rate-limit"), QStringLiteral("Heavy=3")}));
    connectAll();
    const QString databasePath = rca::Profile::inDirectory(m_profile).databasePath();
    {
        rca::Database db(databasePath);
        QVERIFY(!db.open());
        rca::EngineSettings settings(&db);
        QVERIFY(!settings.setBackupEnabled(true));
        // Backup was on until five hours ago: the window has about seven windows to catch up.
        QDateTime watermark = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
        watermark.setTime(QTime(watermark.time().hour(), watermark.time().minute() / 30 * 30));
        QVERIFY(!settings.saveScheduleState({watermark, 0, {}}));
    }
    m_fake->call("DELETE", QStringLiteral("/__fake/requests"));

    QProcess window;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.start(program, {QStringLiteral("--profile"), m_profile});
    QVERIFY(window.waitForStarted());
    // The window has started its first job: the run-once below wait for it.
    rca::Database db(databasePath);
    QVERIFY(!db.open());
    QTRY_VERIFY_WITH_TIMEOUT(rca::JobStore(&db).lastJob().has_value(), 30000);

    for (int i = 0; i < 3; ++i) {
        const Run r = run(runRangeArguments());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }
    window.terminate();
    QVERIFY(window.waitForFinished(30000));

    // The window ran its catch-up jobs (they cover no new items: the run-once took them).
    int windowJobs = 0;
    for (const rca::JobRecord &job : rca::JobStore(&db).jobsCovering(
             QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc())) {
        windowJobs += job.trigger == rca::JobRecord::Trigger::CatchUp ? 1 : 0;
    }
    QVERIFY2(windowJobs >= 1, qPrintable(QString::fromUtf8(window.readAll())));
    QCOMPARE(tooManyRequests(), 0);
}

void TestRingCentralEndToEnd::revokedSignInNeedsReconnect()
{
    QVERIFY(startFake({QStringLiteral("--admin")}));
    connectAll();
    m_fake->call("POST", QStringLiteral("/__fake/revoke-all"));
    m_fake->call("POST", QStringLiteral("/__fake/expire-tokens"));
    const Run r = run(runRangeArguments());
    // Needs sign-in, in the words of the command line.
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(
        r.output.contains(QStringLiteral("Connect again with `rc-archiver connect ringcentral`")),
        qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("Accounts tab")), qPrintable(r.output));
    const Run status = run({QStringLiteral("status")});
    QVERIFY2(status.output.contains(QStringLiteral("Connect again")), qPrintable(status.output));
    QCOMPARE(status.exitCode, 5);
    QCOMPARE(archivedFiles().size(), 0);

    // Connecting again clears it, and the job then archives everything.
    Run again =
        run({QStringLiteral("connect"), QStringLiteral("ringcentral"), QStringLiteral("--option"),
             QStringLiteral("redirectPort=%1").arg(m_redirectPort)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    again = run(runRangeArguments());
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    QVERIFY(archivedFiles().size() > 0);
    QVERIFY(!run({QStringLiteral("status")}).output.contains(QStringLiteral("Connect again")));
}

void TestRingCentralEndToEnd::deniedConsentIsReported()
{
    QVERIFY(startFake({QStringLiteral("--admin")}));
    m_fake->call("POST", QStringLiteral("/__fake/config"),
                 {{QStringLiteral("authorize_mode"), QStringLiteral("deny")}});
    const Run r =
        run({QStringLiteral("connect"), QStringLiteral("ringcentral"), QStringLiteral("--option"),
             QStringLiteral("redirectPort=%1").arg(m_redirectPort)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QStringLiteral("cancelled or consent denied")),
             qPrintable(r.output));
    QVERIFY(
        run({QStringLiteral("status")}).output.contains(QStringLiteral("Source:   not connected")));
}

QTEST_GUILESS_MAIN(TestRingCentralEndToEnd)
#include "tst_ringcentral_e2e.moc"
