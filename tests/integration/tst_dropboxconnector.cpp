// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Dropbox connector, loaded as a plugin, against the fake Dropbox (tests/fakes/dropbox) on
// 127.0.0.1: browser sign-in (a "browser" that follows the authorize redirect into the loopback
// listener), small and chunked uploads, a drop in the middle of a chunk, incorrect_offset after
// a lost answer, a token expiring mid-upload, a 429 storm, 5xx, non-ASCII and hostile names,
// existing files, a content_hash mismatch, a full account and a revoked sign-in. Every upload is
// checked against the fake's ground truth (size, SHA-256, content_hash). Listing (pages,
// recursion, missing folders and checksum fields, hostile stray names), reading back (streamed,
// after a drop) and replacing a damaged file against files the fake tampered with.
#include "fakeserver.h"
#include "memorysecretstore.h"
#include "redirectbrowser.h"
#include "secrets/secretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "storagetesting.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

using namespace rca;
using rca::test::CollectingSink;

using rca::test::MemorySecretStore;

namespace {

const QString fakeScript = QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/dropbox/fake_dropbox.py");
constexpr qint64 Threshold = 64 * 1024;
constexpr qint64 Chunk = 256 * 1024;

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(i);
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Collects what readFile() streams, counting the writes; fails the write after failAfter bytes.
// The fake as a child process, and its /__fake control API.
class FakeDropbox : public rca::test::FakeServer
{
public:
    bool start() { return FakeServer::start(fakeScript); }
    void fault(const QJsonObject &fault) { call("POST", QStringLiteral("/__fake/faults"), fault); }
    QJsonArray requests()
    {
        return call("GET", QStringLiteral("/__fake/requests")).value(u"requests").toArray();
    }
    QJsonObject tamper(const QJsonObject &change)
    {
        return call("POST", QStringLiteral("/__fake/tamper"), change);
    }
    // How many uploads wrote a file at that full Dropbox path.
    int uploads(const QString &path)
    {
        return call("GET", QStringLiteral("/__fake/uploads"))
            .value(u"paths")
            .toObject()
            .value(path)
            .toInt();
    }
    // Path -> ground truth entry.
    QHash<QString, QJsonObject> files()
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &f :
             call("GET", QStringLiteral("/__fake/files")).value(u"files").toArray())
            out.insert(f.toObject().value(u"path").toString(), f.toObject());
        return out;
    }
};

} // namespace

class TestDropboxConnector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setUpSignsInAndCreatesTheRoot();
    void missingAppKeyNamesTheReadme();
    void smallUpload();
    void chunkedUpload();
    void dropMidChunkIsResent();
    void lostAnswerContinuesFromCorrectOffset();
    void tokenExpiringMidUpload();
    void rateLimitStormIsObeyed();
    void serverErrorsAreRetried();
    void nonAsciiAndHostileNames();
    void existingFiles_data();
    void existingFiles();
    void contentHashMismatchIsRetried();
    void fullAccountStopsTheJob();
    void revokedSignInNeedsReconnect();
    void tearDownRevokesAndForgets();
    void listingFollowsPagesAndRecurses();
    void listingMissingFolderIsEmpty();
    void listingWithoutChecksumField();
    void listingHostileStrayNames();
    void readFileStreamsTheStoredBytes();
    void replaceOverwritesADifferentFile_data();
    void replaceOverwritesADifferentFile();
    void replaceWhenMissingCreates();

private:
    std::unique_ptr<StorageConnector> connectDropbox(QJsonObject *settings = nullptr);
    Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
                 StoredFile *stored, qint64 writeSize = 10000,
                 const std::function<void(qint64 written)> &afterWrite = {});
    Error replace(StorageConnector *connector, const QString &path, const QByteArray &data,
                  StoredFile *stored);
    QList<StoredFile> list(StorageConnector *connector, const QString &folder, bool recursive,
                           Error *error = nullptr);
    QByteArray read(StorageConnector *connector, const QString &path, Error *error = nullptr);
    void verifyStored(const QString &relativePath, const QByteArray &data);
    int countRequests(const QString &path);

    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<FakeDropbox> m_fake;
    MemorySecretStore m_secrets;
    rca::test::RedirectBrowser m_browser;
    ConnectorContext m_context;
};

