// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledrivefixture.h"

#include "net/httpclient.h"
#include "storagetesting.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace rca::test {

QByteArray GoogleDriveFixture::randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.generate() & 0xff);
    return data;
}

QByteArray GoogleDriveFixture::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QJsonObject GoogleDriveFixture::J(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonObject GoogleDriveFixture::J(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject GoogleDriveFixture::control(const QByteArray &method, const QString &path,
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

QJsonArray GoogleDriveFixture::requests(const QString &regex)
{
    return control("GET", QStringLiteral("requests?path_regex=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(regex)))
        .value(u"requests")
        .toArray();
}

QJsonObject GoogleDriveFixture::fileNamed(const QString &name)
{
    for (const QJsonValue &value : files()) {
        if (value.toObject().value(u"name").toString() == name)
            return value.toObject();
    }
    return {};
}

void GoogleDriveFixture::initTestCase()
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

void GoogleDriveFixture::cleanupTestCase()
{
    m_fake.terminate();
    if (!m_fake.waitForFinished(5000))
        m_fake.kill();
    m_fake.waitForFinished(5000);
}

void GoogleDriveFixture::init()
{
    control("POST", QStringLiteral("reset"));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_settings = {};
}

ConnectorContext GoogleDriveFixture::context(const QJsonObject &settings)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = m_secrets.get();
    context.profileId = Profile;
    context.openBrowser = m_browser.opener();
    return context;
}

std::unique_ptr<StorageConnector> GoogleDriveFixture::connected(QVariantMap options)
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

Error GoogleDriveFixture::upload(StorageConnector *connector, const QString &path,
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

QList<StoredFile> GoogleDriveFixture::list(StorageConnector *connector, const QString &folder,
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

QByteArray GoogleDriveFixture::read(StorageConnector *connector, const QString &path, Error *error)
{
    CollectingSink sink;
    const Error e = connector->readFile(path, &sink, CancelToken());
    if (error)
        *error = e;
    else if (e)
        qWarning().noquote() << "readFile failed:" << e.message();
    return sink.bytes;
}

int GoogleDriveFixture::uploads(const QString &path)
{
    return control("GET", QStringLiteral("uploads"))
        .value(u"paths")
        .toObject()
        .value(QStringLiteral("Apps/RingCentral Application/") + path)
        .toInt();
}

} // namespace rca::test
