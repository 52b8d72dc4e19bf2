// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Google Drive connector plugin against tests/fakes/googledrive/fake_googledrive.py: sign-in
// with a browser that follows the authorize redirect, multipart and resumable uploads, resume
// after drops, expired and revoked tokens, throttling, quota, folder find-or-create, names that
// need escaping, files never overwritten and MD5 mismatches. What is already stored (the folder
// index, listing, reading back, replacing) is tst_googledrivearchive. Test thread only.
#include "googledrivefixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rca;

class TestGoogleDriveConnector : public rca::test::GoogleDriveFixture
{
    Q_OBJECT

private slots:
    void signInCreatesArchiveRoot();
    void missingClientIdIsClear();
    void smallFileUsesMultipart();
    void largeFileUsesResumableChunks();
    void resumesAfterDropMidChunk();
    void sessionGoneIsTransient();
    void tokenExpiresMidUpload();
    void throttlingStormIsRetried();
    void quotaExceededIsClear();
    void foldersAreNeverDuplicated();
    void hostileAndNonAsciiNames();
    void existingFilesAreNeverOverwritten();
    void md5MismatchIsTransient();
    void revokedSignInNeedsReconnect();
    void tearDownRevokes();
};

void TestGoogleDriveConnector::signInCreatesArchiveRoot()
{
    auto connector = connected();
    QVERIFY(connector);
    QVERIFY(m_secrets->contains(Profile + QStringLiteral("/googledrive/tokens")));
    const QString rootId = m_settings.value(u"rootFolderId").toString();
    QVERIFY(!rootId.isEmpty());
    const QJsonObject apps = fileNamed(QStringLiteral("Apps"));
    const QJsonObject root = fileNamed(QStringLiteral("RingCentral Application"));
    QCOMPARE(root.value(u"id").toString(), rootId);
    QCOMPARE(root.value(u"parents").toArray().first().toString(), apps.value(u"id").toString());
    QCOMPARE(apps.value(u"parents").toArray().first().toString(),
             control("GET", QStringLiteral("config")).value(u"root_id").toString());
    QCOMPARE(connector->location(),
             QStringLiteral("Google Drive \u203a Apps \u203a RingCentral Application"));
    QCOMPARE(connector->locationUrl(),
             QStringLiteral("https://drive.google.com/drive/folders/") + rootId);
    // The authorize request asked for offline access to drive.file with PKCE.
    const QJsonArray authorize = requests(QStringLiteral("^/o/oauth2/v2/auth"));
    QVERIFY(!authorize.isEmpty()); // a browser may repeat the GET on a reused connection
    const QString query = authorize.last().toObject().value(u"query").toString();
    QVERIFY(query.contains(QStringLiteral("access_type=offline")));
    QVERIFY(query.contains(QStringLiteral("code_challenge_method=S256")));
    QVERIFY(query.contains(QStringLiteral("drive.file")));

    // Connecting again reuses both folders.
    QVERIFY(connected());
    QCOMPARE(files().size(), 2);
}

void TestGoogleDriveConnector::missingClientIdIsClear()
{
    const QByteArray saved = qgetenv("RCA_GOOGLE_CLIENT_ID");
    qunsetenv("RCA_GOOGLE_CLIENT_ID");
    QJsonObject settings;
    const Error error = m_factory->create(context({}))->setUp({}, &settings);
    qputenv("RCA_GOOGLE_CLIENT_ID", saved);
    if (QByteArray(RCA_GOOGLE_BUILD_CLIENT_ID).isEmpty()) {
        QCOMPARE(error.kind(), Error::Kind::StorageFailure);
        QVERIFY2(error.message().contains(QStringLiteral("Registering a Google app")),
                 qPrintable(error.message()));
    }
}

void TestGoogleDriveConnector::smallFileUsesMultipart()
{
    auto connector = connected();
    QVERIFY(connector);
    const QByteArray data = randomBytes(50000, 1);
    StoredFile stored;
    const Error error = upload(connector.get(), QStringLiteral("101 - Ada/a.mp3"), data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.size, data.size());
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.providerChecksum,
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    const QJsonObject file = fileNamed(QStringLiteral("a.mp3"));
    QCOMPARE(file.value(u"sha256").toString().toLatin1(), sha256(data));
    QCOMPARE(file.value(u"mimeType").toString(), QStringLiteral("audio/mpeg"));
    QCOMPARE(requests(QStringLiteral("uploadType=multipart")).size(), 1);
    QCOMPARE(requests(QStringLiteral("uploadType=resumable")).size(), 0);
}

