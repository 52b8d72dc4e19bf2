// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SFTP uploads against a real OpenSSH sshd (sftpfixture): nested and non-ASCII names, files
// already present and never overwritten, large uploads through one or several sessions, paths
// outside the archive, permission denied, a write the server refuses, and a server killed or
// hung in the middle of an upload. Runs as root (CI) or as an ordinary user.
#include "sftpfixture.h"
#include "storagetesting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace rca;
using namespace rca::test;

class TestSftpUploads : public SftpFixture
{
    Q_OBJECT

private slots:
    void nestedFoldersAndNonAsciiNames();
    void identicalFileIsAlreadyPresent();
    void differentFileIsNeverOverwritten();
    void largeUpload_data();
    void largeUpload();
    void pathsOutsideTheArchiveAreRefused();
    void permissionDeniedAndFileInTheWay();
    void writeRefusedByTheServer();
    void serverKilledMidUpload_data();
    void serverKilledMidUpload();
    void serverThatStopsAnsweringTimesOut();
};

void TestSftpUploads::nestedFoldersAndNonAsciiNames()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString folder = QStringLiteral("101 - Zoë Ärger/2026-01-05/Call Recordings/日本語 ☎");
    const QString name = QStringLiteral("20260105-113012_inbound_+15551234567_Ünïcødé 😀.mp3");
    error = connector->ensureFolder(folder);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!connector->ensureFolder(folder)); // again: nothing to do
    const QByteArray data = randomBytes(123457);
    StoredFile stored;
    error = upload(connector.get(), folder + u'/' + name, data, &stored, 1000);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, folder + u'/' + name);
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QCOMPARE(fileContent(root + u'/' + folder + u'/' + name), data);

    StoredFile looked;
    QVERIFY(!connector->stat(folder + u'/' + name, &looked));
    QCOMPARE(looked.size, qint64(data.size()));
    QCOMPARE(looked.sha256, sha256Hex(data));
    QVERIFY(!connector->stat(folder + QStringLiteral("/missing.mp3"), &looked));
    QCOMPARE(looked.size, qint64(-1));
    // Another name in the same folder before commit (the engine's MP3 that turned out WAV).
    for (const QString &base : {folder + u'/', QString()}) {
        std::unique_ptr<StorageUpload> renamed =
            connector->beginUpload(base + QStringLiteral("voice.mp3"), 4, &error);
        QVERIFY(renamed);
        QVERIFY(!renamed->retarget(QStringLiteral("elsewhere/voice.wav")));
        QVERIFY(!renamed->retarget(base + QStringLiteral(".voice.wav")));
        QVERIFY(renamed->retarget(base + QStringLiteral("voice.wav")));
        QVERIFY(!renamed->write("RIFF", 4));
        QVERIFY(!renamed->commit(sha256Hex("RIFF"), &stored));
        QCOMPARE(stored.path, base + QStringLiteral("voice.wav"));
        QCOMPARE(fileContent(root + u'/' + base + QStringLiteral("voice.wav")), QByteArray("RIFF"));
        QVERIFY(!QFileInfo::exists(root + u'/' + base + QStringLiteral("voice.mp3")));
    }
    // An empty file is a file too.
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/empty.txt"), QByteArray()));
    QVERIFY(QFileInfo(root + u'/' + folder + QStringLiteral("/empty.txt")).isFile());
    QCOMPARE(leftBehind(root), QStringList());
    // The spare goes with the connection.
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpUploads::identicalFileIsAlreadyPresent()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored));
    QVERIFY(!stored.alreadyPresent);
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    // Without the caller's checksum the connector compares its own copy.
    stored = StoredFile();
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored, 100000, false);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.sha256, sha256Hex(data));
    QByteArray other = data;
    other[0] = char(other[0] ^ 0x55);
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), other, &stored, 100000, false);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(error.message().contains(QLatin1String("not overwritten")));
    const QString root = settings.value(QStringLiteral("root")).toString();
    QCOMPARE(leftBehind(root), QStringList());
}