void TestDropboxConnector::initTestCase()
{
    qputenv("RCA_DROPBOX_CHUNK_ALIGNMENT", "1024");
    qunsetenv("RCA_DROPBOX_APP_KEY");
    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    m_factory = m_registry->factory(QStringLiteral("dropbox"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
    QCOMPARE(m_factory->displayName(), QStringLiteral("Dropbox"));
    m_fake = std::make_unique<FakeDropbox>();
    QVERIFY(m_fake->start());
}

void TestDropboxConnector::init()
{
    m_fake->call("POST", QStringLiteral("/__fake/reset"));
    m_context = ConnectorContext();
    m_context.secrets = &m_secrets;
    m_context.profileId = QStringLiteral("profile-1");
    m_context.openBrowser = m_browser.opener();
}

void TestDropboxConnector::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote()
            << "fake requests:"
            << QJsonDocument(m_fake->requests()).toJson(QJsonDocument::Compact).right(4000);
}

std::unique_ptr<StorageConnector> TestDropboxConnector::connectDropbox(QJsonObject *settingsOut)
{
    const QVariantMap options{
        {QStringLiteral("appKey"), QStringLiteral("test-app-key")},
        {QStringLiteral("apiUrl"), m_fake->url()},
        {QStringLiteral("contentUrl"), m_fake->url()},
        {QStringLiteral("authorizeUrl"), m_fake->url() + QStringLiteral("/oauth2/authorize")},
        {QStringLiteral("redirectPort"), freePort()},
        {QStringLiteral("uploadThreshold"), Threshold},
        {QStringLiteral("chunkSize"), Chunk},
        {QStringLiteral("retryBaseMs"), 20},
    };
    QJsonObject settings;
    {
        std::unique_ptr<StorageConnector> setUp = m_factory->create(m_context);
        const Error e = setUp->setUp(options, &settings);
        if (e) {
            qWarning().noquote() << "setUp failed:" << e.message();
            return nullptr;
        }
    }
    if (settingsOut)
        *settingsOut = settings;
    ConnectorContext context = m_context;
    context.settings = settings;
    context.openBrowser = {};
    std::unique_ptr<StorageConnector> connector = m_factory->create(context);
    if (const Error e = connector->open(CancelToken())) {
        qWarning().noquote() << "open failed:" << e.message();
        return nullptr;
    }
    return connector;
}

Error TestDropboxConnector::upload(StorageConnector *connector, const QString &path,
                                   const QByteArray &data, StoredFile *stored, qint64 writeSize,
                                   const std::function<void(qint64)> &afterWrite)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, data.size(), &error);
    if (!upload)
        return error;
    for (qint64 at = 0; at < data.size(); at += writeSize) {
        const qint64 n = std::min(writeSize, data.size() - at);
        if (Error e = upload->write(data.constData() + at, n))
            return e;
        if (afterWrite)
            afterWrite(at + n);
    }
    return upload->commit(sha256(data), stored);
}

Error TestDropboxConnector::replace(StorageConnector *connector, const QString &path,
                                    const QByteArray &data, StoredFile *stored)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginReplace(path, data.size(), &error);
    if (!upload)
        return error;
    for (qint64 at = 0; at < data.size(); at += 10000) {
        if (Error e =
                upload->write(data.constData() + at, std::min<qint64>(10000, data.size() - at)))
            return e;
    }
    return upload->commit(sha256(data), stored);
}

