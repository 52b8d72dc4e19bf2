// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the SFTP connector finds already stored, against a real OpenSSH sshd (sftpfixture):
// stale temporary files and a crash's spare cleaned up, listing, reading back, and replacing a
// file (also after a crash between its two renames). Runs as root (CI) or as an ordinary user.
#include "sftpfixture.h"
#include "storagetesting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <ctime>

#include <utime.h>

using namespace rca;
using namespace rca::test;

class TestSftpStoredFiles : public SftpFixture
{
    Q_OBJECT

private slots:
    void staleTemporariesAreRemoved();
    void spareLeftByACrashIsRemoved();
    void listFolderOverSftp();
    void readFileOverSftp();
    void replaceExistingFile_data();
    void replaceExistingFile();
    void replaceMissingAbortedAndInTheWay();
    void replaceInterruptedByACrashIsPutRight();
};

void TestSftpStoredFiles::spareLeftByACrashIsRemoved()
{
    // A commit leaves an empty spare temporary file for the next upload in its folder, which
    // no later job may write to again: after a crash the next open() removes it, told where by
    // a file in the profile's folder.
    const QString profile = m_dir.filePath(QStringLiteral("profile-spare"));
    QVERIFY(QDir().mkpath(profile));
    QJsonObject settings;
    QVERIFY(
        !m_factory->create(context({}, &m_secrets, profile))->setUp(options(*m_server), &settings));
    auto connector = m_factory->create(context(settings, &m_secrets, profile));
    QVERIFY(!connector->open(CancelToken()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = QStringLiteral("101 - Day/2026-01-07");
    QVERIFY(!connector->ensureFolder(folder));
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/last.mp3"), randomBytes(1000)));
    QCOMPARE(temporaries(root).size(), 1);
    QCOMPARE(QFileInfo(temporaries(root).first()).absolutePath(), root + u'/' + folder);

    // The process dies, the server with it: nothing the connector does at its end arrives.
    m_server->kill();
    connector.reset();
    QCOMPARE(temporaries(root).size(), 1);
    QVERIFY(m_server->start(m_serverOptions));
    connector = m_factory->create(context(settings, &m_secrets, profile));
    QVERIFY(!connector->open(CancelToken()));
    QCOMPARE(temporaries(root), QStringList());
    QVERIFY(QFileInfo::exists(root + u'/' + folder + QStringLiteral("/last.mp3")));
    connector->close();
}

void TestSftpStoredFiles::staleTemporariesAreRemoved()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = archive + QStringLiteral("/101/2026-01-05");
    QVERIFY(QDir().mkpath(folder));

    // This profile's temporary names start with its owner tag: learn it from an upload that
    // is still being written while the folder is cleaned up.
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(QStringLiteral("101/2026-01-05/probe.mp3"), 1, &error);
    QVERIFY(pending);
    const QStringList inFlight = temporaries(archive);
    QCOMPARE(inFlight.size(), 1);
    const QString ownTag = QFileInfo(inFlight.first()).fileName().mid(12, 8);
    const QString otherTag = ownTag == QLatin1String("00000000") ? QStringLiteral("11111111")
                                                                 : QStringLiteral("00000000");

    auto create = [&](const QString &name, qint64 ageSeconds) {
        const QString path = folder + u'/' + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("partial");
        file.close();
        const time_t then = time(nullptr) - ageSeconds;
        const utimbuf times{then, then};
        ::utime(QFile::encodeName(path).constData(), &times);
    };
    const QString own = QStringLiteral(".rca-upload-%1%2.part");
    create(own.arg(ownTag, QStringLiteral("0000beef")), 5);      // an earlier run of ours crashed
    create(own.arg(otherTag, QStringLiteral("deadbeef")), 3600); // someone else's, long dead
    create(own.arg(otherTag, QStringLiteral("cafebabe")), 5);    // someone else is writing it
    create(QStringLiteral(".rca-upload-notours.part"), 3600);
    create(QStringLiteral("recording.mp3"), 3600);

    error = connector->ensureFolder(QStringLiteral("101/2026-01-05"));
    QVERIFY2(!error, qPrintable(error.message()));
    QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QStringList expected{
        own.arg(otherTag, QStringLiteral("cafebabe")), QFileInfo(inFlight.first()).fileName(),
        QStringLiteral(".rca-upload-notours.part"), QStringLiteral("recording.mp3")};
    expected.sort();
    QCOMPARE(left, expected);
    // The upload in progress completes.
    QVERIFY(!pending->write("x", 1));
    StoredFile stored;
    error = pending->commit(sha256Hex("x"), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(folder + QStringLiteral("/probe.mp3")), QByteArray("x"));
}

void TestSftpStoredFiles::listFolderOverSftp()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString day = QStringLiteral("101 - Zoë/2026-01-05");
    QVERIFY(!connector->ensureFolder(day));
    QVERIFY(!connector->ensureFolder(QStringLiteral("102/empty")));
    const QByteArray data = randomBytes(54321);
    QVERIFY(!upload(connector.get(), day + QStringLiteral("/call.mp3"), data));
    QVERIFY(!upload(connector.get(), QStringLiteral("manifest.json"), "{}"));
    // Straight on the server's disk: names that are no valid archive path component, a
    // temporary file, and links out of the archive.
    const QString control = QStringLiteral("bell\u0007 tab\t.mp3");
    const QString backslash = QStringLiteral("back\\slash.mp3");
    for (const auto &[name, content] :
         {std::pair{control, QByteArray("1")}, std::pair{backslash, QByteArray("22")}}) {
        QFile file(archive + u'/' + day + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile stale(archive + u'/' + day + QStringLiteral("/.rca-upload-0123456789abcdef.part"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(m_folders));
    QVERIFY(QDir().mkpath(outside + QStringLiteral("/deep")));
    QVERIFY(QFile::link(outside, archive + QStringLiteral("/escape")));
    // An upload in progress has its temporary file too.
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(day + QStringLiteral("/pending.mp3"), 1, &error);
    QVERIFY(pending);
    QCOMPARE(temporaries(archive).size(), 2);

    QStringList paths;
    QHash<QString, qint64> sizes;
    error = listed(connector.get(), QString(), false, &paths);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Zoë/"), QStringLiteral("102/"),
                                 QStringLiteral("escape"), QStringLiteral("manifest.json")}));
    error = listed(connector.get(), QString(), true, &paths, &sizes);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Zoë/"),
                                 QStringLiteral("101 - Zoë/2026-01-05/"), day + u'/' + backslash,
                                 day + u'/' + control, day + QStringLiteral("/call.mp3"),
                                 QStringLiteral("102/"), QStringLiteral("102/empty/"),
                                 QStringLiteral("escape"), QStringLiteral("manifest.json")}));
    QCOMPARE(sizes.value(day + QStringLiteral("/call.mp3")), qint64(data.size()));
    QCOMPARE(sizes.value(day + u'/' + control), qint64(1));
    QCOMPARE(sizes.value(day + u'/' + backslash), qint64(2));
    // The link's own size: the length of the path it holds.
    QCOMPARE(sizes.value(QStringLiteral("escape")), qint64(outside.toUtf8().size()));
    // A folder below the root; a missing one lists nothing; a link is not entered.
    QVERIFY(!listed(connector.get(), QStringLiteral("102"), true, &paths));
    QCOMPARE(paths, QStringList{QStringLiteral("102/empty/")});
    error = listed(connector.get(), QStringLiteral("no/such/folder"), true, &paths);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, QStringList());
    QCOMPARE(listed(connector.get(), QStringLiteral("escape"), true, &paths).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(listed(connector.get(), QStringLiteral("../.."), true, &paths).kind(),
             Error::Kind::ItemPermanent);
    // A cancelled token stops the listing.
    CancelToken cancel;
    int calls = 0;
    error = connector->listFolder(
        QString(), true,
        [&](const StoredFile &) {
            ++calls;
            cancel.cancel();
            return Error();
        },
        cancel);
    QCOMPARE(error.kind(), Error::Kind::Cancelled);
    QCOMPARE(calls, 1);
}

