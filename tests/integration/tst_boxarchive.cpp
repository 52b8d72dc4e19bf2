// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the Box connector plugin finds already stored, against tests/fakes/box/fake_box.py: an
// upload meeting a file of its name (the same bytes, other bytes, a folder), names refused
// before anything reaches Box, stat, listing (pages, recursion, missing folders, hostile stray
// names), reading back through Box's download redirect (streamed, after a drop, into a full disk),
// a replacement uploading a new version of the same file (small and in a session) that a plain
// upload never does, and a tear-down that revokes and forgets but deletes nothing. Sign-in and
// uploads are tst_boxconnector. Test thread only.
#include "boxfixture.h"
#include "storagetesting.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace rca;
using rca::test::CollectingSink;
using rca::test::randomBytes;

class TestBoxArchive : public rca::test::BoxFixture
{
    Q_OBJECT

private slots:
    void existingFiles_data();
    void existingFiles();
    void refusedNames();
    void statReportsSizeAndSha1();
    void listingFollowsPagesAndRecurses();
    void listingMissingFolderIsEmpty();
    void listingHostileStrayNames();
    void readFileFollowsTheRedirect();
    void replaceUploadsANewVersion_data();
    void replaceUploadsANewVersion();
    void replaceWhenMissingCreates();
    void tearDownRevokesAndForgets();
};

void TestBoxArchive::existingFiles_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("direct") << qint64(3000);
    QTest::newRow("session") << PartSize * 3 + 3;
}

void TestBoxArchive::existingFiles()
{
    QFETCH(qint64, size);
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(size, 20);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("E/same.mp3"), data, &stored));
    QCOMPARE(uploads(QStringLiteral("E/same.mp3")), 1);

    // The same bytes again (a crash between storing and recording): already there.
    Error e = upload(connector.get(), QStringLiteral("E/same.mp3"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.size, size);
    QCOMPARE(stored.providerChecksum, sha1Hex(data));
    QCOMPARE(stored.sha256, sha256(data));
    QCOMPARE(uploads(QStringLiteral("E/same.mp3")), 1);

    // Other bytes under the name: never overwritten, the conflict is named.
    const QByteArray other = randomBytes(size, 21);
    e = upload(connector.get(), QStringLiteral("E/same.mp3"), other, &stored);
    QCOMPARE(e.kind(), Error::Kind::ItemPermanent);
    QVERIFY(e.isConflict());
    QVERIFY2(e.message().contains(QStringLiteral("E/same.mp3")) &&
                 e.message().contains(QStringLiteral("not overwritten")),
             qPrintable(e.message()));
    verifyStored(QStringLiteral("E/same.mp3"), data);
    QCOMPARE(uploads(QStringLiteral("E/same.mp3")), 1);

    // A folder holds the name.
    QVERIFY(!connector->ensureFolder(QStringLiteral("E/folder.mp3")));
    e = upload(connector.get(), QStringLiteral("E/folder.mp3"), data, &stored);
    QVERIFY(e.isConflict());
    QVERIFY2(e.message().contains(QStringLiteral("folder")), qPrintable(e.message()));
}

void TestBoxArchive::refusedNames()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    control("DELETE", QStringLiteral("requests"));
    const QStringList refused{
        QStringLiteral("a/../b.mp3"),    QStringLiteral("../b.mp3"),
        QStringLiteral("a/./b.mp3"),     QStringLiteral("a\\b.mp3"),
        QStringLiteral("a/b\u0001.mp3"), QStringLiteral("a/b\u007f.mp3"),
        QStringLiteral("a /b.mp3"),      QStringLiteral("a/"),
        QStringLiteral("a//b.mp3"),      QStringLiteral("a/") + QString(256, u'x'),
    };
    for (const QString &path : refused) {
        Error error;
        QVERIFY2(!connector->beginUpload(path, 1, &error), qPrintable(path));
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QStringLiteral("Refused")), qPrintable(error.message()));
        QVERIFY(!connector->beginReplace(path, 1, &error));
        StoredFile stored;
        QCOMPARE(connector->stat(path, &stored).kind(), Error::Kind::ItemPermanent);
    }
    QCOMPARE(connector->ensureFolder(QStringLiteral("x/../y")).kind(), Error::Kind::ItemPermanent);
    QCOMPARE(requests(QStringLiteral(".")).size(), 0); // nothing reached Box
    // Names that only look odd are Box's to take: non-ASCII, quotes, percent signs.
    const QString fine = QStringLiteral("J\u00fcrgen \u260e/caf\u00e9 \"q\" 100% {x}.mp3");
    StoredFile stored;
    const Error e = upload(connector.get(), fine, "odd", &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(fine, "odd");
}

