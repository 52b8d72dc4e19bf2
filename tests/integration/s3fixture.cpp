// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3fixture.h"

#include <QCryptographicHash>
#include <QTest>

namespace rca::test {

namespace {
const QString Script = QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/s3/fake_s3.py");
}

bool S3Fixture::start()
{
    registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    factory = registry->factory(QStringLiteral("s3"));
    if (!factory) {
        qWarning().noquote() << registry->loadErrors().join(u'\n');
        return false;
    }
    if (!fake.start(Script,
                    {QStringLiteral("--min-part-size"), QStringLiteral("1024"),
                     QStringLiteral("--bucket"), QStringLiteral("plain"),
                     QStringLiteral("--bucket"), QStringLiteral("locked:lock"),
                     QStringLiteral("--bucket"), QStringLiteral("defaulted:lock:GOVERNANCE:1y")}))
        return false;
    db = std::make_unique<Database>(dir.filePath(QStringLiteral("rc-archiver.sqlite")));
    if (db->open())
        return false;
    journal = std::make_unique<ConnectorState>(db.get(), QStringLiteral("s3"));
    return true;
}

void S3Fixture::reset()
{
    fake.call("POST", QStringLiteral("/__fake/reset"));
    fake.call("DELETE", QStringLiteral("/__fake/requests"));
    for (const ConnectorJournal::Record &record : journal->records())
        journal->remove(record.key);
}

QVariantMap S3Fixture::options(const QString &bucket) const
{
    return {{QStringLiteral("endpoint"), fake.url()},
            {QStringLiteral("bucket"), bucket},
            {QStringLiteral("accessKeyId"), S3AccessKey},
            {QStringLiteral("secretAccessKey"), S3SecretKey}};
}

std::unique_ptr<StorageConnector> S3Fixture::create(const QJsonObject &settings)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = &secrets;
    context.profileId = QStringLiteral("profile-1");
    context.journal = journal.get();
    return factory->create(context);
}

std::unique_ptr<StorageConnector> S3Fixture::connect(const QString &bucket,
                                                     const QVariantMap &extra, qint64 partSize)
{
    QVariantMap all = options(bucket);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject settings;
    if (Error e = create({})->setUp(all, &settings)) {
        qWarning().noquote() << "setUp:" << e.message();
        return nullptr;
    }
    settings.insert(QStringLiteral("partSize"), partSize);
    settings.insert(QStringLiteral("retryBaseMs"), 20);
    return reopen(settings);
}

std::unique_ptr<StorageConnector> S3Fixture::reopen(const QJsonObject &settings)
{
    lastSettings = settings;
    std::unique_ptr<StorageConnector> storage = create(settings);
    if (Error e = storage->open(CancelToken())) {
        qWarning().noquote() << "open:" << e.message();
        return nullptr;
    }
    return storage;
}

Error S3Fixture::upload(StorageConnector *storage, const QString &path, const QByteArray &data,
                        StoredFile *stored, const QDateTime &created, qint64 writeSize)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = storage->beginUpload(path, data.size(), &error);
    if (!upload)
        return error;
    upload->setItemCreated(created);
    for (qint64 at = 0; at < data.size(); at += writeSize) {
        if (Error e = upload->write(data.constData() + at, std::min(writeSize, data.size() - at)))
            return e;
    }
    return upload->commit(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(),
                          stored);
}

QJsonArray S3Fixture::objects(const QString &bucket, const QString &prefix)
{
    return fake
        .call("GET", QStringLiteral("/__fake/objects?bucket=%1&prefix=%2")
                         .arg(bucket, QString::fromUtf8(QUrl::toPercentEncoding(prefix))))
        .value(u"objects")
        .toArray();
}

QJsonArray S3Fixture::uploadsInProgress()
{
    return fake.call("GET", QStringLiteral("/__fake/uploads")).value(u"uploads").toArray();
}

QJsonArray S3Fixture::requests(const QString &operation)
{
    QJsonArray found;
    const QJsonArray all =
        fake.call("GET", QStringLiteral("/__fake/requests")).value(u"requests").toArray();
    for (const QJsonValue &r : all) {
        if (r.toObject().value(u"operation").toString() == operation)
            found.append(r);
    }
    return found;
}

int S3Fixture::count(const QString &operation)
{
    return int(requests(operation).size());
}

void S3Fixture::fault(const QJsonObject &rule)
{
    fake.call("POST", QStringLiteral("/__fake/faults"), rule);
}

} // namespace rca::test
