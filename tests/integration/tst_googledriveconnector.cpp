// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Google Drive connector plugin against tests/fakes/googledrive/fake_googledrive.py: sign-in
// with a browser that follows the authorize redirect, multipart and resumable uploads, resume
// after drops, expired and revoked tokens, throttling, quota, folder find-or-create and names
// that need escaping; listing (pages, recursion, missing folders and checksum fields, hostile
// stray names), reading back and replacing a damaged file in place. Test thread only.
#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "redirectbrowser.h"
#include "secrets/secretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "storagetesting.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace rca;
using rca::test::CollectingSink;

using rca::test::MemorySecretStore;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.generate() & 0xff);
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QJsonObject J(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonObject J(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// Collects what readFile() streams, counting the writes.
const QString Profile = QStringLiteral("p1");
constexpr qint64 Chunk = 256 * 1024;

} // namespace

class TestGoogleDriveConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

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
    void listingFollowsPagesAndRecurses();
    void listingMissingFolderIsEmpty();
    void listingWithoutChecksumField();
    void listingHostileStrayNames();
    void readFileStreamsTheStoredBytes();
    void replaceUpdatesTheSameFile_data();
    void replaceUpdatesTheSameFile();
    void replaceWhenMissingCreates();

private:
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    QJsonArray files() { return control("GET", QStringLiteral("files")).value(u"files").toArray(); }
    QJsonArray requests(const QString &regex);
    QJsonObject fileNamed(const QString &name);
    void addFault(const QJsonObject &rule) { control("POST", QStringLiteral("faults"), rule); }
    ConnectorContext context(const QJsonObject &settings);
    // Signs in and opens a connector; the test fails when that does not work.
    std::unique_ptr<StorageConnector> connected(QVariantMap options = {});
    Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
                 StoredFile *stored = nullptr, qint64 writeSize = 10000);
    QList<StoredFile> list(StorageConnector *connector, const QString &folder, bool recursive,
                           Error *error = nullptr);
    QByteArray read(StorageConnector *connector, const QString &path, Error *error = nullptr);
    // Uploads that wrote the file at "Apps/RingCentral Application/<path>".
    int uploads(const QString &path);

    QProcess m_fake;
    QUrl m_url;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<MemorySecretStore> m_secrets;
    rca::test::RedirectBrowser m_browser;
    QJsonObject m_settings;
};