void TestBoxArchive::statReportsSizeAndSha1()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(4000, 1);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("S/a/file.mp3"), data, &stored));
    StoredFile statted;
    QVERIFY(!connector->stat(QStringLiteral("S/a/file.mp3"), &statted));
    QCOMPARE(statted.path, QStringLiteral("S/a/file.mp3"));
    QCOMPARE(statted.size, data.size());
    QCOMPARE(statted.providerChecksum, sha1Hex(data));
    // Box compares names without regard to case, and so does the look-up.
    QVERIFY(!connector->stat(QStringLiteral("s/A/FILE.mp3"), &statted));
    QCOMPARE(statted.size, data.size());
    for (const QString &missing :
         {QStringLiteral("S/a/none.mp3"), QStringLiteral("S/b/x.mp3"), QStringLiteral("S/a")}) {
        QVERIFY(!connector->stat(missing, &statted));
        QCOMPARE(statted.size, -1);
    }
}

void TestBoxArchive::listingFollowsPagesAndRecurses()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    QHash<QString, StoredFile> uploaded;
    for (int i = 0; i < 7; ++i) {
        const QString path = QStringLiteral("L/a/f%1.mp3").arg(i);
        StoredFile stored;
        QVERIFY(!upload(connector.get(), path, randomBytes(1000 + i, quint32(50 + i)), &stored));
        uploaded.insert(path, stored);
    }
    StoredFile deep;
    QVERIFY(!upload(connector.get(), QStringLiteral("L/a/b/deep.wav"),
                    randomBytes(PartSize * 3 + 9, 60), &deep));
    uploaded.insert(QStringLiteral("L/a/b/deep.wav"), deep);
    config({{QStringLiteral("max_page_size"), 3}});
    control("DELETE", QStringLiteral("requests"));

    const QList<StoredFile> flat = list(connector.get(), QStringLiteral("L/a"), false);
    QCOMPARE(flat.size(), 8); // more than two pages of three
    QVERIFY(countRequests(QStringLiteral("/items\\?")) >= 3);
    for (const QJsonValue &r : requests(QStringLiteral("/items\\?")))
        QVERIFY2(r[u"query"].toString().contains(QStringLiteral("fields=name,size,sha1,type")),
                 qPrintable(r[u"query"].toString()));
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

    const QList<StoredFile> all = list(connector.get(), QStringLiteral("L"), true);
    QStringList paths;
    for (const StoredFile &entry : all)
        paths.append(entry.path + (entry.isFolder ? QStringLiteral("/") : QString()));
    paths.sort();
    QStringList expected{QStringLiteral("L/a/"), QStringLiteral("L/a/b/"),
                         QStringLiteral("L/a/b/deep.wav")};
    for (int i = 0; i < 7; ++i)
        expected.append(QStringLiteral("L/a/f%1.mp3").arg(i));
    expected.sort();
    QCOMPARE(paths, expected); // the listed folder itself is not an entry
    const auto found = std::find_if(all.begin(), all.end(), [](const StoredFile &e) {
        return e.path == QLatin1String("L/a/b/deep.wav");
    });
    QCOMPARE(found->providerChecksum,
             files()[Root + QStringLiteral("L/a/b/deep.wav")].value(u"sha1").toString());
    QCOMPARE(list(connector.get(), QString(), true).size(), all.size() + 1); // + "L"
}