QList<StoredFile> TestDropboxConnector::list(StorageConnector *connector, const QString &folder,
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

QByteArray TestDropboxConnector::read(StorageConnector *connector, const QString &path,
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

void TestDropboxConnector::verifyStored(const QString &relativePath, const QByteArray &data)
{
    const QString path = QStringLiteral("/RingCentral Application/") + relativePath;
    const QHash<QString, QJsonObject> files = m_fake->files();
    QVERIFY2(files.contains(path), qPrintable(QStringList(files.keys()).join(u", ")));
    QCOMPARE(files[path].value(u"size").toInteger(), data.size());
    QCOMPARE(files[path].value(u"sha256").toString().toLatin1(), sha256(data));
}

int TestDropboxConnector::countRequests(const QString &path)
{
    int n = 0;
    for (const QJsonValue &r : m_fake->requests())
        n += r.toObject().value(u"path").toString() == path;
    return n;
}

void TestDropboxConnector::setUpSignsInAndCreatesTheRoot()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectDropbox(&settings);
    QVERIFY(connector);
    QVERIFY(m_secrets.contains(QStringLiteral("profile-1/dropbox/tokens")));
    QCOMPARE(settings.value(u"appKey").toString(), QStringLiteral("test-app-key"));
    QCOMPARE(settings.value(u"accountId").toString(), QStringLiteral("dbid:FAKEACCOUNT"));
    const QJsonArray folders =
        m_fake->call("GET", QStringLiteral("/__fake/folders")).value(u"folders").toArray();
    QVERIFY(folders.contains(QStringLiteral("/RingCentral Application")));
    QVERIFY(connector->location().contains(QStringLiteral("RingCentral Application")));
    QCOMPARE(connector->locationUrl(), QStringLiteral("https://www.dropbox.com/home/Apps"));
    // The authorize request asked for offline access with PKCE S256 (checked by the fake).
    QVERIFY(countRequests(QStringLiteral("/oauth2/authorize")) >= 1);
    // No token in the settings.
    const QString text = QString::fromUtf8(QJsonDocument(settings).toJson());
    QVERIFY(!text.contains(QStringLiteral("sl.")));

    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Alice/2026-11-25/Call Recordings")));
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Alice/2026-11-25/Call Recordings")));
    QCOMPARE(countRequests(QStringLiteral("/2/files/create_folder_v2")), 5); // root twice, 3 levels
}

void TestDropboxConnector::missingAppKeyNamesTheReadme()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = m_factory->create(m_context);
    const Error e = connector->setUp({{QStringLiteral("apiUrl"), m_fake->url()}}, &settings);
    QVERIFY(e);
    QVERIFY2(e.message().contains(QStringLiteral("Registering a Dropbox app")),
             qPrintable(e.message()));
    QCOMPARE(countRequests(QStringLiteral("/oauth2/authorize")), 0);
}

void TestDropboxConnector::smallUpload()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(10 * 1024, 1);
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("a/b/small.mp3"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    QCOMPARE(stored.size, data.size());
    QVERIFY(!stored.alreadyPresent);
    verifyStored(QStringLiteral("a/b/small.mp3"), data);
    QCOMPARE(countRequests(QStringLiteral("/2/files/upload")), 1);
    QCOMPARE(countRequests(QStringLiteral("/2/files/upload_session/start")), 0);
    const QString hash = m_fake->files()[QStringLiteral("/RingCentral Application/a/b/small.mp3")]
                             .value(u"content_hash")
                             .toString();
    QCOMPARE(stored.providerChecksum, hash);

    StoredFile statted;
    QVERIFY(!connector->stat(QStringLiteral("a/b/small.mp3"), &statted));
    QCOMPARE(statted.size, data.size());
    QCOMPARE(statted.providerChecksum, hash);
    QVERIFY(!connector->stat(QStringLiteral("a/b/none.mp3"), &statted));
    QCOMPARE(statted.size, -1);

    // retarget before commit: stored under the new name only.
    Error error;
    std::unique_ptr<StorageUpload> u =
        connector->beginUpload(QStringLiteral("a/b/x.mp3"), 3, &error);
    QVERIFY(u && !u->write("abc", 3));
    QVERIFY(u->retarget(QStringLiteral("a/b/x.wav")));
    QVERIFY(!u->commit(sha256("abc"), &stored));
    verifyStored(QStringLiteral("a/b/x.wav"), "abc");
    QVERIFY(!m_fake->files().contains(QStringLiteral("/RingCentral Application/a/b/x.mp3")));

    // An empty file.
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/empty.txt"), QByteArray(), &stored));
    verifyStored(QStringLiteral("a/b/empty.txt"), QByteArray());
}