void TestSftpUploads::differentFileIsNeverOverwritten()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QByteArray original = randomBytes(100000);
    QVERIFY(!upload(connector.get(), QStringLiteral("taken.mp3"), original));

    // A different size, and the same size with other bytes.
    QByteArray sameSize = original;
    sameSize[50000] = char(sameSize[50000] ^ 1);
    for (const QByteArray &other : {randomBytes(5000), sameSize}) {
        error = upload(connector.get(), QStringLiteral("taken.mp3"), other);
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QLatin1String("not overwritten")),
                 qPrintable(error.message()));
        QCOMPARE(fileContent(root + QStringLiteral("/taken.mp3")), original);
        QCOMPARE(leftBehind(root), QStringList());
    }
    // A folder in the way.
    QVERIFY(QDir().mkpath(root + QStringLiteral("/folder.mp3")));
    error = upload(connector.get(), QStringLiteral("folder.mp3"), original);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(error.message().contains(QLatin1String("not overwritten")));
    QCOMPARE(leftBehind(root), QStringList());
}

void TestSftpUploads::largeUpload_data()
{
    addUploadPaths();
}

void TestSftpUploads::largeUpload()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const qsizetype signInsBefore = signIns();
    const qsizetype logBefore = m_server->sftpLog().size();
    // Writes of every size around the 2 MiB window, then a huge one.
    const QByteArray data = randomBytes(40 * 1024 * 1024 + 3);
    std::unique_ptr<StorageUpload> upload =
        connector->beginUpload(QStringLiteral("big.wav"), data.size(), &error);
    QVERIFY2(upload, qPrintable(error.message()));
    const qint64 sizes[] = {1, 30000, 2 * 1024 * 1024 - 1, 2 * 1024 * 1024, 2 * 1024 * 1024 + 1,
                            7, 65536, 12 * 1024 * 1024};
    qint64 offset = 0;
    for (int i = 0; offset < data.size(); ++i) {
        const qint64 size = qMin(sizes[i % std::size(sizes)], data.size() - offset);
        QVERIFY(!upload->write(data.constData() + offset, size));
        offset += size;
    }
    StoredFile stored;
    error = upload->commit(sha256Hex(data), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QCOMPARE(sha256Hex(fileContent(root + QStringLiteral("/big.wav"))), sha256Hex(data));
    QCOMPARE(leftBehind(root), QStringList());
    // The two extra sessions signed in for it (and only then).
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);
    // What sftp-server did: in parallel, both extra sessions wrote, and the main session asked
    // for an fsync once 32 MiB had gone out, besides the last one.
    const QString served = m_server->sftpLog().mid(logBefore);
    static const QRegularExpression written(
        QStringLiteral(R"(close "[^"]*/\.rca-upload-[^"]*" bytes read \d+ written [1-9])"));
    QCOMPARE(served.count(written), parallel ? 2 : 1);
    QCOMPARE(served.count(QLatin1String("fsync \"")), parallel ? 2 : 1);

    // The next large file reuses them; a small one is written by the main session.
    QVERIFY(!::upload(connector.get(), QStringLiteral("big2.wav"), data.left(5 * 1024 * 1024 + 1),
                      nullptr, 1024 * 1024));
    QVERIFY(!::upload(connector.get(), QStringLiteral("small.wav"), data.left(1000)));
    QCOMPARE(fileContent(root + QStringLiteral("/big2.wav")), data.left(5 * 1024 * 1024 + 1));
    QCOMPARE(fileContent(root + QStringLiteral("/small.wav")), data.left(1000));
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);

    // An upload dropped before commit leaves nothing either, even with an fsync in flight
    // (past 32 MiB in parallel), and the next upload goes through the same sessions.
    upload = connector->beginUpload(QStringLiteral("dropped.wav"), data.size(), &error);
    QVERIFY(upload);
    QVERIFY(!upload->write(data.constData(), 36 * 1024 * 1024));
    upload.reset();
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/dropped.wav")));
    QCOMPARE(leftBehind(root), QStringList());
    QVERIFY(!::upload(connector.get(), QStringLiteral("after.wav"), data.left(3 * 1024 * 1024),
                      nullptr, 1024 * 1024));
    QCOMPARE(fileContent(root + QStringLiteral("/after.wav")), data.left(3 * 1024 * 1024));
    QCOMPARE(leftBehind(root), QStringList());
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);
}

