// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The S3 connector, loaded as a plugin, against a second S3 server that nobody here wrote: npm
// s3rver 3.7.1 (scripts/lib/setup.sh installs it; RCA_S3RVER names its binary) on 127.0.0.1,
// with its default key pair and a bucket made at its start. s3rver implements PUT, GET, HEAD,
// listings and multipart uploads; it checks a SigV4 request's access key id but not its
// signature, and has no Object Lock, no checksums, no AbortMultipartUpload, ListParts or
// ListMultipartUploads, gives multipart objects a plain MD5 ETag and ignores If-None-Match.
// The connector works there: set-up, uploads in one PUT and in parts (checked by the ETag),
// listing, reading, an identical object found again, an interrupted upload started anew. What
// s3rver still does differently from S3 is written down (QEXPECT_FAIL, with what it does
// instead) where the connector meets it.
#include "memorysecretstore.h"
#include "randombytes.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "storagetesting.h"
#include "store/connectorstate.h"
#include "store/database.h"
#include "storetesting.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::randomBytes;

namespace {

const QString Bucket = u"archive"_s;
const QString AccessKey = u"S3RVER"_s; // s3rver's built-in key pair
const QString SecretKey = u"S3RVER"_s;
const QString Prefix = u"RingCentral Application/"_s;
const qint64 PartSize = 256 * 1024;

// Where s3rver departs from S3, as the connector meets it.
const char *const IfNoneMatchOnPut =
    "s3rver 3.7.1 ignores If-None-Match: * on PutObject and overwrites the object (200, not 412)";
const char *const IfNoneMatchOnComplete =
    "s3rver 3.7.1 ignores If-None-Match: * on CompleteMultipartUpload and overwrites the object "
    "(200, not 412)";

QString md5Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

// The s3rver binary: RCA_S3RVER, else where scripts/lib/setup.sh installs it in this build.
QString s3rverProgram()
{
    const QString configured = qEnvironmentVariable("RCA_S3RVER");
    if (!configured.isEmpty())
        return configured;
    const QString built = QStringLiteral(RCA_BINARY_DIR "/tools/s3rver/node_modules/.bin/s3rver");
    return QFileInfo(built).isExecutable() ? built : QString();
}

} // namespace

class TestS3rver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void setUpFindsNoObjectLock();
    void smallFileInOnePut();
    void largeFileInParts();
    void listsRecursiveAndNot();
    void identicalObjectAgain();
    void differentObjectUnderTheKey();
    void differentObjectAppearsDuringMultipart();
    void interruptedUploadAgain();

private:
    QVariantMap options() const;
    // A connector opened on the settings set-up saves for s3rver, with partSize bytes per part.
    std::unique_ptr<StorageConnector> connect(qint64 partSize);
    std::unique_ptr<StorageConnector> create(const QJsonObject &settings);
    // Streams data in writes of writeSize, commits (as the engine does).
    static Error upload(StorageConnector *storage, const QString &path, const QByteArray &data,
                        StoredFile *stored, qint64 writeSize = 65536);
    static QByteArray read(StorageConnector *storage, const QString &path);
    // The key's bytes as s3rver keeps them on disk (its filesystem store).
    QByteArray onDisk(const QString &path) const;
    // s3rver's log of answers ("PUT /archive/… 200") since the last call.
    QStringList answers();

    QTemporaryDir m_dir;
    QProcess m_s3rver;
    QByteArray m_log;
    qsizetype m_logRead = 0;
    int m_markers = 0;
    QNetworkAccessManager m_network;
    QString m_url;
    test::MemorySecretStore m_secrets;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConnectorState> m_journal;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
};