void TestDropboxConnector::chunkedUpload()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    for (const qint64 size : {Chunk * 4 + 123, Chunk * 2, Threshold + 1}) {
        const QByteArray data = randomBytes(size, quint32(size));
        const QString path = QStringLiteral("big-%1.wav").arg(size);
        StoredFile stored;
        const Error e = upload(connector.get(), path, data, &stored, 10000);
        QVERIFY2(!e, qPrintable(e.message()));
        verifyStored(path, data);
    }
    QVERIFY(countRequests(QStringLiteral("/2/files/upload_session/append_v2")) >= 3);
    QCOMPARE(countRequests(QStringLiteral("/2/files/upload_session/finish")), 2);
    // Memory bounded by one chunk: no request carried more.
    for (const QJsonValue &r : m_fake->requests())
        QVERIFY(r.toObject().value(u"bytes").toInteger() <= Chunk);
}

void TestDropboxConnector::dropMidChunkIsResent()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/append_v2")},
                   {QStringLiteral("action"), QStringLiteral("drop_mid_body")},
                   {QStringLiteral("skip"), 1}});
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/finish")},
                   {QStringLiteral("action"), QStringLiteral("drop")}});
    const QByteArray data = randomBytes(Chunk * 4 + 77, 3);
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("dropped.wav"), data, &stored, 65536);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("dropped.wav"), data);
    int dropped = 0;
    for (const QJsonValue &r : m_fake->requests())
        dropped += r.toObject().value(u"dropped").toBool();
    QCOMPARE(dropped, 2);
}

void TestDropboxConnector::lostAnswerContinuesFromCorrectOffset()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    // The append arrives but its answer is lost: the resend meets incorrect_offset.
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/append_v2")},
                   {QStringLiteral("action"), QStringLiteral("drop_after")}});
    const QByteArray data = randomBytes(Chunk * 3 + 5, 4);
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("lost.wav"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("lost.wav"), data);
    const QByteArray log = QJsonDocument(m_fake->requests()).toJson();
    QVERIFY(log.contains("\"dropped\": true"));

    // A lost answer of finish: the retry finds the session gone and the file committed.
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/finish")},
                   {QStringLiteral("action"), QStringLiteral("drop_after")}});
    const QByteArray finished = randomBytes(Chunk + 17, 6);
    const Error e3 = upload(connector.get(), QStringLiteral("lost-finish.wav"), finished, &stored);
    QVERIFY2(!e3, qPrintable(e3.message()));
    verifyStored(QStringLiteral("lost-finish.wav"), finished);

    // A lost answer of files/upload: the retry meets the file it wrote → already there.
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload")},
                   {QStringLiteral("action"), QStringLiteral("drop_after")}});
    const QByteArray small = randomBytes(1000, 5);
    const Error e2 = upload(connector.get(), QStringLiteral("lost-small.txt"), small, &stored);
    QVERIFY2(!e2, qPrintable(e2.message()));
    verifyStored(QStringLiteral("lost-small.txt"), small);
}

void TestDropboxConnector::tokenExpiringMidUpload()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(Chunk * 3, 6);
    bool expired = false;
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("expiring.wav"), data, &stored, 32768,
                           [&](qint64 written) {
                               if (!expired && written > Chunk + Threshold) {
                                   expired = true;
                                   m_fake->call("POST", QStringLiteral("/__fake/expire_tokens"));
                               }
                           });
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("expiring.wav"), data);
    int refreshes = 0;
    for (const QJsonValue &r : m_fake->requests())
        refreshes += r.toObject().value(u"grant_type").toString() == QLatin1String("refresh_token");
    QCOMPARE(refreshes, 1);
}

