// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The S3 connector, loaded as a plugin, against the fake S3 server (tests/fakes/s3) on
// 127.0.0.1, every request's SigV4 signature checked by botocore: set-up (the bucket's Object
// Lock read and shown, retention refused on a bucket without it, compliance mode only with the
// bucket's name typed, the secret in the keychain only), uploads in one PUT and in parallel
// parts with Content-MD5 and x-amz-checksum-sha256 on every request and the object's checksum
// checked after, retention and legal hold counted from the item's creation, a part dropped
// mid-body, SlowDown paced, an upload resumed after its process died (held parts not sent
// again), an object already there (identical: nothing sent; different: a conflict, nothing
// overwritten), orphaned uploads aborted, each S3 error with its meaning, listing, reading and
// stat with the retention the audit checks.
#include "randombytes.h"
#include "s3fixture.h"
#include "storagetesting.h"
#include "storetesting.h"

#include <QCryptographicHash>
#include <QTest>

using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::randomBytes;
using rca::test::S3Fixture;

namespace {

QString hexSha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

const QDateTime Created = QDateTime::currentDateTimeUtc().addDays(-3).addMSecs(-123);

} // namespace

class TestS3Connector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setUpReadsTheBucketsLock();
    void setUpRefusesWhatTheBucketCannotKeep();
    void complianceNeedsTheBucketNameTyped();
    void singlePutIsCheckedAndLocked();
    void multipartSendsPartsInParallel();
    void droppedPartAndSlowDownAreRetried();
    void uploadResumesAfterTheProcessDied();
    void existingObjects();
    void orphanedUploadsAreAborted();
    void serversWithoutUploadListings();
    void errorsSayWhatToDo_data();
    void errorsSayWhatToDo();
    void listReadAndStat();

private:
    S3Fixture f;
};

void TestS3Connector::initTestCase()
{
    QVERIFY(f.start());
}

void TestS3Connector::init()
{
    f.reset();
    f.secrets.remove(u"profile-1/s3/secretAccessKey"_s);
}

void TestS3Connector::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << QJsonDocument(f.fake.call("GET", u"/__fake/requests"_s))
                                    .toJson(QJsonDocument::Compact)
                                    .right(3000);
}

void TestS3Connector::setUpReadsTheBucketsLock()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> storage = f.create({});
    VERIFY_OK(storage->setUp(f.options(u"defaulted"_s), &settings));
    // The secret only in the keychain; the lock as read, for the Accounts tab and `status`.
    QVERIFY(!QJsonDocument(settings).toJson().contains(test::S3SecretKey.toUtf8()));
    QString secret;
    QVERIFY(!f.secrets.read(u"profile-1/s3/secretAccessKey"_s, &secret));
    QCOMPARE(secret, test::S3SecretKey);
    const std::unique_ptr<StorageConnector> opened = f.reopen(settings);
    QVERIFY(opened);
    QCOMPARE(opened->details().value(0),
             u"Object Lock: on, governance mode for 1 year by default"_s);
    QVERIFY2(opened->location().startsWith(u"s3://defaulted/RingCentral Application/ at http"_s),
             qPrintable(opened->location()));
    // The write test left nothing behind: no object, no upload (a lock would keep an object).
    QCOMPARE(f.objects(u"defaulted"_s).size(), 0);
    QCOMPARE(f.uploadsInProgress().size(), 0);
    QCOMPARE(f.count(u"AbortMultipartUpload"_s), 1);
    // The test runs the same checks and keeps nothing.
    f.secrets.remove(u"profile-1/s3/secretAccessKey"_s);
    VERIFY_OK(f.create({})->testSetUp(f.options(u"plain"_s)));
    QVERIFY(!f.secrets.read(u"profile-1/s3/secretAccessKey"_s, &secret));
    QVERIFY(secret.isEmpty());
    // Without the secret, set-up asks for it.
    QVariantMap noSecret = f.options(u"plain"_s);
    noSecret.remove(u"secretAccessKey"_s);
    const Error asked = f.create({})->setUp(noSecret, &settings);
    QVERIFY(asked.confirmation());
    QCOMPARE(asked.confirmation()->kind, Confirmation::Kind::Secret);
    QCOMPARE(asked.confirmation()->optionKey, u"secretAccessKey"_s);
}