void TestBoxArchive::listingMissingFolderIsEmpty()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    Error error;
    QVERIFY(list(connector.get(), QStringLiteral("no/such/folder"), true, &error).isEmpty());
    QVERIFY2(!error, qPrintable(error.message()));
    list(connector.get(), QStringLiteral("../outside"), false, &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestBoxArchive::listingHostileStrayNames()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    QVERIFY(!connector->ensureFolder(QStringLiteral("H")));
    QString folderId;
    for (const QJsonValue &f :
         control("GET", QStringLiteral("folders")).value(u"folders").toArray()) {
        if (f.toObject().value(u"path").toString() == Root + QStringLiteral("H"))
            folderId = f.toObject().value(u"id").toString();
    }
    QVERIFY(!folderId.isEmpty());
    // Names no archive path can hold, put there by someone else: listed as they are, for the
    // caller to report, and never followed as paths.
    const QStringList names{QStringLiteral("bad\u0001name\u007f\u202e.mp3"),
                            QStringLiteral("a/b.mp3"), QStringLiteral(".."),
                            QStringLiteral("back\\slash.mp3")};
    for (const QString &name : names) {
        const QJsonObject added =
            control("POST", QStringLiteral("tamper"),
                    {{QStringLiteral("action"), QStringLiteral("add")},
                     {QStringLiteral("parent_id"), folderId},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("data_b64"), QStringLiteral("c3RyYXk=")}});
        QCOMPARE(added.value(u"size").toInt(), 5);
    }
    Error error;
    const QList<StoredFile> entries = list(connector.get(), QStringLiteral("H"), true, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QStringList paths;
    for (const StoredFile &entry : entries) {
        QVERIFY(!entry.isFolder);
        QCOMPARE(entry.size, 5);
        paths.append(entry.path);
    }
    QStringList expected;
    for (const QString &name : names)
        expected.append(QStringLiteral("H/") + name);
    paths.sort();
    expected.sort();
    QCOMPARE(paths, expected);
    // Such a name is not taken as a path to read or write.
    StoredFile stored;
    QCOMPARE(connector->stat(QStringLiteral("H/.."), &stored).kind(), Error::Kind::ItemPermanent);
}

void TestBoxArchive::readFileFollowsTheRedirect()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray small = randomBytes(3000, 80);
    const QByteArray big = randomBytes(PartSize * 40 + 5, 81);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("R/small.mp3"), small, &stored));
    QVERIFY(!upload(connector.get(), QStringLiteral("R/gro\u00df.wav"), big, &stored));
    QCOMPARE(read(connector.get(), QStringLiteral("R/small.mp3")), small);
    CollectingSink sink;
    QVERIFY(!connector->readFile(QStringLiteral("R/gro\u00df.wav"), &sink, CancelToken()));
    QCOMPARE(sink.bytes, big);
    QVERIFY2(sink.writes > 1, "streamed as it arrives, not in one piece");
    // Box's 302 to its download host was followed (without the token).
    QVERIFY(countRequests(QStringLiteral("^/2.0/files/[0-9]+/content$")) >= 2);
    QVERIFY(countRequests(QStringLiteral("^/d/1/")) >= 2);

    // A transfer that drops halfway is fetched again; the sink gets every byte once.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/d/1/")},
           {QStringLiteral("action"), QStringLiteral("drop_mid_download")}});
    QCOMPARE(read(connector.get(), QStringLiteral("R/gro\u00df.wav")), big);

    Error error;
    read(connector.get(), QStringLiteral("R/none.mp3"), &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(error.message().contains(QStringLiteral("not in Box")), qPrintable(error.message()));

    // A sink that fails stops the download at once: no retry.
    control("DELETE", QStringLiteral("requests"));
    CollectingSink full;
    full.failAfter = 1000;
    error = connector->readFile(QStringLiteral("R/gro\u00df.wav"), &full, CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("disk full")), qPrintable(error.message()));
    QCOMPARE(countRequests(QStringLiteral("^/d/1/")), 1);
}

void TestBoxArchive::replaceUploadsANewVersion_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("direct") << qint64(3000);
    QTest::newRow("session") << PartSize * 3 + 1;
}