void TestDropboxConnector::rateLimitStormIsObeyed()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload")},
                   {QStringLiteral("status"), 429},
                   {QStringLiteral("retry_after"), 1},
                   {QStringLiteral("count"), 3}});
    QElapsedTimer timer;
    timer.start();
    StoredFile stored;
    const QByteArray data = randomBytes(5000, 7);
    const Error e = upload(connector.get(), QStringLiteral("storm.txt"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    QVERIFY2(timer.elapsed() >= 2900, qPrintable(QString::number(timer.elapsed())));
    verifyStored(QStringLiteral("storm.txt"), data);
    QCOMPARE(countRequests(QStringLiteral("/2/files/upload")), 4);
}

void TestDropboxConnector::serverErrorsAreRetried()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/finish")},
                   {QStringLiteral("status"), 503},
                   {QStringLiteral("count"), 2}});
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload_session/start")},
                   {QStringLiteral("status"), 500}});
    const QByteArray data = randomBytes(Chunk + 999, 8);
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("flaky.wav"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("flaky.wav"), data);

    // Persistent 5xx ends the item as Transient, bounded.
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/upload")},
                   {QStringLiteral("status"), 503},
                   {QStringLiteral("count"), 100}});
    const Error e2 = upload(connector.get(), QStringLiteral("down.txt"), "x", &stored);
    QCOMPARE(e2.kind(), Error::Kind::Transient);
    m_fake->call("DELETE", QStringLiteral("/__fake/faults"));
}

void TestDropboxConnector::nonAsciiAndHostileNames()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QString folder =
        QStringLiteral("101 - J\u00fcrgen \u00d8str\u00f6m/\u65e5\u672c\u8a9e \U0001F4DE");
    QVERIFY(!connector->ensureFolder(folder));
    const QStringList names{
        QStringLiteral("caf\u00e9 \u260e \U0001F600.mp3"),
        QStringLiteral("quote\" back\\slash {json}.txt"),
        QStringLiteral("percent %41 & plus+ ?q=1#frag.txt"),
        QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439 "
                       "\u0627\u0644\u0639\u0631\u0628\u064a\u0629.wav"),
        QStringLiteral("del\u007f and nbsp\u00a0.txt"),
    };
    int seed = 10;
    for (const QString &name : names) {
        const QByteArray data = randomBytes(name.size() * 100, quint32(++seed));
        StoredFile stored;
        const Error e = upload(connector.get(), folder + u'/' + name, data, &stored);
        QVERIFY2(!e, qPrintable(name + QStringLiteral(": ") + e.message()));
        verifyStored(folder + u'/' + name, data);
    }
    // A chunked upload with a non-ASCII name goes through finish's argument too.
    const QByteArray big = randomBytes(Chunk + 10, 99);
    StoredFile stored;
    const QString bigName = folder + QStringLiteral("/gro\u00df \U0001F4BE.wav");
    const Error e = upload(connector.get(), bigName, big, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(bigName, big);
    // Every Dropbox-API-Arg the fake saw was pure ASCII (it answers 400 otherwise).
    for (const QJsonValue &r : m_fake->requests()) {
        const QString arg = r.toObject().value(u"arg_raw").toString();
        for (const QChar c : arg)
            QVERIFY(c.unicode() < 0x7f);
    }
    Error refused;
    QVERIFY(!connector->beginUpload(QStringLiteral("../escape.txt"), 1, &refused));
    QCOMPARE(refused.kind(), Error::Kind::ItemPermanent);
}

void TestDropboxConnector::existingFiles_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(3000);
    QTest::newRow("chunked") << Chunk * 2 + 1;
}