void TestSftpUploads::pathsOutsideTheArchiveAreRefused()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    for (const QString &path : {QStringLiteral("../escape.mp3"), QStringLiteral("/etc/passwd"),
                                QStringLiteral("a//b.mp3"), QStringLiteral("a/./b.mp3"),
                                QStringLiteral(".rca-upload-0123456789abcdef.part")}) {
        std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, 1, &error);
        QVERIFY2(!upload, qPrintable(path));
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    }
    QCOMPARE(connector->ensureFolder(QStringLiteral("../x")).kind(), Error::Kind::ItemPermanent);
}

void TestSftpUploads::permissionDeniedAndFileInTheWay()
{
    // As root the server never says "permission denied" to root: sign in as the throwaway
    // user instead (the shared authorized_keys lets the test key in).
    QVariantMap opts;
    QString top;
    if (isRoot()) {
        if (m_passwordUser.isEmpty())
            QSKIP("needs the throwaway user");
        top = m_passwordUserHome + QStringLiteral("/permissions");
        QDir().mkpath(top);
        run(QStringLiteral("chown"), {m_passwordUser, top});
        opts = options(*m_server, top);
        opts[QStringLiteral("user")] = m_passwordUser;
    } else {
        opts = options(*m_server);
        top = opts.value(QStringLiteral("root")).toString();
    }
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = top + u'/' + ArchiveRoot;

    // A folder the user may not write to (owned by root as root, read-only otherwise).
    QVERIFY(QDir().mkpath(root + QStringLiteral("/locked")));
    if (isRoot())
        run(QStringLiteral("chown"), {QStringLiteral("root"), root + QStringLiteral("/locked")});
    QFile::setPermissions(root + QStringLiteral("/locked"), QFile::ReadOwner | QFile::ExeOwner |
                                                                QFile::ReadOther | QFile::ExeOther |
                                                                QFile::ReadGroup | QFile::ExeGroup);
    error = connector->ensureFolder(QStringLiteral("locked/2026-01-05"));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")),
             qPrintable(error.message()));
    std::unique_ptr<StorageUpload> refused =
        connector->beginUpload(QStringLiteral("locked/file.mp3"), 1, &error);
    QVERIFY(!refused);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")),
             qPrintable(error.message()));

    // A file where a folder should be.
    QFile blocker(root + QStringLiteral("/blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    error = connector->ensureFolder(QStringLiteral("blocked/2026-01-05"));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("is a file, not a folder")),
             qPrintable(error.message()));
    error = connector->ensureFolder(QStringLiteral("blocked"));
    QCOMPARE(error.kind(), Error::Kind::Transient);

    // The job goes on with the other items.
    QVERIFY(!connector->ensureFolder(QStringLiteral("fine")));
    QVERIFY(!upload(connector.get(), QStringLiteral("fine/file.mp3"), "ok"));
    QCOMPARE(leftBehind(root), QStringList());
    QFile::setPermissions(root + QStringLiteral("/locked"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSftpUploads::writeRefusedByTheServer()
{
    // sftp-server under `ulimit -f 1024`: writes past 1 MiB fail with EFBIG, which OpenSSH
    // reports as SSH_FX_FAILURE (what a full disk looks like on many servers).
    SshServer server(m_dir.filePath(QStringLiteral("sshd-limited")));
    QVERIFY(server.start({QStringLiteral("--sftp-file-limit"), QStringLiteral("1024")}));
    QVariantMap opts = options(server);
    opts[QStringLiteral("knownHostsFile")] = m_dir.filePath(QStringLiteral("known_hosts-limited"));
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;

    error = upload(connector.get(), QStringLiteral("too-big.wav"), randomBytes(5 * 1024 * 1024));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("too-big.wav")), qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("write")));
    QVERIFY(!error.stopsJob());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/too-big.wav")));
    QCOMPARE(temporaries(root), QStringList());

    // The next item goes through on the same connection.
    const QByteArray small = randomBytes(200 * 1000);
    error = upload(connector.get(), QStringLiteral("small.wav"), small);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(root + QStringLiteral("/small.wav")), small);
    server.stop();
}

