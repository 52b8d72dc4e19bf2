// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxfixture.h"

#include "storagetesting.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

namespace rca::test {

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

QByteArray BoxFixture::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString BoxFixture::sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

void BoxFixture::initTestCase()
{
    for (const char *name : {"RCA_BOX_CLIENT_ID", "RCA_BOX_CLIENT_SECRET", "RCA_BOX_API_URL",
                             "RCA_BOX_UPLOAD_URL", "RCA_BOX_AUTHORIZE_URL", "RCA_BOX_TOKEN_URL"})
        qunsetenv(name);
    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    m_factory = m_registry->factory(QStringLiteral("box"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
    QCOMPARE(m_factory->displayName(), QStringLiteral("Box"));
    QVERIFY(m_fake.start(QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/box/fake_box.py")));
}

void BoxFixture::init()
{
    control("POST", QStringLiteral("reset"));
    // Upload sessions for small files: parts of PartSize above the connector's Threshold.
    config({{QStringLiteral("min_session_size"), 1}, {QStringLiteral("part_size"), PartSize}});
    m_secrets = std::make_unique<MemorySecretStore>();
}

void BoxFixture::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "fake requests:"
                             << QJsonDocument(requests(QStringLiteral(".")))
                                    .toJson(QJsonDocument::Compact)
                                    .right(4000);
}

QJsonArray BoxFixture::requests(const QString &regex)
{
    return control("GET", QStringLiteral("requests?path_regex=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(regex)))
        .value(u"requests")
        .toArray();
}

int BoxFixture::countRequests(const QString &regex, const QString &method)
{
    int n = 0;
    for (const QJsonValue &r : requests(regex))
        n += method.isEmpty() || r.toObject().value(u"method").toString() == method;
    return n;
}

QHash<QString, QJsonObject> BoxFixture::files()
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &f : control("GET", QStringLiteral("files")).value(u"files").toArray())
        out.insert(f.toObject().value(u"path").toString(), f.toObject());
    return out;
}

int BoxFixture::uploads(const QString &path)
{
    return control("GET", QStringLiteral("uploads"))
        .value(u"paths")
        .toObject()
        .value(Root + path)
        .toInt();
}

void BoxFixture::verifyStored(const QString &relativePath, const QByteArray &data)
{
    const QHash<QString, QJsonObject> stored = files();
    const QString path = Root + relativePath;
    QVERIFY2(stored.contains(path), qPrintable(QStringList(stored.keys()).join(u", ")));
    QCOMPARE(stored[path].value(u"size").toInteger(), data.size());
    QCOMPARE(stored[path].value(u"sha256").toString().toLatin1(), sha256(data));
    QCOMPARE(stored[path].value(u"sha1").toString(), sha1Hex(data));
}

QVariantMap BoxFixture::options() const
{
    const QString url = m_fake.url();
    return {
        {QStringLiteral("clientId"), QStringLiteral("fake-box-client-id")},
        {QStringLiteral("clientSecret"), QStringLiteral("fake-box-client-secret")},
        {QStringLiteral("apiUrl"), url + QStringLiteral("/2.0")},
        {QStringLiteral("uploadUrl"), url + QStringLiteral("/api/2.0")},
        {QStringLiteral("authorizeUrl"), url + QStringLiteral("/api/oauth2/authorize")},
        {QStringLiteral("redirectPort"), freePort()},
        {QStringLiteral("uploadThreshold"), Threshold},
        {QStringLiteral("retryBaseMs"), 20},
    };
}

ConnectorContext BoxFixture::context(const QJsonObject &settings)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = m_secrets.get();
    context.profileId = Profile;
    context.openBrowser = m_browser.opener();
    return context;
}

std::unique_ptr<StorageConnector> BoxFixture::connectBox(const QVariantMap &extra,
                                                         QJsonObject *settingsOut)
{
    QVariantMap all = options();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject settings;
    if (const Error e = m_factory->create(context())->setUp(all, &settings)) {
        qWarning().noquote() << "setUp failed:" << e.message();
        return nullptr;
    }
    if (settingsOut)
        *settingsOut = settings;
    ConnectorContext opening = context(settings);
    opening.openBrowser = {}; // a job cannot sign in
    std::unique_ptr<StorageConnector> connector = m_factory->create(opening);
    if (const Error e = connector->open(CancelToken())) {
        qWarning().noquote() << "open failed:" << e.message();
        return nullptr;
    }
    return connector;
}

Error BoxFixture::upload(StorageConnector *connector, const QString &path, const QByteArray &data,
                         StoredFile *stored, qint64 writeSize, qint64 expectedSize,
                         const std::function<void(qint64)> &afterWrite)
{
    Error error;
    std::unique_ptr<StorageUpload> upload =
        connector->beginUpload(path, expectedSize == -2 ? data.size() : expectedSize, &error);
    if (!upload)
        return error;
    for (qint64 at = 0; at < data.size(); at += writeSize) {
        const qint64 n = std::min(writeSize, data.size() - at);
        if (Error e = upload->write(data.constData() + at, n))
            return e;
        if (afterWrite)
            afterWrite(at + n);
    }
    StoredFile ignored;
    return upload->commit(sha256(data), stored ? stored : &ignored);
}

Error BoxFixture::replace(StorageConnector *connector, const QString &path, const QByteArray &data,
                          StoredFile *stored)
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

QList<StoredFile> BoxFixture::list(StorageConnector *connector, const QString &folder,
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

QByteArray BoxFixture::read(StorageConnector *connector, const QString &path, Error *error)
{
    CollectingSink sink;
    const Error e = connector->readFile(path, &sink, CancelToken());
    if (error)
        *error = e;
    else if (e)
        qWarning().noquote() << "readFile failed:" << e.message();
    return sink.bytes;
}

} // namespace rca::test