void TestDropboxConnector::existingFiles()
{
    QFETCH(qint64, size);
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(size, 21);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("same.mp3"), data, &stored));
    QVERIFY(!stored.alreadyPresent);
    Error e = upload(connector.get(), QStringLiteral("same.mp3"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.sha256, sha256(data));

    QByteArray other = data;
    other[other.size() - 1] = char(other.at(other.size() - 1) ^ 1);
    e = upload(connector.get(), QStringLiteral("same.mp3"), other, &stored);
    QCOMPARE(e.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(e.message().contains(QStringLiteral("not overwritten")), qPrintable(e.message()));
    verifyStored(QStringLiteral("same.mp3"), data);
    // Case-insensitive like Dropbox: another case is the same file.
    e = upload(connector.get(), QStringLiteral("SAME.mp3"), other, &stored);
    QCOMPARE(e.kind(), Error::Kind::ItemPermanent);
}

void TestDropboxConnector::contentHashMismatchIsRetried()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    for (const qint64 size : {qint64(4000), Chunk + 3}) {
        const QString route = size > Threshold ? QStringLiteral("/2/files/upload_session/finish")
                                               : QStringLiteral("/2/files/upload");
        m_fake->fault({{QStringLiteral("route"), route},
                       {QStringLiteral("action"), QStringLiteral("corrupt")}});
        const QByteArray data = randomBytes(size, 31);
        const QString path = QStringLiteral("corrupt-%1.wav").arg(size);
        StoredFile stored;
        Error e = upload(connector.get(), path, data, &stored);
        QCOMPARE(e.kind(), Error::Kind::Transient);
        QVERIFY2(e.message().contains(QStringLiteral("content_hash")), qPrintable(e.message()));
        // The bad copy is gone, so the retry stores the right bytes.
        QVERIFY(!m_fake->files().contains(QStringLiteral("/RingCentral Application/") + path));
        e = upload(connector.get(), path, data, &stored);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!stored.alreadyPresent);
        verifyStored(path, data);
    }
}

void TestDropboxConnector::fullAccountStopsTheJob()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    m_fake->call("POST", QStringLiteral("/__fake/config"), {{QStringLiteral("quota"), 1000}});
    StoredFile stored;
    const Error e =
        upload(connector.get(), QStringLiteral("huge.wav"), randomBytes(5000, 41), &stored);
    m_fake->call("POST", QStringLiteral("/__fake/config"),
                 {{QStringLiteral("quota"), QJsonValue::Null}});
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().contains(QStringLiteral("full")), qPrintable(e.message()));
}

void TestDropboxConnector::revokedSignInNeedsReconnect()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectDropbox(&settings);
    QVERIFY(connector);
    m_fake->call("POST", QStringLiteral("/__fake/revoke"));
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("after-revoke.txt"), "data", &stored);
    QCOMPARE(e.kind(), Error::Kind::Reconnect);
    QVERIFY2(e.message().contains(QStringLiteral("Dropbox")), qPrintable(e.message()));

    ConnectorContext context = m_context;
    context.settings = settings;
    std::unique_ptr<StorageConnector> again = m_factory->create(context);
    QCOMPARE(again->open(CancelToken()).kind(), Error::Kind::Reconnect);
}

void TestDropboxConnector::tearDownRevokesAndForgets()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectDropbox(&settings);
    QVERIFY(connector);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("kept.txt"), "kept", &stored));
    connector.reset();
    ConnectorContext context = m_context;
    context.settings = settings;
    std::unique_ptr<StorageConnector> tearing = m_factory->create(context);
    QVERIFY(!tearing->tearDown());
    QVERIFY(!m_secrets.contains(QStringLiteral("profile-1/dropbox/tokens")));
    const QJsonObject state = m_fake->call("GET", QStringLiteral("/__fake/state"));
    QCOMPARE(state.value(u"refresh_tokens").toInt(), 0);
    QCOMPARE(countRequests(QStringLiteral("/2/auth/token/revoke")), 1);
    verifyStored(QStringLiteral("kept.txt"), "kept"); // nothing archived is deleted
}

void TestDropboxConnector::listingFollowsPagesAndRecurses()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    QCOMPARE(connector->checksumName(), QStringLiteral("content_hash"));
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
    m_fake->call("POST", QStringLiteral("/__fake/config"), {{QStringLiteral("list_page_size"), 3}});
    m_fake->call("DELETE", QStringLiteral("/__fake/requests"));

    const QList<StoredFile> flat = list(connector.get(), QStringLiteral("L/a"), false);
    QCOMPARE(flat.size(), 8); // more than two pages of three
    QVERIFY(countRequests(QStringLiteral("/2/files/list_folder/continue")) >= 2);
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
             m_fake->files()[QStringLiteral("/RingCentral Application/L/a/b/deep.wav")]
                 .value(u"content_hash")
                 .toString());
    QCOMPARE(list(connector.get(), QString(), true).size(), all.size() + 1); // + "L"
}