void TestSftpStoredFiles::readFileOverSftp()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    const QByteArray data = randomBytes(6 * 1024 * 1024 + 4321);
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/big.mp3"), data));
    CollectingSink sink;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &sink, CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(sink.bytes.size(), data.size());
    QVERIFY(sink.bytes == data);
    QVERIFY(sink.writes > 1); // streamed, not the whole file at once

    // Missing, a folder, a link out of the archive, a path out of the archive.
    CollectingSink other;
    for (const QString &path : {QStringLiteral("a/b/missing.mp3"), QStringLiteral("no/such.mp3")}) {
        error = connector->readFile(path, &other, CancelToken());
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QLatin1String("does not exist")),
                 qPrintable(error.message()));
    }
    QCOMPARE(connector->readFile(QStringLiteral("a/b"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    const QString secret = m_dir.filePath(QStringLiteral("secret-%1.txt").arg(m_folders));
    QFile secretFile(secret);
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("not archived");
    secretFile.close();
    QVERIFY(QFile::link(secret, archive + QStringLiteral("/link.mp3")));
    QCOMPARE(connector->readFile(QStringLiteral("link.mp3"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(connector->readFile(QStringLiteral("../x"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(other.bytes, QByteArray());

    // A cancelled token stops the read after the chunk in hand.
    CollectingSink cancelled;
    cancelled.cancelAfter = 1;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &cancelled, cancelled.cancel);
    QCOMPARE(error.kind(), Error::Kind::Cancelled);
    QCOMPARE(cancelled.writes, 1);
    QVERIFY(cancelled.bytes.size() < data.size());
    // The session is still good afterwards.
    CollectingSink again;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &again, CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(again.bytes == data);
}

void TestSftpStoredFiles::replaceExistingFile_data()
{
    addUploadPaths();
}

void TestSftpStoredFiles::replaceExistingFile()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(!connector->ensureFolder(QStringLiteral("a")));
    const QString path = QStringLiteral("a/repair.mp3");
    const QByteArray original = randomBytes(3 * 1024 * 1024 + 5);
    QVERIFY(!upload(connector.get(), path, original));
    QCOMPARE(upload(connector.get(), path, randomBytes(1000)).kind(),
             Error::Kind::ItemPermanent); // a plain upload never overwrites

    const QByteArray repaired = randomBytes(2 * 1024 * 1024 + 77);
    const qsizetype logBefore = m_server->sftpLog().size();
    std::unique_ptr<StorageUpload> replacing =
        connector->beginReplace(path, repaired.size(), &error);
    QVERIFY2(replacing, qPrintable(error.message()));
    for (qint64 offset = 0; offset < repaired.size(); offset += 100000)
        QVERIFY(!replacing->write(repaired.constData() + offset,
                                  qMin<qint64>(100000, repaired.size() - offset)));
    // Until commit the old file is there, untouched.
    QCOMPARE(fileContent(archive + u'/' + path), original);
    StoredFile stored;
    error = replacing->commit(sha256Hex(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, path);
    QCOMPARE(stored.size, qint64(repaired.size()));
    QCOMPARE(stored.sha256, sha256Hex(repaired));
    QVERIFY(!stored.alreadyPresent);
    replacing.reset();
    QCOMPARE(fileContent(archive + u'/' + path), repaired);
    // The old file went aside under a name that says where it belongs (so that a crash leaves
    // it for the clean-up to put back), the new one took its name, and the aside copy was
    // removed.
    const QString served = m_server->sftpLog().mid(logBefore);
    static const QRegularExpression asideRename(QStringLiteral(
        R"re(rename old "[^"]*/a/repair\.mp3" new "[^"]*/a/(\.rca-aside-[0-9a-f]{8}-repair\.mp3)")re"));
    const QRegularExpressionMatch aside = asideRename.match(served);
    QVERIFY2(aside.hasMatch(), qPrintable(served));
    QVERIFY(
        served.indexOf(
            QRegularExpression(QStringLiteral(
                R"re(rename old "[^"]*/a/\.rca-upload-[0-9a-f]{16}\.part" new "[^"]*/a/repair\.mp3")re")),
            aside.capturedEnd()) > 0);
    QVERIFY(served.contains(QStringLiteral("remove name \"") + archive + QStringLiteral("/a/") +
                            aside.captured(1) + u'"'));
    // No temporary file and no aside copy of the old one left behind.
    QCOMPARE(temporaries(archive), QStringList());
    QCOMPARE(QDir(archive + QStringLiteral("/a"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("repair.mp3")});
    CollectingSink sink;
    QVERIFY(!connector->readFile(path, &sink, CancelToken()));
    QVERIFY(sink.bytes == repaired);
}

void TestSftpStoredFiles::replaceMissingAbortedAndInTheWay()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;

    // Nothing there yet: the file is simply created.
    StoredFile stored;
    error = replace(connector.get(), QStringLiteral("manifest.json"), "{\"v\":1}", &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{\"v\":1}"));
    // Rewritten, shorter.
    QVERIFY(!replace(connector.get(), QStringLiteral("manifest.json"), "{}", &stored));
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{}"));

    // Destroyed before commit: the old file stays, the temporary goes.
    std::unique_ptr<StorageUpload> aborted =
        connector->beginReplace(QStringLiteral("manifest.json"), 100000, &error);
    QVERIFY(aborted);
    const QByteArray data = randomBytes(100000);
    QVERIFY(!aborted->write(data.constData(), data.size()));
    QCOMPARE(temporaries(archive).size(), 1);
    aborted.reset();
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{}"));
    QCOMPARE(temporaries(archive), QStringList());

    // A folder in the way is not replaced.
    QVERIFY(QDir().mkpath(archive + QStringLiteral("/folder.mp3/inside")));
    error = replace(connector.get(), QStringLiteral("folder.mp3"), "abc", &stored);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(QFileInfo(archive + QStringLiteral("/folder.mp3/inside")).isDir());
    QCOMPARE(temporaries(archive), QStringList());
    QVERIFY(!connector->beginReplace(QStringLiteral("../x"), 1, &error));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

// The program died between a replacement's two renames: the old file sits under its aside
// name. The next clean-up of the folder puts it back when the new one did not take its name,
// and removes it when the new one did; listings never show it.
void TestSftpStoredFiles::replaceInterruptedByACrashIsPutRight()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(QDir().mkpath(archive + QStringLiteral("/day")));
    auto write = [](const QString &path, const QByteArray &data) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    // Left by another process (another owner tag), an hour ago: old enough to settle.
    const QString lost = archive + QStringLiteral("/day/.rca-aside-0123abcd-a.mp3");
    const QString replaced = archive + QStringLiteral("/day/.rca-aside-0123abcd-b.mp3");
    QVERIFY(write(lost, "old a"));
    QVERIFY(write(replaced, "old b"));
    QVERIFY(write(archive + QStringLiteral("/day/b.mp3"), "new b"));
    for (const QString &path : {lost, replaced}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
    }
    QStringList listed;
    QVERIFY(!connector->listFolder(QStringLiteral("day"), false,
                                   [&](const StoredFile &entry) {
                                       listed.append(entry.path);
                                       return Error();
                                   },
                                   {}));
    QCOMPARE(listed, QStringList({QStringLiteral("day/b.mp3")}));

    QVERIFY(!connector->ensureFolder(QStringLiteral("day")));
    QCOMPARE(fileContent(archive + QStringLiteral("/day/a.mp3")), QByteArray("old a"));
    QCOMPARE(fileContent(archive + QStringLiteral("/day/b.mp3")), QByteArray("new b"));
    QVERIFY(!QFile::exists(lost));
    QVERIFY(!QFile::exists(replaced));
    // A name of that form is never written by an item.
    QVERIFY(!connector->beginUpload(QStringLiteral("day/.rca-aside-0123abcd-c.mp3"), 1, &error));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

QTEST_GUILESS_MAIN(TestSftpStoredFiles)
#include "tst_sftpstoredfiles.moc"