void TestSftpUploads::serverKilledMidUpload_data()
{
    addUploadPaths();
}

void TestSftpUploads::serverKilledMidUpload()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = QStringLiteral("102 - Crash/2026-01-06");
    const QString path = folder + QStringLiteral("/20260106-101500_outbound_crash.wav");
    QVERIFY(!connector->ensureFolder(folder));
    const QByteArray data = randomBytes(64 * 1024 * 1024);

    std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, data.size(), &error);
    QVERIFY2(upload, qPrintable(error.message()));
    const qint64 chunk = 256 * 1024;
    qint64 offset = 0;
    for (; offset < 16 * 1024 * 1024; offset += chunk)
        QVERIFY(!upload->write(data.constData() + offset, chunk));
    QVERIFY(!temporaries(root).isEmpty());
    // Some of the content has reached the disk already (not all, whatever the path).
    QVERIFY(QFileInfo(temporaries(root).value(0)).size() > 0);

    m_server->kill(); // sshd and its sessions die at once, like a power cut
    for (; offset < data.size() && !error; offset += chunk)
        error = upload->write(data.constData() + offset, chunk);
    if (!error)
        error = upload->commit(sha256Hex(data), nullptr);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY(!error.stopsJob());
    qInfo().noquote() << "After the kill:" << error.message();
    upload.reset();
    QVERIFY(!QFileInfo::exists(root + u'/' + path));
    QCOMPARE(temporaries(root).size(), 1); // nobody could remove it yet

    // With the server gone, the job stops on the next item after one reconnect attempt.
    error = connector->ensureFolder(QStringLiteral("102 - Crash/2026-01-07"));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QLatin1String("could not be made again")),
             qPrintable(error.message()));

    // The server is back (same key and port): the connector reconnects, removes what the
    // interrupted upload left, and the retry completes the file.
    QVERIFY(m_server->start(m_serverOptions));
    error = connector->ensureFolder(folder);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(temporaries(root), QStringList());
    StoredFile stored;
    error = ::upload(connector.get(), path, data, &stored, 1024 * 1024);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(sha256Hex(fileContent(root + u'/' + path)), sha256Hex(data));
    QCOMPARE(leftBehind(root), QStringList());
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpUploads::serverThatStopsAnsweringTimesOut()
{
    SshServer server(m_dir.filePath(QStringLiteral("sshd-paused")));
    QVERIFY(server.start());
    QVariantMap opts = options(server);
    opts[QStringLiteral("knownHostsFile")] = m_dir.filePath(QStringLiteral("known_hosts-paused"));
    opts[QStringLiteral("timeout")] = QStringLiteral("2");
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("timeout")).toInt(), 2);
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QByteArray data = randomBytes(32 * 1024 * 1024);
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(QStringLiteral("hung.wav"), data.size(), &error);
    QVERIFY(pending);
    QVERIFY(!pending->write(data.constData(), 4 * 1024 * 1024));

    server.pause();
    QElapsedTimer timer;
    timer.start();
    for (qint64 offset = 4 * 1024 * 1024; offset < data.size() && !error; offset += 1024 * 1024)
        error = pending->write(data.constData() + offset, 1024 * 1024);
    if (!error)
        error = pending->commit(sha256Hex(data), nullptr);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("did not answer within 2 s")),
             qPrintable(error.message()));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    pending.reset();

    // Still hung: the reconnect times out too, and the job stops.
    timer.restart();
    error = connector->ensureFolder(QStringLiteral("next"));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY(timer.elapsed() < 10000);

    // Answering again: the next operation reconnects and cleans up.
    server.resume();
    error = connector->ensureFolder(QStringLiteral("next"));
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!upload(connector.get(), QStringLiteral("next/after.wav"), data.left(1000)));
    QCOMPARE(leftBehind(root), QStringList());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/hung.wav")));
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
    server.stop();
}

QTEST_GUILESS_MAIN(TestSftpUploads)
#include "tst_sftpuploads.moc"