void TestDropboxConnector::listingMissingFolderIsEmpty()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    Error error;
    QVERIFY(list(connector.get(), QStringLiteral("no/such/folder"), true, &error).isEmpty());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(countRequests(QStringLiteral("/2/files/list_folder")), 1);
    list(connector.get(), QStringLiteral("../outside"), false, &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestDropboxConnector::listingWithoutChecksumField()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("C/one.mp3"), randomBytes(500, 70), &stored));
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/list_folder")},
                   {QStringLiteral("action"), QStringLiteral("omit_checksum")}});
    Error error;
    const QList<StoredFile> entries = list(connector.get(), QStringLiteral("C"), false, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().size, 500);
    QVERIFY(entries.first().providerChecksum.isEmpty());
    QCOMPARE(list(connector.get(), QStringLiteral("C"), false).first().providerChecksum,
             stored.providerChecksum);
}

void TestDropboxConnector::listingHostileStrayNames()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    QVERIFY(!connector->ensureFolder(QStringLiteral("H")));
    const QString root = QStringLiteral("/RingCentral Application/");
    const QString control = QStringLiteral("H/bad\u0001name\u007f\u202e.mp3");
    const QString dotdot = QStringLiteral("H/../escape.mp3");
    for (const QString &path :
         {control, dotdot, QStringLiteral("H/cased.mp3"), QStringLiteral("H/elsewhere.mp3")}) {
        QJsonObject change{{QStringLiteral("action"), QStringLiteral("add")},
                           {QStringLiteral("path"), root + path},
                           {QStringLiteral("data_b64"), QString::fromLatin1("c3RyYXk=")}};
        // Dropbox may report another case for the parents; a path outside the root is skipped.
        if (path.endsWith(QLatin1String("cased.mp3")))
            change.insert(QStringLiteral("path_display"), root.toLower() + path);
        if (path.endsWith(QLatin1String("elsewhere.mp3")))
            change.insert(QStringLiteral("path_display"), QStringLiteral("/Elsewhere/x.mp3"));
        QCOMPARE(m_fake->tamper(change).value(u"size").toInt(), 5);
    }
    Error error;
    const QList<StoredFile> entries = list(connector.get(), QStringLiteral("H"), true, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QHash<QString, StoredFile> byPath;
    for (const StoredFile &entry : entries) {
        QVERIFY2(!entry.path.startsWith(u'/') && !entry.path.contains(QLatin1String("Elsewhere")),
                 qPrintable(entry.path));
        byPath.insert(entry.path, entry);
    }
    QVERIFY(byPath.contains(control)); // listed as it is, for the caller to report
    QCOMPARE(byPath[control].size, 5);
    QVERIFY(byPath.contains(dotdot));
    QVERIFY(byPath.contains(QStringLiteral("H/cased.mp3")));
    QVERIFY(byPath.contains(QStringLiteral("H/..")) && byPath[QStringLiteral("H/..")].isFolder);
    QCOMPARE(byPath.size(), 4);
}

void TestDropboxConnector::readFileStreamsTheStoredBytes()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QByteArray small = randomBytes(3000, 80);
    const QByteArray big = randomBytes(Chunk * 3 + 5, 81);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("R/small.mp3"), small, &stored));
    QVERIFY(!upload(connector.get(), QStringLiteral("R/gro\u00df.wav"), big, &stored));
    QCOMPARE(read(connector.get(), QStringLiteral("R/small.mp3")), small);
    CollectingSink sink;
    QVERIFY(!connector->readFile(QStringLiteral("R/gro\u00df.wav"), &sink, CancelToken()));
    QCOMPARE(sink.bytes, big);
    QVERIFY2(sink.writes > 1, "streamed as it arrives, not in one piece");
    // Every Dropbox-API-Arg the fake saw was pure ASCII (it answers 400 otherwise).
    for (const QJsonValue &r : m_fake->requests()) {
        for (const QChar c : r.toObject().value(u"arg_raw").toString())
            QVERIFY(c.unicode() < 0x7f);
    }

    // A transfer that drops halfway is fetched again; the sink gets every byte once.
    m_fake->fault({{QStringLiteral("route"), QStringLiteral("/2/files/download")},
                   {QStringLiteral("action"), QStringLiteral("drop_mid_download")}});
    QCOMPARE(read(connector.get(), QStringLiteral("R/gro\u00df.wav")), big);

    Error error;
    read(connector.get(), QStringLiteral("R/none.mp3"), &error);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(error.message().contains(QStringLiteral("not in Dropbox")),
             qPrintable(error.message()));

    // A sink that fails stops the download at once: no retry.
    m_fake->call("DELETE", QStringLiteral("/__fake/requests"));
    CollectingSink full;
    full.failAfter = 1000;
    error = connector->readFile(QStringLiteral("R/gro\u00df.wav"), &full, CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("disk full")), qPrintable(error.message()));
    QCOMPARE(countRequests(QStringLiteral("/2/files/download")), 1);
}