void TestS3Connector::setUpRefusesWhatTheBucketCannotKeep()
{
    QJsonObject settings;
    QVariantMap options = f.options(u"plain"_s);
    options.insert(u"retentionMode"_s, u"governance"_s);
    Error e = f.create({})->setUp(options, &settings);
    QVERIFY2(e.message().contains(u"has no Object Lock"_s), qPrintable(e.message()));
    options = f.options(u"plain"_s);
    options.insert(u"legalHold"_s, true);
    e = f.create({})->setUp(options, &settings);
    QVERIFY2(e.message().contains(u"legal hold"_s), qPrintable(e.message()));
    QString secret;
    f.secrets.read(u"profile-1/s3/secretAccessKey"_s, &secret);
    QVERIFY(secret.isEmpty());
    options = f.options(u"nosuchbucket"_s);
    e = f.create({})->setUp(options, &settings);
    QVERIFY2(e.message().contains(u"does not exist"_s), qPrintable(e.message()));
}

void TestS3Connector::complianceNeedsTheBucketNameTyped()
{
    QJsonObject settings;
    QVariantMap options = f.options(u"locked"_s);
    options.insert(u"retentionMode"_s, u"compliance"_s);
    options.insert(u"retentionDays"_s, 30);
    for (const QString &typed : {QString(), u"Locked"_s}) {
        options.insert(u"confirmCompliance"_s, typed);
        const Error e = f.create({})->setUp(options, &settings);
        QVERIFY2(e.message().contains(u"cannot be undone"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"confirmCompliance=locked"_s), qPrintable(e.message()));
    }
    options.insert(u"confirmCompliance"_s, u"locked"_s);
    VERIFY_OK(f.create({})->setUp(options, &settings));
    const std::unique_ptr<StorageConnector> storage = f.reopen(settings);
    QVERIFY(storage->details().contains(
        u"Each object: compliance mode for 30 days from the item's creation"_s));
}

void TestS3Connector::singlePutIsCheckedAndLocked()
{
    const std::unique_ptr<StorageConnector> storage = f.connect(
        u"locked"_s,
        {{u"retentionMode"_s, u"governance"_s}, {u"retentionDays"_s, 10}, {u"legalHold"_s, true}});
    QVERIFY(storage);
    const QByteArray data = randomBytes(40000, 1);
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"2026/Anruf – Müller + 100%.mp3"_s, data, &stored,
                                Created));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.size, data.size());
    const QDateTime until =
        QDateTime::fromSecsSinceEpoch(Created.toSecsSinceEpoch(), Qt::UTC).addDays(10);
    QCOMPARE(stored.retention.mode, ObjectRetention::Mode::Governance);
    QCOMPARE(stored.retention.retainUntil, until);
    QVERIFY(stored.retention.legalHold);
    const QJsonArray objects = f.objects(u"locked"_s);
    QCOMPARE(objects.size(), 1);
    const QJsonObject object = objects.first().toObject();
    QCOMPARE(object.value(u"key").toString(),
             u"RingCentral Application/2026/Anruf – Müller + 100%.mp3"_s);
    QCOMPARE(object.value(u"sha256").toString(), hexSha256(data));
    QCOMPARE(object.value(u"retention").toObject().value(u"mode").toString(), u"GOVERNANCE"_s);
    QCOMPARE(stored.providerChecksum, object.value(u"etag").toString().remove(u'"'));
    const QJsonArray puts = f.requests(u"PutObject"_s);
    QCOMPARE(puts.size(), 1);
    const QJsonObject headers = puts.first().toObject().value(u"headers").toObject();
    for (const char *name : {"content-md5", "x-amz-checksum-sha256", "if-none-match"})
        QVERIFY2(headers.contains(QLatin1String(name)), name);
    QVERIFY(f.count(u"HeadObject"_s) >= 1); // the checksum read back
}