void TestGoogleDriveConnector::largeFileUsesResumableChunks()
{
    auto connector = connected();
    QVERIFY(connector);
    const QByteArray data = randomBytes(4 * Chunk + 123, 2);
    StoredFile stored;
    const Error error = upload(connector.get(), QStringLiteral("big.wav"), data, &stored, 33333);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(QStringLiteral("big.wav")).value(u"sha256").toString().toLatin1(),
             sha256(data));
    const QJsonArray puts = requests(QStringLiteral("upload_id="));
    QCOMPARE(puts.size(), 5);
    for (int i = 0; i < puts.size(); ++i) {
        const qint64 length = puts.at(i).toObject().value(u"content_length").toInteger();
        QCOMPARE(length, i + 1 < puts.size() ? Chunk : 123);
    }
}

void TestGoogleDriveConnector::resumesAfterDropMidChunk()
{
    auto connector = connected();
    QVERIFY(connector);
    addFault(J(
        R"({"path_regex": "upload_id=", "method": "PUT", "action": "drop_mid_chunk", "skip": 1, "count": 2})"));
    // Chunks of 2 × 256 KiB, so half a chunk is a whole granule the server keeps.
    QJsonObject settings = m_settings;
    settings.insert(QStringLiteral("chunkSize"), 2 * Chunk);
    auto big = m_factory->create(context(settings));
    QVERIFY(!big->open(CancelToken()));
    const QByteArray data = randomBytes(5 * Chunk + 77, 3);
    const Error error = upload(big.get(), QStringLiteral("resume.mp3"), data);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(QStringLiteral("resume.mp3")).value(u"sha256").toString().toLatin1(),
             sha256(data));
    bool askedStatus = false;
    qint64 sent = 0;
    for (const QJsonValue &value : requests(QStringLiteral("upload_id="))) {
        const QJsonObject entry = value.toObject();
        askedStatus |=
            entry.value(u"content_range").toString().startsWith(QStringLiteral("bytes */"));
        if (!entry.contains(u"fault"))
            sent += entry.value(u"content_length").toInteger();
    }
    QVERIFY(askedStatus);
    // What the server kept of the dropped chunk was not sent again.
    QVERIFY2(sent < data.size(), qPrintable(QString::number(sent)));
    QCOMPARE(files().size(), 3);
}

void TestGoogleDriveConnector::sessionGoneIsTransient()
{
    auto connector = connected();
    QVERIFY(connector);
    addFault(J(
        R"({"path_regex": "upload_id=", "method": "PUT", "action": "forget_session", "skip": 1})"));
    const QByteArray data = randomBytes(3 * Chunk + 5, 4);
    Error error = upload(connector.get(), QStringLiteral("gone.mp3"), data);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY(fileNamed(QStringLiteral("gone.mp3")).isEmpty());
    // The engine retries the item from scratch.
    error = upload(connector.get(), QStringLiteral("gone.mp3"), data);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(QStringLiteral("gone.mp3")).value(u"sha256").toString().toLatin1(),
             sha256(data));
}

void TestGoogleDriveConnector::tokenExpiresMidUpload()
{
    auto connector = connected();
    QVERIFY(connector);
    const QByteArray data = randomBytes(4 * Chunk + 9, 5);
    Error error;
    auto upload = connector->beginUpload(QStringLiteral("expiry.mp3"), data.size(), &error);
    QVERIFY(!error);
    QVERIFY(!upload->write(data.constData(), 2 * Chunk + 1));
    QVERIFY(!requests(QStringLiteral("upload_id=")).isEmpty());
    control("POST", QStringLiteral("expire_tokens"));
    QVERIFY(!upload->write(data.constData() + 2 * Chunk + 1, data.size() - 2 * Chunk - 1));
    StoredFile stored;
    error = upload->commit(sha256(data), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(QStringLiteral("expiry.mp3")).value(u"sha256").toString().toLatin1(),
             sha256(data));
    QCOMPARE(requests(QStringLiteral("^/token")).size(), 2); // the code, then one refresh
}