void TestS3rver::initTestCase()
{
    const QString program = s3rverProgram();
    if (program.isEmpty())
        QSKIP("s3rver not found: set RCA_S3RVER to its binary (scripts/test installs it with "
              "npm into BUILD/tools/s3rver; without npm it is not installed)");
    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    m_factory = m_registry->factory(u"s3"_s);
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
    QVERIFY(m_dir.isValid());

    // Port 0: s3rver prints the one it got. --configure-bucket makes the bucket at start.
    m_s3rver.setProgram(program);
    m_s3rver.setArguments({u"--directory"_s, m_dir.filePath(u"data"_s), u"--address"_s,
                           u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--configure-bucket"_s, Bucket});
    // koa-logger's colours keep the method and path in s3rver's log of answers.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FORCE_COLOR"_s, u"1"_s);
    m_s3rver.setProcessEnvironment(environment);
    m_s3rver.setProcessChannelMode(QProcess::MergedChannels);
    m_s3rver.start();
    QVERIFY2(m_s3rver.waitForStarted(10000), qPrintable(m_s3rver.errorString()));
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch match;
    while (!match.hasMatch() && m_s3rver.waitForReadyRead(30000)) {
        m_log += m_s3rver.readAll();
        match = listening.match(QString::fromUtf8(m_log));
    }
    QVERIFY2(match.hasMatch(), m_log.constData());
    m_url = u"http://127.0.0.1:"_s + match.captured(1);
    m_logRead = m_log.size();

    m_db = std::make_unique<Database>(m_dir.filePath(u"rc-archiver.sqlite"_s));
    VERIFY_OK(m_db->open());
    m_journal = std::make_unique<ConnectorState>(m_db.get(), u"s3"_s);
}

void TestS3rver::cleanupTestCase()
{
    if (m_s3rver.state() != QProcess::NotRunning) {
        m_s3rver.terminate();
        if (!m_s3rver.waitForFinished(5000))
            m_s3rver.kill();
    }
}

void TestS3rver::init()
{
    m_secrets.remove(u"profile-1/s3/secretAccessKey"_s);
    answers();
}

void TestS3rver::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "s3rver's answers:" << answers().join(u'\n').right(4000);
    for (const ConnectorJournal::Record &record : m_journal->records())
        m_journal->remove(record.key);
}

QVariantMap TestS3rver::options() const
{
    return {{u"endpoint"_s, m_url},
            {u"bucket"_s, Bucket},
            {u"accessKeyId"_s, AccessKey},
            {u"secretAccessKey"_s, SecretKey}};
}

std::unique_ptr<StorageConnector> TestS3rver::create(const QJsonObject &settings)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = &m_secrets;
    context.profileId = u"profile-1"_s;
    context.journal = m_journal.get();
    return m_factory->create(context);
}

std::unique_ptr<StorageConnector> TestS3rver::connect(qint64 partSize)
{
    // What set-up saves (setUpFindsNoObjectLock), with a part size below S3's minimum, which
    // s3rver does not enforce.
    const QJsonObject settings{
        {u"endpoint"_s, m_url},          {u"region"_s, u"us-east-1"_s},
        {u"bucket"_s, Bucket},           {u"prefix"_s, Prefix},
        {u"accessKeyId"_s, AccessKey},   {u"addressing"_s, u"path"_s},
        {u"retentionMode"_s, u"none"_s}, {u"bucketLock"_s, QJsonObject{{u"enabled"_s, false}}},
        {u"partSize"_s, partSize},       {u"retryBaseMs"_s, 20}};
    if (Error e = m_secrets.write(u"profile-1/s3/secretAccessKey"_s, SecretKey)) {
        qWarning().noquote() << e.message();
        return nullptr;
    }
    std::unique_ptr<StorageConnector> storage = create(settings);
    if (Error e = storage->open(CancelToken())) {
        qWarning().noquote() << "open:" << e.message();
        return nullptr;
    }
    return storage;
}

Error TestS3rver::upload(StorageConnector *storage, const QString &path, const QByteArray &data,
                         StoredFile *stored, qint64 writeSize)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = storage->beginUpload(path, data.size(), &error);
    if (!upload)
        return error;
    for (qint64 at = 0; at < data.size(); at += writeSize) {
        if (Error e = upload->write(data.constData() + at, std::min(writeSize, data.size() - at)))
            return e;
    }
    return upload->commit(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(),
                          stored);
}

QByteArray TestS3rver::read(StorageConnector *storage, const QString &path)
{
    test::CollectingSink sink;
    if (Error e = storage->readFile(path, &sink, CancelToken())) {
        qWarning().noquote() << "readFile:" << e.message();
        return "(unreadable)";
    }
    return sink.bytes;
}