void TestS3Connector::multipartSendsPartsInParallel()
{
    const std::unique_ptr<StorageConnector> storage = f.connect(u"plain"_s, {}, 64 * 1024);
    QVERIFY(storage);
    const QByteArray data = randomBytes(20 * 64 * 1024 + 777, 2);
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"big.wav"_s, data, &stored, Created, 65536));
    QCOMPARE(f.count(u"UploadPart"_s), 21);
    QCOMPARE(f.count(u"CompleteMultipartUpload"_s), 1);
    for (const QJsonValue &part : f.requests(u"UploadPart"_s)) {
        const QJsonObject headers = part.toObject().value(u"headers").toObject();
        QVERIFY(headers.contains(u"content-md5"_s));
        QVERIFY(headers.contains(u"x-amz-checksum-sha256"_s));
    }
    const QJsonObject object = f.objects(u"plain"_s).first().toObject();
    QCOMPARE(object.value(u"sha256").toString(), hexSha256(data));
    QCOMPARE(object.value(u"parts_count").toInt(), 21);
    QVERIFY(f.journal->records().isEmpty());
    QCOMPARE(f.uploadsInProgress().size(), 0);
}

void TestS3Connector::droppedPartAndSlowDownAreRetried()
{
    const std::unique_ptr<StorageConnector> storage = f.connect(u"plain"_s, {}, 64 * 1024);
    QVERIFY(storage);
    f.fault({{u"action"_s, u"drop_mid_body"_s}, {u"operation"_s, u"UploadPart"_s}, {u"skip"_s, 2}});
    f.fault({{u"action"_s, u"slowdown"_s},
             {u"operation"_s, u"UploadPart"_s},
             {u"count"_s, 2},
             {u"retry_after"_s, 1}});
    f.fault({{u"action"_s, u"slowdown"_s}, {u"operation"_s, u"PutObject"_s}});
    const QByteArray data = randomBytes(6 * 64 * 1024, 3);
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"a.mp3"_s, data, &stored));
    VERIFY_OK(S3Fixture::upload(storage.get(), u"small.mp3"_s, data.left(1000), &stored));
    // Seven parts and two PUTs sent: six parts and one PUT, plus the dropped part again and
    // the two refused twice... every part stored once.
    const QJsonArray parts = f.requests(u"UploadPart"_s);
    QCOMPARE(parts.size(), 6 + 1 + 2);
    QCOMPARE(f.count(u"PutObject"_s), 2);
    QCOMPARE(f.objects(u"plain"_s).size(), 2);
    QCOMPARE(f.objects(u"plain"_s, u"RingCentral Application/a.mp3"_s)
                 .first()
                 .toObject()
                 .value(u"sha256")
                 .toString(),
             hexSha256(data));
}

void TestS3Connector::uploadResumesAfterTheProcessDied()
{
    const QByteArray data = randomBytes(10 * 64 * 1024 + 5, 4);
    QJsonObject settings;
    {
        const std::unique_ptr<StorageConnector> storage = f.connect(u"locked"_s, {}, 64 * 1024);
        QVERIFY(storage);
        settings = f.lastSettings;
        Error error;
        std::unique_ptr<StorageUpload> upload =
            storage->beginUpload(u"long call.wav"_s, data.size(), &error);
        QVERIFY(upload);
        // Six parts' worth written: up to five sent, then the process "dies" (no commit).
        VERIFY_OK(upload->write(data.constData(), 6 * 64 * 1024 + 100));
    }
    QCOMPARE(f.journal->records().size(), 1);
    QCOMPARE(f.uploadsInProgress().size(), 1);
    const int sentBefore = f.count(u"UploadPart"_s);
    QVERIFY(sentBefore >= 1);
    // A later process: the same item again, from its first byte.
    const std::unique_ptr<StorageConnector> storage = f.reopen(settings);
    QVERIFY(storage);
    QCOMPARE(f.uploadsInProgress().size(), 1); // kept: it is resumed, not an orphan
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"long call.wav"_s, data, &stored));
    QCOMPARE(f.count(u"UploadPart"_s), 11);               // the held parts were not sent again
    QCOMPARE(f.count(u"CreateMultipartUpload"_s), 1 + 1); // with the write test of set-up
    QCOMPARE(f.count(u"ListParts"_s), 1);
    const QJsonArray objects = f.objects(u"locked"_s);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().toObject().value(u"sha256").toString(), hexSha256(data));
    QVERIFY(f.journal->records().isEmpty());
    QCOMPARE(f.uploadsInProgress().size(), 0);
}