void TestGoogleDriveConnector::throttlingStormIsRetried()
{
    auto connector = connected();
    QVERIFY(connector);
    addFault(J(
        R"({"path_regex": "^/drive/v3/files\\?", "method": "GET", "status": 403, "reason": "userRateLimitExceeded", "count": 2})"));
    addFault(J(
        R"({"path_regex": "uploadType=resumable", "method": "POST", "status": 429, "retry_after": 0, "count": 3})"));
    addFault(J(R"({"path_regex": "upload_id=", "method": "PUT", "status": 503, "count": 2})"));
    addFault(J(
        R"({"path_regex": "uploadType=multipart", "method": "POST", "status": 403, "reason": "rateLimitExceeded", "count": 2})"));
    const QByteArray big = randomBytes(2 * Chunk + 1, 6);
    Error error = upload(connector.get(), QStringLiteral("Ext/storm.mp3"), big);
    QVERIFY2(!error, qPrintable(error.message()));
    const QByteArray small = randomBytes(1000, 7);
    error = upload(connector.get(), QStringLiteral("Ext/small.txt"), small);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(QStringLiteral("storm.mp3")).value(u"sha256").toString().toLatin1(),
             sha256(big));
    QCOMPARE(fileNamed(QStringLiteral("small.txt")).value(u"sha256").toString().toLatin1(),
             sha256(small));
    QCOMPARE(control("GET", QStringLiteral("faults")).value(u"faults").toArray().size(), 0);
}

void TestGoogleDriveConnector::quotaExceededIsClear()
{
    auto connector = connected();
    QVERIFY(connector);
    control("POST", QStringLiteral("config"), J(R"({"quota_bytes": 1000})"));
    const Error error = upload(connector.get(), QStringLiteral("full.mp3"), randomBytes(5000, 8));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("Google Drive is full")),
             qPrintable(error.message()));
    QCOMPARE(requests(QStringLiteral("uploadType=multipart")).size(), 1);

    const Error large =
        upload(connector.get(), QStringLiteral("full2.mp3"), randomBytes(2 * Chunk + 1, 9));
    QCOMPARE(large.kind(), Error::Kind::StorageFailure);
}

void TestGoogleDriveConnector::foldersAreNeverDuplicated()
{
    auto first = connected();
    QVERIFY(first);
    const QString rootId = m_settings.value(u"rootFolderId").toString();
    // Same name elsewhere (the Drive root) must not be used; of two in the archive root the
    // older wins.
    control("POST", QStringLiteral("folders"), J(R"({"name": "101 - Ada", "parent": "root"})"));
    const QString oldest =
        control("POST", QStringLiteral("folders"),
                J(QStringLiteral(R"({"name": "101 - Ada", "parent": "%1"})").arg(rootId)))
            .value(u"id")
            .toString();
    control("POST", QStringLiteral("folders"),
            J(QStringLiteral(R"({"name": "101 - Ada", "parent": "%1"})").arg(rootId)));

    auto connector = m_factory->create(context(m_settings));
    QVERIFY(!connector->open(CancelToken()));
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Ada/2026-01-02/Call Recordings")));
    const QJsonObject day = fileNamed(QStringLiteral("2026-01-02"));
    QCOMPARE(day.value(u"parents").toArray().first().toString(), oldest);
    const int creates = requests(QStringLiteral("^/drive/v3/files\\?")).size();
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Ada/2026-01-02/Call Recordings")));
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Ada/2026-01-02")));
    QCOMPARE(requests(QStringLiteral("^/drive/v3/files\\?")).size(), creates); // cached

    // A new job (a fresh connector) finds them instead of creating them again.
    auto again = m_factory->create(context(m_settings));
    QVERIFY(!again->open(CancelToken()));
    QVERIFY(!again->ensureFolder(QStringLiteral("101 - Ada/2026-01-02/Call Recordings")));
    int named = 0;
    for (const QJsonValue &value : files())
        named += value.toObject().value(u"name").toString() == QLatin1String("Call Recordings");
    QCOMPARE(named, 1);
    QCOMPARE(files().size(), 2 + 3 + 2);
}