void TestBoxArchive::replaceUploadsANewVersion()
{
    QFETCH(qint64, size);
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QString path = QStringLiteral("P/manifest.json");
    const QByteArray old = randomBytes(size, 90);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), path, old, &stored));
    const QString id = files()[Root + path].value(u"id").toString();
    // Damage it as a failing disk would: the listing shows another size and sha1.
    control("POST", QStringLiteral("tamper"),
            {{QStringLiteral("action"), QStringLiteral("truncate")},
             {QStringLiteral("path"), Root + path},
             {QStringLiteral("size"), 100}});
    QList<StoredFile> entries = list(connector.get(), QStringLiteral("P"), false);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().size, 100);
    QCOMPARE(read(connector.get(), path), old.left(100));
    QCOMPARE(uploads(path), 1);

    const QByteArray repaired = randomBytes(size + 7, 91);
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginReplace(path, repaired.size(), &error);
    QVERIFY(upload);
    QVERIFY(!upload->write(repaired.constData(), repaired.size() - 1));
    // The old bytes stay under the name until the commit.
    QCOMPARE(read(connector.get(), path), old.left(100));
    QVERIFY(!upload->write(repaired.constData() + repaired.size() - 1, 1));
    error = upload->commit(sha256(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.size, repaired.size());
    QCOMPARE(stored.sha256, sha256(repaired));
    QCOMPARE(stored.providerChecksum, sha1Hex(repaired));
    verifyStored(path, repaired);
    // A new version of the same file: its id and its history stay.
    const QJsonObject truth = files()[Root + path];
    QCOMPARE(truth.value(u"id").toString(), id);
    QCOMPARE(truth.value(u"versions").toInt(), 3); // uploaded, damaged, replaced
    QCOMPARE(uploads(path), 2);
    QCOMPARE(read(connector.get(), path), repaired);

    // A plain upload still refuses to overwrite it.
    error = this->upload(connector.get(), path, old, &stored);
    QVERIFY(error.isConflict());
    QCOMPARE(uploads(path), 2);
}

void TestBoxArchive::replaceWhenMissingCreates()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    QVERIFY(!connector->ensureFolder(QStringLiteral("N")));
    for (const qint64 size : {qint64(10), PartSize * 2 + 3}) {
        const QString path = QStringLiteral("N/new-%1.json").arg(size);
        const QByteArray data = randomBytes(size, 95);
        StoredFile stored;
        const Error error = replace(connector.get(), path, data, &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!stored.alreadyPresent);
        verifyStored(path, data);
        QCOMPARE(uploads(path), 1);
        QCOMPARE(read(connector.get(), path), data);
    }
    Error refused;
    QVERIFY(!connector->beginReplace(QStringLiteral("../escape.json"), 1, &refused));
    QCOMPARE(refused.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(refused.message().contains(QStringLiteral("leaves the archive")),
             qPrintable(refused.message()));
}

void TestBoxArchive::tearDownRevokesAndForgets()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectBox({}, &settings);
    QVERIFY(connector);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("kept.txt"), "kept", &stored));
    connector.reset();
    std::unique_ptr<StorageConnector> tearing = m_factory->create(context(settings));
    QVERIFY(!tearing->tearDown());
    QVERIFY(m_secrets->isEmpty()); // the tokens and the client secret
    const QJsonObject state = control("GET", QStringLiteral("state"));
    QCOMPARE(state.value(u"refresh_tokens").toInt(), 0);
    QCOMPARE(state.value(u"access_tokens").toInt(), 0);
    QCOMPARE(countRequests(QStringLiteral("^/oauth2/revoke$")), 1);
    verifyStored(QStringLiteral("kept.txt"), "kept"); // nothing archived is deleted
    // Disconnected: a job says to connect.
    std::unique_ptr<StorageConnector> job = m_factory->create(context(settings));
    QCOMPARE(job->open(CancelToken()).kind(), Error::Kind::Reconnect);
}

QTEST_GUILESS_MAIN(TestBoxArchive)
#include "tst_boxarchive.moc"