void TestS3Connector::existingObjects()
{
    const std::unique_ptr<StorageConnector> storage = f.connect(u"locked"_s, {}, 64 * 1024);
    QVERIFY(storage);
    const QByteArray small = randomBytes(5000, 5);
    const QByteArray large = randomBytes(3 * 64 * 1024 + 1, 6);
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"s.mp3"_s, small, &stored));
    VERIFY_OK(S3Fixture::upload(storage.get(), u"l.wav"_s, large, &stored));
    f.fake.call("DELETE", u"/__fake/requests"_s);
    // Stored by a run that died before recording them: found identical, nothing sent.
    VERIFY_OK(S3Fixture::upload(storage.get(), u"s.mp3"_s, small, &stored));
    QVERIFY(stored.alreadyPresent);
    VERIFY_OK(S3Fixture::upload(storage.get(), u"l.wav"_s, large, &stored));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(f.count(u"UploadPart"_s), 0);
    QCOMPARE(f.count(u"CreateMultipartUpload"_s), 0);
    // Different bytes under the key: a conflict, and no new version of it.
    for (const auto &[path, data] : {std::pair(u"s.mp3"_s, small), std::pair(u"l.wav"_s, large)}) {
        QByteArray other = data;
        other[10] = char(other[10] ^ 1);
        const Error e = S3Fixture::upload(storage.get(), path, other, &stored);
        QVERIFY2(e.isConflict(), qPrintable(e.message()));
    }
    QCOMPARE(f.objects(u"locked"_s).size(), 2);
    QCOMPARE(f.uploadsInProgress().size(), 0); // the refused multipart upload was aborted
    QVERIFY(f.journal->records().isEmpty());
    // A replace (a manifest, a repair) writes a new version.
    Error error;
    std::unique_ptr<StorageUpload> replace = storage->beginReplace(u"s.mp3"_s, 3, &error);
    VERIFY_OK(replace->write("abc", 3));
    VERIFY_OK(replace->commit({}, &stored));
    QCOMPARE(stored.size, 3);
    QCOMPARE(f.objects(u"locked"_s, u"RingCentral Application/s.mp3"_s).size(), 2);
}

void TestS3Connector::orphanedUploadsAreAborted()
{
    QJsonObject settings;
    {
        const std::unique_ptr<StorageConnector> storage = f.connect(u"plain"_s, {}, 64 * 1024);
        settings = f.lastSettings;
        Error error;
        auto start = [&](const QString &path) {
            std::unique_ptr<StorageUpload> upload = storage->beginUpload(path, -1, &error);
            const QByteArray data = randomBytes(3 * 64 * 1024, 7);
            return upload->write(data.constData(), data.size());
        };
        for (const QString &path : {u"kept.wav"_s, u"lost.wav"_s, u"young.wav"_s})
            VERIFY_OK(start(path));
        // Started 25 hours ago by someone this profile does not know.
        f.fake.call("POST", u"/__fake/config"_s, {{u"max_skew"_s, 200000}});
        f.fake.call("POST", u"/__fake/clock"_s, {{u"offset"_s, -25 * 3600}});
        VERIFY_OK(start(u"old.wav"_s));
        f.fake.call("POST", u"/__fake/clock"_s, {{u"offset"_s, 0}});
    }
    QCOMPARE(f.uploadsInProgress().size(), 4);
    for (const QString &foreign : {u"young.wav"_s, u"old.wav"_s})
        VERIFY_OK(f.journal->remove(u"RingCentral Application/"_s + foreign));
    // "lost": killed between CreateMultipartUpload and keeping its id. "kept" is resumed later;
    // "young" may be someone's in progress; "old" is nobody's.
    const QString lost = u"RingCentral Application/lost.wav"_s;
    QJsonObject record = f.journal->value(lost);
    record.remove(u"uploadId"_s);
    record.insert(u"state"_s, u"creating"_s);
    VERIFY_OK(f.journal->setValue(lost, record));
    const std::unique_ptr<StorageConnector> storage = f.reopen(settings);
    QVERIFY(storage);
    QStringList left;
    for (const QJsonValue &upload : f.uploadsInProgress())
        left << upload.toObject().value(u"key").toString();
    left.sort();
    QCOMPARE(left, QStringList({u"RingCentral Application/kept.wav"_s,
                                u"RingCentral Application/young.wav"_s}));
    QCOMPARE(f.journal->records().size(), 1);
    QCOMPARE(f.journal->records().first().key, u"RingCentral Application/kept.wav"_s);
}

