// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real program archiving to SFTP: `rc-archiver run-once` moves items from the demo source
// to a throwaway OpenSSH sshd (tests/harness/sshd.sh) and is killed with SIGKILL mid-job again
// and again. After a final run every item must be on the server exactly once with the right
// content, and no temporary file may be left: each run removes what a killed one left in the
// folders it works in (an upload's temporary file, and the empty spare made for the next one).
#include "demoarchive.h"
#include "sources/demosource.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;

namespace {

// How many ".rca-upload-*" files are below root; *empty: how many of them are empty.
int temporaryUploads(const QString &root, int *empty)
{
    QDirIterator it(root, {QStringLiteral(".rca-upload-*")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    int count = 0;
    *empty = 0;
    for (; it.hasNext(); ++count) {
        if (QFileInfo(it.next()).size() == 0)
            ++*empty;
    }
    return count;
}

constexpr int ItemCount = 120;
constexpr qint64 ItemSize = 300 * 1024;

const QString Program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");
const QString Harness = QStringLiteral(RCA_SOURCE_DIR "/tests/harness/sshd.sh");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, int killAfterMs = -1)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (killAfterMs >= 0) {
        QTest::qWait(killAfterMs);
        process.kill();
    }
    process.waitForFinished(120000);
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAll())};
}

} // namespace

class TestSftpArchiving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedRunsLoseNothingAndLeaveNothingBehind();

private:
    Run archiver(const QStringList &arguments, int killAfterMs = -1)
    {
        return run(Program, QStringList{QStringLiteral("--profile"), m_profile} + arguments,
                   killAfterMs);
    }

    QTemporaryDir m_dir;
    QString m_sshd;
    QString m_profile;
    QString m_target;
    QDateTime m_from;
    QDateTime m_to;
};