QJsonObject TestGoogleDriveConnector::control(const QByteArray &method, const QString &path,
                                              const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.url = m_url.resolved(QUrl(QStringLiteral("/__fake/") + path));
    if (method == "POST") {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const HttpResponse response = HttpClient().send(request);
    return QJsonDocument::fromJson(response.body).object();
}

QJsonArray TestGoogleDriveConnector::requests(const QString &regex)
{
    return control("GET", QStringLiteral("requests?path_regex=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(regex)))
        .value(u"requests")
        .toArray();
}

QJsonObject TestGoogleDriveConnector::fileNamed(const QString &name)
{
    for (const QJsonValue &value : files()) {
        if (value.toObject().value(u"name").toString() == name)
            return value.toObject();
    }
    return {};
}

void TestGoogleDriveConnector::initTestCase()
{
    m_fake.setProcessChannelMode(QProcess::SeparateChannels);
    m_fake.start(QStringLiteral("python3"),
                 {QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/googledrive/fake_googledrive.py"),
                  QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_fake.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    while (m_url.isEmpty() && timer.elapsed() < 20000) {
        if (!m_fake.canReadLine())
            m_fake.waitForReadyRead(200);
        const QByteArray line = m_fake.readLine().trimmed();
        if (line.startsWith("LISTENING "))
            m_url = QUrl(QString::fromLatin1(line.mid(10)));
    }
    QVERIFY2(!m_url.isEmpty(), m_fake.readAllStandardError().constData());

    const QByteArray base = m_url.toString().toLatin1();
    qputenv("RCA_GOOGLE_AUTH_URL", base + "/o/oauth2/v2/auth");
    qputenv("RCA_GOOGLE_TOKEN_URL", base + "/token");
    qputenv("RCA_GOOGLE_API_URL", base);
    qputenv("RCA_GOOGLE_CLIENT_ID", "rca-test.apps.googleusercontent.com");
    qputenv("RCA_GOOGLE_CLIENT_SECRET", "GOCSPX-test");

    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    m_factory = m_registry->factory(QStringLiteral("googledrive"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
    QCOMPARE(m_factory->displayName(), QStringLiteral("Google Drive"));
}

void TestGoogleDriveConnector::cleanupTestCase()
{
    m_fake.terminate();
    if (!m_fake.waitForFinished(5000))
        m_fake.kill();
    m_fake.waitForFinished(5000);
}

void TestGoogleDriveConnector::init()
{
    control("POST", QStringLiteral("reset"));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_settings = {};
}

ConnectorContext TestGoogleDriveConnector::context(const QJsonObject &settings)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = m_secrets.get();
    context.profileId = Profile;
    context.openBrowser = m_browser.opener();
    return context;
}

std::unique_ptr<StorageConnector> TestGoogleDriveConnector::connected(QVariantMap options)
{
    options.insert(QStringLiteral("chunkSize"), Chunk);
    options.insert(QStringLiteral("simpleUploadLimit"), 100000);
    options.insert(QStringLiteral("retryBaseDelayMs"), 5);
    const Error error = m_factory->create(context({}))->setUp(options, &m_settings);
    if (error) {
        qWarning() << "setUp failed:" << error.message();
        return nullptr;
    }
    auto connector = m_factory->create(context(m_settings));
    if (const Error openError = connector->open(CancelToken())) {
        qWarning() << "open failed:" << openError.message();
        return nullptr;
    }
    return connector;
}

Error TestGoogleDriveConnector::upload(StorageConnector *connector, const QString &path,
                                       const QByteArray &data, StoredFile *stored, qint64 writeSize)
{
    Error error;
    auto upload = connector->beginUpload(path, data.size(), &error);
    if (error)
        return error;
    for (qint64 offset = 0; offset < data.size(); offset += writeSize) {
        if ((error = upload->write(data.constData() + offset,
                                   std::min(writeSize, data.size() - offset))))
            return error;
    }
    StoredFile ignored;
    return upload->commit(sha256(data), stored ? stored : &ignored);
}

QList<StoredFile> TestGoogleDriveConnector::list(StorageConnector *connector, const QString &folder,
                                                 bool recursive, Error *error)
{
    QList<StoredFile> entries;
    const Error e = connector->listFolder(
        folder, recursive,
        [&](const StoredFile &entry) {
            entries.append(entry);
            return Error();
        },
        CancelToken());
    if (error)
        *error = e;
    else if (e)
        qWarning().noquote() << "listFolder failed:" << e.message();
    return entries;
}

QByteArray TestGoogleDriveConnector::read(StorageConnector *connector, const QString &path,
                                          Error *error)
{
    CollectingSink sink;
    const Error e = connector->readFile(path, &sink, CancelToken());
    if (error)
        *error = e;
    else if (e)
        qWarning().noquote() << "readFile failed:" << e.message();
    return sink.bytes;
}

int TestGoogleDriveConnector::uploads(const QString &path)
{
    return control("GET", QStringLiteral("uploads"))
        .value(u"paths")
        .toObject()
        .value(QStringLiteral("Apps/RingCentral Application/") + path)
        .toInt();
}

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

void TestGoogleDriveConnector::listingFollowsPagesAndRecurses()
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

void TestGoogleDriveConnector::listingMissingFolderIsEmpty()
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

void TestGoogleDriveConnector::listingWithoutChecksumField()
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

void TestGoogleDriveConnector::listingHostileStrayNames()
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

void TestGoogleDriveConnector::readFileStreamsTheStoredBytes()
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

void TestGoogleDriveConnector::replaceUpdatesTheSameFile_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(3000);
    QTest::newRow("resumable") << 3 * Chunk + 1;
}

void TestGoogleDriveConnector::replaceUpdatesTheSameFile()
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

void TestGoogleDriveConnector::replaceWhenMissingCreates()
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

QTEST_GUILESS_MAIN(TestGoogleDriveConnector)
#include "tst_googledriveconnector.moc"