QByteArray TestS3rver::onDisk(const QString &path) const
{
    QFile file(m_dir.filePath(u"data/"_s + Bucket + u'/' + Prefix + path + u"._S3rver_object"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

QStringList TestS3rver::answers()
{
    // s3rver logs an answer once sent, so the client may see it first: a marker request,
    // answered and logged after every earlier one, shows where the log has caught up to.
    const QString marker = u"/__log-marker-%1"_s.arg(++m_markers);
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(m_url + marker)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    static const QRegularExpression colours(u"\x1b\\[[0-9;]*m"_s);
    static const QRegularExpression answer(u"^info: ((GET|HEAD|PUT|POST|DELETE) (\\S+) \\d+)"_s);
    QStringList lines;
    bool caughtUp = false;
    while (!caughtUp) {
        m_log += m_s3rver.readAll();
        const qsizetype end = m_log.lastIndexOf('\n') + 1;
        for (const QString &line : QString::fromUtf8(m_log.mid(m_logRead, end - m_logRead))
                                       .remove(colours)
                                       .split(u'\n', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch match = answer.match(line);
            if (match.hasMatch() && match.captured(3) == marker)
                caughtUp = true;
            else if (match.hasMatch() && !match.captured(3).startsWith(u"/__log-marker-"_s))
                lines.append(match.captured(1));
        }
        m_logRead = end;
        if (!caughtUp && !m_s3rver.waitForReadyRead(10000)) {
            qWarning() << "s3rver logged no answer to" << marker;
            break;
        }
    }
    return lines;
}

void TestS3rver::setUpFindsNoObjectLock()
{
    QJsonObject settings;
    const Error e = create({})->setUp(options(), &settings);
    const QStringList seen = answers();
    // The listing that checks the key is answered (s3rver knows the access key id).
    QVERIFY2(
        seen.value(0).contains(QRegularExpression(
            u"^GET /archive\\?\\S*list-type=2&\\S*prefix=RingCentral%20Application%2F 200$"_s)),
        qPrintable(seen.join(u'\n')));
    // No Object Lock: GET ?object-lock answers 501 NotImplemented, read as none.
    QVERIFY(seen.contains(u"GET /archive?object-lock= 501"_s));
    QVERIFY(seen.contains(
        QRegularExpression(u"^POST /archive/RingCentral%20Application/\\.rc-archiver-write-test"
                           "\\?uploads= 200$"_s)));
    // s3rver cannot abort the write test's upload (DELETE ?uploadId= is 405): it stays, empty,
    // and set-up goes on.
    QVERIFY(seen.contains(QRegularExpression(
        u"^DELETE /archive/RingCentral%20Application/\\.rc-archiver-write-test\\?uploadId="
        "\\w+ 405$"_s)));
    VERIFY_OK(e);
    std::unique_ptr<StorageConnector> opened = create(settings);
    VERIFY_OK(opened->open(CancelToken()));
    QCOMPARE(opened->details().value(0), u"Object Lock: off"_s);
    // Retention is refused before anything is written: the lock was read as off.
    QVariantMap retention = options();
    retention.insert(u"retentionMode"_s, u"governance"_s);
    retention.insert(u"retentionDays"_s, 30);
    const Error refused = create({})->setUp(retention, &settings);
    QVERIFY2(refused.message().contains(u"has no Object Lock"_s), qPrintable(refused.message()));
    QVERIFY(answers().filter(u"rc-archiver-write-test"_s).isEmpty());
    // s3rver knows its one access key...
    QVariantMap wrong = options();
    wrong.insert(u"accessKeyId"_s, u"AKIAOTHER"_s);
    Error refusedKey = create({})->setUp(wrong, &settings);
    QCOMPARE(refusedKey.kind(), Error::Kind::Reconnect);
    QVERIFY2(refusedKey.message().contains(u"InvalidAccessKeyId"_s),
             qPrintable(refusedKey.message()));
    // ...but does not check SigV4 signatures (its authentication.js: "Signature version 4
    // calculation is unimplemented"): a wrong secret goes through.
    wrong = options();
    wrong.insert(u"secretAccessKey"_s, u"not-the-secret"_s);
    refusedKey = create({})->setUp(wrong, &settings);
    QEXPECT_FAIL("", "s3rver 3.7.1 checks only the access key id of a SigV4 request", Continue);
    QVERIFY2(refusedKey.message().contains(u"SignatureDoesNotMatch"_s),
             qPrintable(refusedKey.message()));
}

void TestS3rver::smallFileInOnePut()
{
    const std::unique_ptr<StorageConnector> storage = connect(8 * 1024 * 1024);
    QVERIFY(storage);
    // open() lists unfinished uploads to abort orphans: s3rver has no ListMultipartUploads
    // (501 NotImplemented), asked once, then nothing to clean up.
    QCOMPARE(
        answers().filter(QRegularExpression(u"^GET /archive\\?prefix=\\S+&uploads= 501$"_s)).size(),
        1);
    const QByteArray data = randomBytes(40000, 1);
    const QString path = u"2026/Anruf – Müller + 100%.mp3"_s;
    StoredFile stored;
    VERIFY_OK(upload(storage.get(), path, data, &stored));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.size, data.size());
    QCOMPARE(stored.providerChecksum, md5Hex(data)); // checked against the ETag: no checksums
    QCOMPARE(answers(), QStringList({u"PUT /archive/RingCentral%20Application/2026/"
                                     "Anruf%20%E2%80%93%20M%C3%BCller%20%2B%20100%25.mp3 200"_s,
                                     u"HEAD /archive/RingCentral%20Application/2026/"
                                     "Anruf%20%E2%80%93%20M%C3%BCller%20%2B%20100%25.mp3 200"_s}));
    QCOMPARE(onDisk(path), data);
    QCOMPARE(read(storage.get(), path), data);
    StoredFile found;
    VERIFY_OK(storage->stat(path, &found));
    QCOMPARE(found.size, data.size());
    QCOMPARE(found.providerChecksum, md5Hex(data));
    VERIFY_OK(storage->stat(u"2026/missing.mp3"_s, &found));
    QCOMPARE(found.size, -1);
}

void TestS3rver::largeFileInParts()
{
    // s3rver checks no part size (S3's 5 MiB minimum is not enforced): 256 KiB parts.
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    answers();
    const QByteArray data = randomBytes(5 * PartSize + 777, 2);
    const QString path = u"101/2026-12-01/long call.wav"_s;
    StoredFile stored;
    const Error e = upload(storage.get(), path, data, &stored);
    const QStringList seen = answers();
    QCOMPARE(seen.filter(QRegularExpression(u"^POST \\S+\\?uploads= 200$"_s)).size(), 1);
    QCOMPARE(
        seen.filter(QRegularExpression(u"^PUT \\S+\\?partNumber=\\d+&uploadId=\\w+ 200$"_s)).size(),
        6);
    QCOMPARE(seen.filter(QRegularExpression(u"^POST \\S+\\?uploadId=\\w+ 200$"_s)).size(), 1);
    // Stored whole and right...
    QCOMPARE(onDisk(path), data);
    QCOMPARE(read(storage.get(), path), data);
    StoredFile found;
    VERIFY_OK(storage->stat(path, &found));
    QCOMPARE(found.size, data.size());
    QCOMPARE(found.providerChecksum, md5Hex(data));
    // ...and checked as such: s3rver keeps no checksums, and its ETag of a multipart object is
    // the MD5 of the whole content (S3's is the MD5 of the parts' MD5s and -N).
    VERIFY_OK(e);
    QCOMPARE(stored.providerChecksum, md5Hex(data));
    QVERIFY(m_journal->records().isEmpty());
}

void TestS3rver::listsRecursiveAndNot()
{
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    const QByteArray data = randomBytes(3000, 8);
    StoredFile stored;
    const QStringList paths{u"list/101/2026-12-01/a b.mp3"_s, u"list/101/2026-12-01/c+d.mp3"_s,
                            u"list/101/e%f.json"_s, u"list/102/2026-12-02/g.mp3"_s,
                            u"list/top.json"_s};
    for (const QString &path : paths)
        VERIFY_OK(upload(storage.get(), path, data, &stored));
    QStringList listed;
    QHash<QString, qint64> sizes;
    VERIFY_OK(test::listed(storage.get(), u"list"_s, true, &listed, &sizes));
    listed.sort();
    QCOMPARE(listed, paths);
    QCOMPARE(sizes.value(u"list/101/e%f.json"_s), 3000);
    VERIFY_OK(test::listed(storage.get(), u"list/101/2026-12-01"_s, false, &listed));
    QCOMPARE(listed,
             QStringList({u"list/101/2026-12-01/a b.mp3"_s, u"list/101/2026-12-01/c+d.mp3"_s}));
    VERIFY_OK(test::listed(storage.get(), u"list/101"_s, false, &listed));
    listed.sort();
    QCOMPARE(listed, QStringList({u"list/101/2026-12-01/"_s, u"list/101/e%f.json"_s}));
    VERIFY_OK(test::listed(storage.get(), u"list"_s, false, &listed));
    listed.sort();
    // s3rver's own gap: with a delimiter, it gives a common prefix only for keys directly
    // below it (list/101/e%f.json), not for deeper ones (list/102/2026-12-02/g.mp3).
    QEXPECT_FAIL("",
                 "s3rver 3.7.1 leaves out of a delimited listing the common prefixes that hold "
                 "only deeper keys",
                 Continue);
    QCOMPARE(listed, QStringList({u"list/101/"_s, u"list/102/"_s, u"list/top.json"_s}));
    QCOMPARE(listed, QStringList({u"list/101/"_s, u"list/top.json"_s}));
    VERIFY_OK(test::listed(storage.get(), u"nothing/here"_s, true, &listed));
    QVERIFY(listed.isEmpty());
}

void TestS3rver::identicalObjectAgain()
{
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    const QByteArray small = randomBytes(5000, 5);
    const QByteArray large = randomBytes(3 * PartSize + 1, 6);
    StoredFile stored;
    VERIFY_OK(upload(storage.get(), u"again/s.mp3"_s, small, &stored));
    VERIFY_OK(upload(storage.get(), u"again/l.wav"_s, large, &stored));
    QCOMPARE(onDisk(u"again/l.wav"_s), large);
    answers();

    // One PUT: If-None-Match: * would have made it a 412 and a HEAD found it identical.
    VERIFY_OK(upload(storage.get(), u"again/s.mp3"_s, small, &stored));
    QCOMPARE(answers().filter(QRegularExpression(u"^PUT \\S+ 200$"_s)).size(), 1);
    QCOMPARE(onDisk(u"again/s.mp3"_s), small); // nothing different stored
    QEXPECT_FAIL("", IfNoneMatchOnPut, Continue);
    QVERIFY(stored.alreadyPresent);

    // A HEAD before any part finds the object: nothing sent, found identical by its ETag.
    VERIFY_OK(upload(storage.get(), u"again/l.wav"_s, large, &stored));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(answers(),
             QStringList({u"HEAD /archive/RingCentral%20Application/again/l.wav 200"_s,
                          u"HEAD /archive/RingCentral%20Application/again/l.wav 200"_s}));
    QCOMPARE(onDisk(u"again/l.wav"_s), large);
}

void TestS3rver::differentObjectUnderTheKey()
{
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    const QByteArray small = randomBytes(5000, 9);
    const QByteArray large = randomBytes(3 * PartSize + 1, 10);
    StoredFile stored;
    VERIFY_OK(upload(storage.get(), u"other/s.mp3"_s, small, &stored));
    VERIFY_OK(upload(storage.get(), u"other/l.wav"_s, large, &stored));
    answers();

    // A single PUT relies on If-None-Match: *, which s3rver ignores: overwritten.
    QByteArray changed = small;
    changed[10] = char(changed[10] ^ 1);
    Error e = upload(storage.get(), u"other/s.mp3"_s, changed, &stored);
    QCOMPARE(answers().filter(QRegularExpression(u"^PUT \\S+ 200$"_s)).size(), 1);
    QEXPECT_FAIL("", IfNoneMatchOnPut, Continue);
    QVERIFY2(e.isConflict(), qPrintable(e.message()));
    QEXPECT_FAIL("", IfNoneMatchOnPut, Continue);
    QCOMPARE(onDisk(u"other/s.mp3"_s), small);
    QCOMPARE(onDisk(u"other/s.mp3"_s), changed); // what s3rver did

    // Multipart looks first (HEAD): a conflict, nothing sent, nothing overwritten.
    changed = large;
    changed[10] = char(changed[10] ^ 1);
    e = upload(storage.get(), u"other/l.wav"_s, changed, &stored);
    QVERIFY2(e.isConflict(), qPrintable(e.message()));
    QVERIFY(answers().filter(QRegularExpression(u"^(PUT|POST) "_s)).isEmpty());
    QCOMPARE(onDisk(u"other/l.wav"_s), large);
}

void TestS3rver::differentObjectAppearsDuringMultipart()
{
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    const QString path = u"race/l.wav"_s;
    const QByteArray large = randomBytes(3 * PartSize + 1, 11);
    Error error;
    std::unique_ptr<StorageUpload> multipart = storage->beginUpload(path, large.size(), &error);
    QVERIFY(multipart);
    VERIFY_OK(multipart->write(large.constData(), large.size())); // HEAD: none; parts sent
    // Meanwhile another writer stores other bytes under the key.
    const QByteArray other = randomBytes(1000, 12);
    StoredFile stored;
    VERIFY_OK(upload(storage.get(), path, other, &stored));
    QCOMPARE(onDisk(path), other);
    answers();
    // CompleteMultipartUpload carries If-None-Match: *, which s3rver ignores: overwritten.
    const Error e = multipart->commit({}, &stored);
    QCOMPARE(answers().filter(QRegularExpression(u"^POST \\S+\\?uploadId=\\w+ 200$"_s)).size(), 1);
    QEXPECT_FAIL("", IfNoneMatchOnComplete, Continue);
    QVERIFY2(e.isConflict(), qPrintable(e.message()));
    QEXPECT_FAIL("", IfNoneMatchOnComplete, Continue);
    QCOMPARE(onDisk(path), other);
    QCOMPARE(onDisk(path), large); // what s3rver did
}

void TestS3rver::interruptedUploadAgain()
{
    const QString path = u"resume/long call.wav"_s;
    const QByteArray data = randomBytes(4 * PartSize + 5, 13);
    QString firstId;
    {
        const std::unique_ptr<StorageConnector> storage = connect(PartSize);
        QVERIFY(storage);
        Error error;
        std::unique_ptr<StorageUpload> upload = storage->beginUpload(path, data.size(), &error);
        QVERIFY(upload);
        // Three parts sent, then the process "dies" (no commit).
        VERIFY_OK(upload->write(data.constData(), 3 * PartSize + 100));
        firstId = m_journal->records().value(0).value.value(u"uploadId"_s).toString();
    }
    QVERIFY(!firstId.isEmpty());
    // A later process: open() cannot list the uploads (501), so the record stays...
    const std::unique_ptr<StorageConnector> storage = connect(PartSize);
    QVERIFY(storage);
    QCOMPARE(m_journal->records().size(), 1);
    answers();
    // ...and the same item again cannot list the parts held (ListParts is 405 on s3rver):
    // the upload starts anew, and what s3rver holds of the old one cannot be aborted (405).
    StoredFile stored;
    VERIFY_OK(upload(storage.get(), path, data, &stored));
    const QStringList seen = answers();
    const QString key = u"/archive/RingCentral%20Application/resume/long%20call.wav"_s;
    QCOMPARE(seen.mid(0, 4),
             QStringList({u"GET %1?uploadId=%2 405"_s.arg(key, firstId),
                          u"DELETE %1?uploadId=%2 405"_s.arg(key, firstId),
                          u"HEAD %1 404"_s.arg(key), u"POST %1?uploads= 200"_s.arg(key)}));
    QCOMPARE(
        seen.filter(QRegularExpression(u"^PUT \\S+\\?partNumber=\\d+&uploadId=\\w+ 200$"_s)).size(),
        5);
    QCOMPARE(onDisk(path), data);
    QVERIFY(m_journal->records().isEmpty());
}

QTEST_MAIN(TestS3rver)
#include "tst_s3rver.moc"