void TestSftpArchiving::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        QSKIP("OpenSSH's sshd is not installed (apt-get install openssh-server)");
    QVERIFY(QFile::exists(Program));
    QVERIFY(m_dir.isValid());
    m_sshd = m_dir.filePath(QStringLiteral("sshd"));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_target = m_dir.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(m_target));
    QVERIFY(QDir().mkpath(m_sshd));
    m_target = QFileInfo(m_target).canonicalFilePath();

    // A key with a passphrase: `connect` asks for it on the terminal and keeps it in the
    // keychain, where every later run finds it.
    const QString key = m_dir.filePath(QStringLiteral("id_ed25519"));
    const QString passphrase = QStringLiteral("Geheim 42");
    Run r = run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                 QStringLiteral("-N"), passphrase, QStringLiteral("-f"), key});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(QFile::copy(key + QStringLiteral(".pub"), m_sshd + QStringLiteral("/authorized_keys")));
    r = run(QStringLiteral("bash"), {Harness, QStringLiteral("start"), m_sshd});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QString port = r.output.trimmed();
    r = run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), m_sshd + QStringLiteral("/host_ed25519_key.pub")});
    const QString fingerprint = r.output.split(u' ').value(1);
    r = run(QStringLiteral("id"), {QStringLiteral("-un")});
    const QString user = r.output.trimmed();

    // Items of the last days, two minutes apart, in several extensions and folders, with
    // downloads throttled so that a run takes a few seconds.
    m_from = QDateTime::currentDateTimeUtc().addDays(-2);
    m_from.setTime(QTime(0, 0));
    m_to = m_from.addSecs(ItemCount * 120);
    const QString manifest = m_dir.filePath(QStringLiteral("items.json"));
    QVERIFY(rca::test::writeDemoManifest(manifest, m_from, ItemCount, ItemSize, 8 * 1024 * 1024));

    r = archiver({QStringLiteral("connect"), QStringLiteral("demo"), QStringLiteral("--manifest"),
                  manifest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QStringList sftpOptions{
        QStringLiteral("host=127.0.0.1"),
        QStringLiteral("port=") + port,
        QStringLiteral("user=") + user,
        QStringLiteral("auth=key"),
        QStringLiteral("keyFile=") + key,
        QStringLiteral("root=") + m_target,
        QStringLiteral("knownHostsFile=") + m_dir.filePath(QStringLiteral("known_hosts")),
    };
    QStringList connect{QStringLiteral("--profile"), m_profile, QStringLiteral("connect"),
                        QStringLiteral("sftp")};
    for (const QString &option : sftpOptions)
        connect << QStringLiteral("--option") << option;

    // An unknown host: refused, naming the flag that confirms it.
    r = run(Program, connect);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains(QStringLiteral("--accept-host-key ") + fingerprint),
             qPrintable(r.output));
    connect << QStringLiteral("--accept-host-key") << fingerprint;

    // Confirmed, but no passphrase and no terminal to ask on (a script): refused.
    r = run(Program, connect);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains(QLatin1String("\"passphrase\" option")), qPrintable(r.output));

    // On a terminal (a pseudo-terminal made by script(1)), it asks, without echoing.
    QStringList quoted;
    for (const QString &argument : QStringList{Program} + connect)
        quoted << u'\'' + QString(argument).replace(u'\'', QLatin1String("'\\''")) + u'\'';
    QProcess terminal;
    terminal.setProcessChannelMode(QProcess::MergedChannels);
    terminal.start(QStringLiteral("script"),
                   {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    QVERIFY(terminal.waitForStarted(10000));
    QByteArray shown;
    QElapsedTimer waited;
    waited.start();
    while (!shown.contains("Passphrase of the SSH key for 127.0.0.1: ") &&
           waited.elapsed() < 60000 && terminal.state() == QProcess::Running) {
        terminal.waitForReadyRead(1000);
        shown += terminal.readAll();
    }
    QVERIFY2(shown.contains("Passphrase of the SSH key"), shown.constData());
    terminal.write(passphrase.toUtf8() + '\n');
    QVERIFY(terminal.waitForFinished(60000));
    shown += terminal.readAll();
    QVERIFY2(terminal.exitCode() == 0 && shown.contains("Connected SFTP"), shown.constData());
    QVERIFY2(!shown.contains(passphrase.toUtf8()), shown.constData());
    r.output = QString::fromUtf8(shown);
    QVERIFY2(r.output.contains(QStringLiteral("sftp://%1@127.0.0.1:%2%3/Apps/RingCentral "
                                              "Application")
                                   .arg(user, port, m_target)),
             qPrintable(r.output));
}

void TestSftpArchiving::cleanupTestCase()
{
    if (!m_sshd.isEmpty())
        run(QStringLiteral("bash"), {Harness, QStringLiteral("stop"), m_sshd});
}

void TestSftpArchiving::killedRunsLoseNothingAndLeaveNothingBehind()
{
    const QStringList range = {QStringLiteral("run-once"), QStringLiteral("--from"),
                               m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                               m_to.toString(Qt::ISODate)};
    const QString root = m_target + QStringLiteral("/Apps/RingCentral Application");
    int killsMidUpload = 0;
    int killsLeavingSpare = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Run r = archiver(range, 400 + QRandomGenerator::global()->bounded(1000));
        QCOMPARE(r.status, QProcess::CrashExit);
        if (rca::test::hasTemporaryUpload(root))
            ++killsMidUpload;
        // What the final run must remove: an upload's temporary file, the spare.
        int empty = 0;
        temporaryUploads(root, &empty);
        if (empty > 0)
            ++killsLeavingSpare;
    }
    qInfo() << killsMidUpload << "of 5 kills landed in the middle of an upload,"
            << killsLeavingSpare << "left an empty temporary file (a spare)";
    const Run last = archiver(range);
    QVERIFY2(last.exitCode == 0, qPrintable(last.output));
    QVERIFY2(last.output.contains(QStringLiteral(" archived, 0 failed")), qPrintable(last.output));

    // Every item exactly once with its bytes, and nothing else: no temporary file either.
    rca::test::verifyDemoArchive(root, ItemCount, ItemSize);
    if (QTest::currentTestFailed())
        return;

    // A repeated run archives nothing new.
    const Run again = archiver(range);
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    QVERIFY2(!again.output.contains(QStringLiteral("archived")), qPrintable(again.output));
}

QTEST_GUILESS_MAIN(TestSftpArchiving)
#include "tst_sftparchiving.moc"
