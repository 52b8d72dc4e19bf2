// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the Google Drive connector plugin finds already stored, against
// tests/fakes/googledrive/fake_googledrive.py: one listing per folder answers whether a file is
// there (also after a killed run and an upload whose answer was wrong), listing (pages,
// recursion, missing folders and checksum fields, hostile stray names), reading back and
// replacing a damaged file in place. Sign-in and uploads are tst_googledriveconnector. Test
// thread only.
#include "googledrivefixture.h"
#include "storagetesting.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace rca;
using rca::test::CollectingSink;

class TestGoogleDriveArchive : public rca::test::GoogleDriveFixture
{
    Q_OBJECT

private slots:
    void smallFilesAskDriveOncePerFolder();
    void reopeningSeesWhatAKilledRunStored();
    void uncertainUploadIsAskedAgain();
    void listingFollowsPagesAndRecurses();
    void listingMissingFolderIsEmpty();
    void listingWithoutChecksumField();
    void listingHostileStrayNames();
    void readFileStreamsTheStoredBytes();
    void replaceUpdatesTheSameFile_data();
    void replaceUpdatesTheSameFile();
    void replaceWhenMissingCreates();
};

void TestGoogleDriveArchive::smallFilesAskDriveOncePerFolder()
{
    auto connector = connected();
    QVERIFY(connector);
    const QString folder = QStringLiteral("101 - Ada/2026-01-02/Call Recordings");
    QVERIFY(!connector->ensureFolder(folder));
    const QString lookups = QStringLiteral("^/drive/v3/files\\?");
    // The job created the folder: nothing can be there, so nothing is asked before uploading.
    int before = requests(lookups).size();
    QList<QByteArray> data;
    for (int i = 0; i < 5; ++i) {
        data.append(randomBytes(3000 + i, quint32(70 + i)));
        const Error error =
            upload(connector.get(), folder + QStringLiteral("/f%1.mp3").arg(i), data.last());
        QVERIFY2(!error, qPrintable(error.message()));
    }
    QCOMPARE(requests(lookups).size(), before);
    QCOMPARE(requests(QStringLiteral("uploadType=multipart")).size(), 5);

    // The next job lists the folder once (three pages of two) and answers every name from it:
    // what an earlier job stored is found, new names are uploaded.
    control("POST", QStringLiteral("config"), J(R"({"max_page_size": 2})"));
    auto next = m_factory->create(context(m_settings));
    QVERIFY(!next->open(CancelToken()));
    QVERIFY(!next->ensureFolder(folder));
    before = requests(lookups).size();
    StoredFile stored;
    Error error = upload(next.get(), folder + QStringLiteral("/f4.mp3"), data.last(), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    for (int i = 5; i < 8; ++i) {
        error = upload(next.get(), folder + QStringLiteral("/f%1.mp3").arg(i),
                       randomBytes(3000 + i, quint32(70 + i)), &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!stored.alreadyPresent);
    }
    QCOMPARE(requests(lookups).size(), before + 3);
    QCOMPARE(requests(QStringLiteral("uploadType=multipart")).size(), 5 + 3);
    QCOMPARE(uploads(folder + QStringLiteral("/f4.mp3")), 1);
    QCOMPARE(files().size(), 2 + 3 + 8);
}

void TestGoogleDriveArchive::reopeningSeesWhatAKilledRunStored()
{
    // The engine keeps its connector from job to job. Between two of them, a run that Drive
    // answered but that was killed before its ledger recorded the item left a file behind
    // (here another connector, dropped without a word); the next job must find it, not store
    // it twice.
    auto connector = connected();
    QVERIFY(connector);
    const QString folder = QStringLiteral("101 - Ada/2026-01-03/Call Recordings");
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/first.mp3"), randomBytes(900, 80)));
    connector->close();

    const QByteArray data = randomBytes(4000, 81);
    const QString path = folder + QStringLiteral("/killed.mp3");
    {
        auto killed = m_factory->create(context(m_settings));
        QVERIFY(!killed->open(CancelToken()));
        QVERIFY(!upload(killed.get(), path, data));
    }
    QVERIFY(!connector->open(CancelToken()));
    StoredFile stored;
    Error error = upload(connector.get(), path, data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(uploads(path), 1);
    // And a different file there is never overwritten.
    error = upload(connector.get(), path, randomBytes(4000, 82));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QCOMPARE(uploads(path), 1);
}

void TestGoogleDriveArchive::uncertainUploadIsAskedAgain()
{
    // Drive stored the file but its answer was wrong (MD5) and the damaged-looking copy could
    // not be deleted: the file may be there, so the retry in the same job must ask Drive again.
    auto connector = connected();
    QVERIFY(connector);
    const QString folder = QStringLiteral("u");
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/one.mp3"), randomBytes(900, 90)));
    addFault(J(R"({"path_regex": "uploadType=multipart", "action": "corrupt_md5"})"));
    addFault(J(
        R"({"path_regex": "^/drive/v3/files/", "method": "DELETE", "status": 403, "reason": "insufficientFilePermissions"})"));
    const QByteArray data = randomBytes(5000, 91);
    const QString path = folder + QStringLiteral("/two.mp3");
    Error error = upload(connector.get(), path, data);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QCOMPARE(uploads(path), 1);

    StoredFile stored;
    error = upload(connector.get(), path, data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(uploads(path), 1);
    int named = 0;
    for (const QJsonValue &value : files())
        named += value.toObject().value(u"name").toString() == QLatin1String("two.mp3");
    QCOMPARE(named, 1);
}

void TestGoogleDriveArchive::listingFollowsPagesAndRecurses()
{
    auto connector = connected();
    QVERIFY(connector);
    QCOMPARE(connector->checksumName(), QStringLiteral("md5Checksum"));
    QHash<QString, StoredFile> uploaded;
    for (int i = 0; i < 7; ++i) {
        const QString path = QStringLiteral("L/a/f%1.mp3").arg(i);
        StoredFile stored;
        QVERIFY(!upload(connector.get(), path, randomBytes(1000 + i, quint32(50 + i)), &stored));
        uploaded.insert(path, stored);
    }
    StoredFile deep;
    QVERIFY(!upload(connector.get(), QStringLiteral("L/a/b/deep.wav"), randomBytes(Chunk + 9, 60),
                    &deep));
    uploaded.insert(QStringLiteral("L/a/b/deep.wav"), deep);
    control("POST", QStringLiteral("config"), J(R"({"max_page_size": 3})"));
    const int before = requests(QStringLiteral("pageToken=")).size();

    const QList<StoredFile> flat = list(connector.get(), QStringLiteral("L/a"), false);
    QCOMPARE(flat.size(), 8); // more than two pages of three
    QVERIFY(requests(QStringLiteral("pageToken=")).size() >= before + 2);
    for (const StoredFile &entry : flat) {
        if (entry.isFolder) {
            QCOMPARE(entry.path, QStringLiteral("L/a/b"));
            continue;
        }
        QVERIFY2(uploaded.contains(entry.path), qPrintable(entry.path));
        QCOMPARE(entry.size, uploaded[entry.path].size);
        QCOMPARE(entry.providerChecksum, uploaded[entry.path].providerChecksum);
        QVERIFY(!entry.providerChecksum.isEmpty());
    }

    // A fresh connector (no cached folder ids) lists everything below.
    auto fresh = m_factory->create(context(m_settings));
    QVERIFY(!fresh->open(CancelToken()));
    const QList<StoredFile> all = list(fresh.get(), QStringLiteral("L"), true);
    QStringList paths;
    for (const StoredFile &entry : all)
        paths.append(entry.path + (entry.isFolder ? QStringLiteral("/") : QString()));
    paths.sort();
    QStringList expected{QStringLiteral("L/a/"), QStringLiteral("L/a/b/"),
                         QStringLiteral("L/a/b/deep.wav")};
    for (int i = 0; i < 7; ++i)
        expected.append(QStringLiteral("L/a/f%1.mp3").arg(i));
    expected.sort();
    QCOMPARE(paths, expected);
    const auto found = std::find_if(all.begin(), all.end(), [](const StoredFile &e) {
        return e.path == QLatin1String("L/a/b/deep.wav");
    });
    QCOMPARE(found->providerChecksum,
             fileNamed(QStringLiteral("deep.wav")).value(u"md5Checksum").toString());
    QCOMPARE(list(fresh.get(), QString(), true).size(), all.size() + 1); // + "L"
}

void TestGoogleDriveArchive::listingMissingFolderIsEmpty()
{
    auto connector = connected();
    QVERIFY(connector);
    Error error;
    QVERIFY(list(connector.get(), QStringLiteral("no/such/folder"), true, &error).isEmpty());
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(files().size() == 2); // nothing was created to list it
    list(connector.get(), QStringLiteral("../outside"), false, &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestGoogleDriveArchive::listingWithoutChecksumField()
{
    auto connector = connected();
    QVERIFY(connector);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("C/one.mp3"), randomBytes(500, 70), &stored));
    addFault(J(R"({"path_regex": "[?&]q=%27", "method": "GET", "action": "omit_checksum"})"));
    Error error;
    const QList<StoredFile> entries = list(connector.get(), QStringLiteral("C"), false, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().size, 500);
    QVERIFY(entries.first().providerChecksum.isEmpty());
    QCOMPARE(list(connector.get(), QStringLiteral("C"), false).first().providerChecksum,
             stored.providerChecksum);
}

void TestGoogleDriveArchive::listingHostileStrayNames()
{
    auto connector = connected();
    QVERIFY(connector);
    QVERIFY(!connector->ensureFolder(QStringLiteral("H")));
    const QStringList names{QStringLiteral("bad\u0001name\u007f\u202e.mp3"), QStringLiteral(".."),
                            QStringLiteral("../../escape.mp3"), QStringLiteral("a/b.mp3"),
                            QStringLiteral("back\\slash.mp3")};
    for (const QString &name : names) {
        const QJsonObject added =
            control("POST", QStringLiteral("tamper"),
                    QJsonObject{{QStringLiteral("action"), QStringLiteral("add")},
                                {QStringLiteral("folder"),
                                 QStringLiteral("Apps/RingCentral Application/H")},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("content_b64"), QStringLiteral("c3RyYXk=")}});
        QCOMPARE(added.value(u"size").toInt(), 5);
    }
    Error error;
    const QList<StoredFile> entries = list(connector.get(), QStringLiteral("H"), true, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QStringList paths;
    for (const StoredFile &entry : entries) {
        QCOMPARE(entry.size, 5);
        paths.append(entry.path);
    }
    paths.sort();
    QStringList expected;
    for (const QString &name : names)
        expected.append(QStringLiteral("H/") + name); // as Drive holds them, for the caller
    expected.sort();
    QCOMPARE(paths, expected);
}

void TestGoogleDriveArchive::readFileStreamsTheStoredBytes()
{
    auto connector = connected();
    QVERIFY(connector);
    const QByteArray small = randomBytes(3000, 80);
    const QByteArray big = randomBytes(3 * Chunk + 5, 81);
    QVERIFY(!upload(connector.get(), QStringLiteral("R/small.mp3"), small));
    QVERIFY(!upload(connector.get(), QStringLiteral("R/Zo\u00eb's big.wav"), big));
    QCOMPARE(read(connector.get(), QStringLiteral("R/small.mp3")), small);
    CollectingSink sink;
    QVERIFY(!connector->readFile(QStringLiteral("R/Zo\u00eb's big.wav"), &sink, CancelToken()));
    QCOMPARE(sink.bytes, big);
    QVERIFY2(sink.writes > 1, "streamed as it arrives, not in one piece");
    QCOMPARE(requests(QStringLiteral("alt=media")).size(), 2);

    // A transfer that drops halfway is fetched again; the sink gets every byte once.
    addFault(J(R"({"path_regex": "alt=media", "action": "drop_mid_download"})"));
    QCOMPARE(read(connector.get(), QStringLiteral("R/Zo\u00eb's big.wav")), big);

    Error error;
    read(connector.get(), QStringLiteral("R/none.mp3"), &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(error.message().contains(QStringLiteral("not in Google Drive")),
             qPrintable(error.message()));
    read(connector.get(), QStringLiteral("nowhere/none.mp3"), &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestGoogleDriveArchive::replaceUpdatesTheSameFile_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(3000);
    QTest::newRow("resumable") << 3 * Chunk + 1;
}

void TestGoogleDriveArchive::replaceUpdatesTheSameFile()
{
    QFETCH(qint64, size);
    auto connector = connected();
    QVERIFY(connector);
    const QString path = QStringLiteral("P/manifest.json");
    const QByteArray old = randomBytes(size, 90);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), path, old, &stored));
    const QString id = fileNamed(QStringLiteral("manifest.json")).value(u"id").toString();
    // Damage it: the listing shows another size and md5Checksum.
    control("POST", QStringLiteral("tamper"),
            QJsonObject{{QStringLiteral("action"), QStringLiteral("flip")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("offset"), 10}});
    QList<StoredFile> entries = list(connector.get(), QStringLiteral("P"), false);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().providerChecksum != stored.providerChecksum);
    const QByteArray damaged = read(connector.get(), path);
    QCOMPARE(damaged.size(), old.size());
    QVERIFY(damaged != old);
    QCOMPARE(uploads(path), 1);

    const QByteArray repaired = randomBytes(size + 7, 91);
    Error error;
    auto upload = connector->beginReplace(path, repaired.size(), &error);
    QVERIFY(upload);
    QVERIFY(!upload->write(repaired.constData(), repaired.size() - 1));
    // The old bytes stay under the name until the new ones are complete.
    QCOMPARE(read(connector.get(), path), damaged);
    QVERIFY(!upload->write(repaired.constData() + repaired.size() - 1, 1));
    error = upload->commit(sha256(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.size, repaired.size());
    QCOMPARE(stored.sha256, sha256(repaired));
    const QJsonObject file = fileNamed(QStringLiteral("manifest.json"));
    QCOMPARE(file.value(u"id").toString(), id); // the same file, a new revision
    QCOMPARE(file.value(u"sha256").toString().toLatin1(), sha256(repaired));
    QCOMPARE(stored.providerChecksum, file.value(u"md5Checksum").toString());
    QCOMPARE(uploads(path), 2);
    QCOMPARE(read(connector.get(), path), repaired);
    entries = list(connector.get(), QStringLiteral("P"), false);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().providerChecksum, stored.providerChecksum);
    QCOMPARE(requests(QStringLiteral("^/upload/drive/v3/files/") + id).isEmpty(), false);

    // A plain upload still refuses to overwrite it.
    error = this->upload(connector.get(), path, old);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QCOMPARE(uploads(path), 2);
}

void TestGoogleDriveArchive::replaceWhenMissingCreates()
{
    auto connector = connected();
    QVERIFY(connector);
    for (const qint64 size : {qint64(10), 2 * Chunk + 3}) {
        const QString path = QStringLiteral("N/new-%1.json").arg(size);
        const QByteArray data = randomBytes(size, 95);
        Error error;
        auto upload = connector->beginReplace(path, data.size(), &error);
        QVERIFY(upload);
        QVERIFY(!upload->write(data.constData(), data.size()));
        StoredFile stored;
        error = upload->commit(sha256(data), &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!stored.alreadyPresent);
        QCOMPARE(fileNamed(QStringLiteral("new-%1.json").arg(size))
                     .value(u"sha256")
                     .toString()
                     .toLatin1(),
                 sha256(data));
        QCOMPARE(uploads(path), 1);
        QCOMPARE(read(connector.get(), path), data);
    }
}

QTEST_GUILESS_MAIN(TestGoogleDriveArchive)
#include "tst_googledrivearchive.moc"