void TestDropboxConnector::replaceOverwritesADifferentFile_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(3000);
    QTest::newRow("chunked") << Chunk * 2 + 1;
}

void TestDropboxConnector::replaceOverwritesADifferentFile()
{
    QFETCH(qint64, size);
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    const QString path = QStringLiteral("P/manifest.json");
    const QString full = QStringLiteral("/RingCentral Application/") + path;
    const QByteArray old = randomBytes(size, 90);
    StoredFile stored;
    QVERIFY(!upload(connector.get(), path, old, &stored));
    // Damage it as a failing disk would: the listing shows another size and content_hash.
    m_fake->tamper({{QStringLiteral("action"), QStringLiteral("truncate")},
                    {QStringLiteral("path"), full},
                    {QStringLiteral("size"), 100}});
    QList<StoredFile> entries = list(connector.get(), QStringLiteral("P"), false);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().size, 100);
    QVERIFY(entries.first().providerChecksum != stored.providerChecksum);
    const QByteArray damaged = read(connector.get(), path);
    QCOMPARE(damaged, old.left(100));
    QCOMPARE(m_fake->uploads(full), 1);

    const QByteArray repaired = randomBytes(size + 7, 91);
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginReplace(path, repaired.size(), &error);
    QVERIFY(upload);
    QVERIFY(!upload->write(repaired.constData(), repaired.size() - 1));
    // The old bytes stay under the final name until the commit.
    QCOMPARE(read(connector.get(), path), damaged);
    QVERIFY(!upload->write(repaired.constData() + repaired.size() - 1, 1));
    error = upload->commit(sha256(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(stored.size, repaired.size());
    QCOMPARE(stored.sha256, sha256(repaired));
    verifyStored(path, repaired);
    QCOMPARE(stored.providerChecksum, m_fake->files()[full].value(u"content_hash").toString());
    QCOMPARE(m_fake->uploads(full), 2);
    QCOMPARE(read(connector.get(), path), repaired);
    entries = list(connector.get(), QStringLiteral("P"), false);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().providerChecksum, stored.providerChecksum);

    // A plain upload still refuses to overwrite it.
    error = this->upload(connector.get(), path, old, &stored);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QCOMPARE(m_fake->uploads(full), 2);
}

void TestDropboxConnector::replaceWhenMissingCreates()
{
    std::unique_ptr<StorageConnector> connector = connectDropbox();
    QVERIFY(connector);
    QVERIFY(!connector->ensureFolder(QStringLiteral("N")));
    for (const qint64 size : {qint64(10), Chunk + 3}) {
        const QString path = QStringLiteral("N/new-%1.json").arg(size);
        const QByteArray data = randomBytes(size, 95);
        StoredFile stored;
        const Error error = replace(connector.get(), path, data, &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!stored.alreadyPresent);
        verifyStored(path, data);
        QCOMPARE(m_fake->uploads(QStringLiteral("/RingCentral Application/") + path), 1);
        QCOMPARE(read(connector.get(), path), data);
    }
    Error refused;
    QVERIFY(!connector->beginReplace(QStringLiteral("../escape.json"), 1, &refused));
    QCOMPARE(refused.kind(), Error::Kind::ItemPermanent);
}

QTEST_GUILESS_MAIN(TestDropboxConnector)
#include "tst_dropboxconnector.moc"