void TestS3Connector::serversWithoutUploadListings()
{
    // Some servers (s3rver, older gateways) answer 501 to ListMultipartUploads and 405 to
    // ListParts and AbortMultipartUpload: asked once each, never retried, and done without.
    QJsonObject settings;
    const QByteArray data = randomBytes(4 * 64 * 1024 + 9, 14);
    {
        const std::unique_ptr<StorageConnector> storage = f.connect(u"plain"_s, {}, 64 * 1024);
        QVERIFY(storage);
        settings = f.lastSettings;
        Error error;
        std::unique_ptr<StorageUpload> upload =
            storage->beginUpload(u"cut.wav"_s, data.size(), &error);
        VERIFY_OK(upload->write(data.constData(), 2 * 64 * 1024 + 1));
    }
    f.fake.call("DELETE", u"/__fake/requests"_s);
    auto refuse = [&](const char *operation, int status, const char *code) {
        f.fault({{u"action"_s, u"status"_s},
                 {u"operation"_s, QLatin1String(operation)},
                 {u"status"_s, status},
                 {u"code"_s, QLatin1String(code)},
                 {u"count"_s, 100}});
    };
    refuse("ListMultipartUploads", 501, "NotImplemented");
    refuse("ListParts", 405, "MethodNotAllowed");
    refuse("AbortMultipartUpload", 405, "MethodNotAllowed");
    const std::unique_ptr<StorageConnector> storage = f.reopen(settings);
    QVERIFY(storage);
    QCOMPARE(f.count(u"ListMultipartUploads"_s), 1);
    // The interrupted upload cannot be resumed: it starts afresh, and its bytes are right.
    StoredFile stored;
    VERIFY_OK(S3Fixture::upload(storage.get(), u"cut.wav"_s, data, &stored));
    QCOMPARE(f.count(u"ListParts"_s), 1);
    QCOMPARE(f.count(u"AbortMultipartUpload"_s), 1);
    QCOMPARE(f.count(u"CreateMultipartUpload"_s), 1);
    QCOMPARE(f.objects(u"plain"_s).first().toObject().value(u"sha256").toString(), hexSha256(data));
    QVERIFY(f.journal->records().isEmpty());
}