void TestGoogleDriveConnector::hostileAndNonAsciiNames()
{
    auto connector = connected();
    QVERIFY(connector);
    const QString folder = QStringLiteral("O'Brien \\ \"Quotes\" and ' 'in parents");
    const QString name = QStringLiteral("Zo\u00eb's \\ \u65e5\u672c\u8a9e \U0001F600.mp3");
    const QByteArray data = randomBytes(2000, 10);
    StoredFile stored;
    Error error = upload(connector.get(), folder + u'/' + name, data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileNamed(name).value(u"sha256").toString().toLatin1(), sha256(data));
    QCOMPARE(fileNamed(folder).value(u"mimeType").toString(),
             QStringLiteral("application/vnd.google-apps.folder"));
    // Found again by name (the query escapes work): identical, so already present.
    auto fresh = m_factory->create(context(m_settings));
    QVERIFY(!fresh->open(CancelToken()));
    error = upload(fresh.get(), folder + u'/' + name, data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    StoredFile info;
    QVERIFY(!fresh->stat(folder + u'/' + name, &info));
    QCOMPARE(info.size, data.size());
    QCOMPARE(files().size(), 4);
}

void TestGoogleDriveConnector::existingFilesAreNeverOverwritten()
{
    auto connector = connected();
    QVERIFY(connector);
    for (const qint64 size : {qint64(3000), 3 * Chunk + 1}) {
        const QString path = QStringLiteral("x/file-%1.mp3").arg(size);
        const QByteArray data = randomBytes(size, 11);
        QVERIFY(!upload(connector.get(), path, data));
        const int sessions = requests(QStringLiteral("uploadType=")).size();
        StoredFile stored;
        Error error = upload(connector.get(), path, data, &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(stored.alreadyPresent);
        QCOMPARE(stored.size, size);
        QCOMPARE(requests(QStringLiteral("uploadType=")).size(), sessions); // nothing sent

        error = upload(connector.get(), path, randomBytes(size, 12));
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QStringLiteral("not overwritten")),
                 qPrintable(error.message()));
    }
    QCOMPARE(files().size(), 2 + 1 + 2);
}

void TestGoogleDriveConnector::md5MismatchIsTransient()
{
    auto connector = connected();
    QVERIFY(connector);
    addFault(J(R"({"path_regex": "uploadType=multipart", "action": "corrupt_md5"})"));
    addFault(J(R"({"path_regex": "upload_id=", "action": "corrupt_md5", "skip": 2})"));
    for (const qint64 size : {qint64(4000), 2 * Chunk + 3}) {
        const QString name = QStringLiteral("bad-%1.mp3").arg(size);
        const QByteArray data = randomBytes(size, 13);
        Error error = upload(connector.get(), name, data);
        QCOMPARE(error.kind(), Error::Kind::Transient);
        QVERIFY(fileNamed(name).isEmpty()); // the damaged copy was removed
        error = upload(connector.get(), name, data);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(fileNamed(name).value(u"sha256").toString().toLatin1(), sha256(data));
    }
}

void TestGoogleDriveConnector::revokedSignInNeedsReconnect()
{
    auto connector = connected();
    QVERIFY(connector);
    control("POST", QStringLiteral("revoke"));
    const Error error = connector->ensureFolder(QStringLiteral("after revoke"));
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    auto reopened = m_factory->create(context(m_settings));
    QCOMPARE(reopened->open(CancelToken()).kind(), Error::Kind::Reconnect);
}

void TestGoogleDriveConnector::tearDownRevokes()
{
    auto connector = connected();
    QVERIFY(connector);
    const Error error = m_factory->create(context(m_settings))->tearDown();
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!m_secrets->contains(Profile + QStringLiteral("/googledrive/tokens")));
    QCOMPARE(requests(QStringLiteral("^/revoke")).size(), 1);
    QCOMPARE(connector->ensureFolder(QStringLiteral("gone")).kind(), Error::Kind::Reconnect);
    QCOMPARE(files().size(), 2); // nothing deleted
}

QTEST_GUILESS_MAIN(TestGoogleDriveConnector)
#include "tst_googledriveconnector.moc"