void TestS3Connector::errorsSayWhatToDo_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    auto rule = [](const char *action) {
        return QJsonObject{{u"action"_s, QLatin1String(action)},
                           {u"operation"_s, u"PutObject"_s},
                           {u"count"_s, 10}};
    };
    QTest::newRow("InvalidAccessKeyId")
        << rule("invalid_key") << int(Error::Kind::Reconnect) << u"InvalidAccessKeyId"_s;
    QTest::newRow("ExpiredToken") << rule("expired_token") << int(Error::Kind::Reconnect)
                                  << u"has expired"_s;
    QTest::newRow("AccessDenied") << rule("access_denied") << int(Error::Kind::StorageFailure)
                                  << u"s3:PutObject"_s;
    QTest::newRow("NoSuchBucket") << rule("no_such_bucket") << int(Error::Kind::StorageFailure)
                                  << u"does not exist"_s;
    QTest::newRow("QuotaExceeded")
        << rule("quota") << int(Error::Kind::StorageFailure) << u"The storage is full"_s;
    QTest::newRow("SlowDown storm")
        << rule("slowdown") << int(Error::Kind::Transient) << u"slow down"_s;
    QJsonObject skew = rule("skew");
    skew.insert(u"seconds"_s, 3600);
    QTest::newRow("RequestTimeTooSkewed")
        << skew << int(Error::Kind::StorageFailure) << u"This computer's clock"_s;
    QJsonObject digest = rule("status");
    digest.insert(u"status"_s, 400);
    digest.insert(u"code"_s, u"BadDigest"_s);
    QTest::newRow("BadDigest") << digest << int(Error::Kind::Transient) << u"damaged"_s;
    QJsonObject signature = rule("status");
    signature.insert(u"status"_s, 403);
    signature.insert(u"code"_s, u"SignatureDoesNotMatch"_s);
    QTest::newRow("SignatureDoesNotMatch")
        << signature << int(Error::Kind::Reconnect) << u"secret"_s;
}

void TestS3Connector::errorsSayWhatToDo()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const std::unique_ptr<StorageConnector> storage = f.connect(u"plain"_s);
    QVERIFY(storage);
    f.fault(fault);
    StoredFile stored;
    const Error e = S3Fixture::upload(storage.get(), u"x.mp3"_s, "bytes", &stored);
    QCOMPARE(int(e.kind()), kind);
    QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    QCOMPARE(f.objects(u"plain"_s).size(), 0);
}

void TestS3Connector::listReadAndStat()
{
    const std::unique_ptr<StorageConnector> storage = f.connect(
        u"defaulted"_s, {{u"retentionMode"_s, u"governance"_s}, {u"retentionDays"_s, 400}});
    QVERIFY(storage);
    QCOMPARE(storage->checksumName(), u"ETag"_s);
    StoredFile stored;
    const QByteArray data = randomBytes(3000, 8);
    for (const QString &path :
         {u"101/2026-12-01/a b.mp3"_s, u"101/2026-12-01/c+d.mp3"_s, u"102/2026-12-02/e%f.mp3"_s})
        VERIFY_OK(S3Fixture::upload(storage.get(), path, data, &stored, Created));
    QStringList paths;
    QHash<QString, qint64> sizes;
    VERIFY_OK(test::listed(storage.get(), QString(), false, &paths));
    QCOMPARE(paths, QStringList({u"101/"_s, u"102/"_s}));
    VERIFY_OK(test::listed(storage.get(), QString(), true, &paths, &sizes));
    QCOMPARE(paths.size(), 3);
    QVERIFY(paths.contains(u"101/2026-12-01/a b.mp3"_s));
    QVERIFY(paths.contains(u"102/2026-12-02/e%f.mp3"_s));
    QCOMPARE(sizes.value(u"101/2026-12-01/c+d.mp3"_s), 3000);
    VERIFY_OK(test::listed(storage.get(), u"nothing/here"_s, true, &paths));
    QVERIFY(paths.isEmpty());
    test::CollectingSink sink;
    VERIFY_OK(storage->readFile(u"101/2026-12-01/a b.mp3"_s, &sink, CancelToken()));
    QCOMPARE(sink.bytes, data);
    // stat gives what the audit compares: size, ETag, the retention the object still carries.
    StoredFile found;
    VERIFY_OK(storage->stat(u"101/2026-12-01/c+d.mp3"_s, &found));
    QCOMPARE(found.size, 3000);
    QCOMPARE(found.providerChecksum, stored.providerChecksum);
    QCOMPARE(found.retention.mode, ObjectRetention::Mode::Governance);
    QCOMPARE(found.retention, stored.retention);
    VERIFY_OK(storage->stat(u"missing.mp3"_s, &found));
    QCOMPARE(found.size, -1);
}

QTEST_MAIN(TestS3Connector)
#include "tst_s3connector.moc"
