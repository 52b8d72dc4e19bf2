// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3connector.h"

#include "logging/logging.h"
#include "s3objects.h"
#include "s3upload.h"
#include "secrets/secretstore.h"
#include "storage/connectorjournal.h"

#include <QSet>

namespace rca {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)
};

} // namespace

std::unique_ptr<StorageConnector> S3ConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<S3Connector>(context);
}

SetUpDescription S3ConnectorFactory::setUpDescription() const
{
    return S3SetUp::description();
}

S3Connector::S3Connector(const ConnectorContext &context)
    : m_context(context)
{
    m_configError = S3Config::fromSettings(context.settings, &m_config);
}

S3Connector::~S3Connector() = default;

QString S3Connector::secretKey(const QString &profileId)
{
    return profileId + QStringLiteral("/s3/secretAccessKey");
}

Error S3Connector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    return setUpOrTest(options, false, settings);
}

Error S3Connector::testSetUp(const QVariantMap &options)
{
    return setUpOrTest(options, true, nullptr);
}

Error S3Connector::setUpOrTest(const QVariantMap &options, bool testOnly, QJsonObject *settings)
{
    S3Config config;
    QString secret;
    if (Error e = S3Config::fromOptions(options, &config, &secret))
        return e;
    if (config.bucket.isEmpty())
        return Error::storage(Text::tr("Name the bucket (the \"bucket\" option)."));
    if (config.accessKeyId.isEmpty())
        return Error::storage(Text::tr("Give the access key ID (the \"accessKeyId\" option)."));
    if (secret.isEmpty())
        return Error::storage(
                   Text::tr("Enter the secret access key of %1.").arg(config.accessKeyId))
            .withConfirmation({Confirmation::Kind::Secret,
                               S3Key::SecretAccessKey,
                               {},
                               Text::tr("Secret access key of %1").arg(config.accessKeyId),
                               {},
                               {}});
    if (config.retentionMode == ObjectRetention::Mode::Compliance &&
        options.value(S3Key::ConfirmCompliance).toString().trimmed() != config.bucket)
        return Error::storage(
            Text::tr("Compliance mode cannot be undone: nobody, not even the account's owner, "
                     "can delete the archived objects or shorten their retention before %1 "
                     "from each item's creation, and the storage is billed until then. To "
                     "confirm, type the bucket's name \"%2\" in \"Type the bucket name to "
                     "confirm\" (--option confirmCompliance=%2).")
                .arg(S3Config::periodText(config.retentionDays), config.bucket));
    if (!testOnly && !m_context.secrets)
        return Error::storage(Text::tr("No keychain is available to keep the secret access key "
                                       "in, and RC Archiver never stores it anywhere else."));

    const S3Client client(config, secret);
    const S3Objects objects(client);
    const CancelToken &cancel = m_context.cancel;
    // Reachable, the key known and allowed to list.
    if (Error e = objects.probe(cancel))
        return e;
    if (Error e = objects.bucketLock(&config.bucketLock, cancel))
        return e;
    if (config.retentionMode != ObjectRetention::Mode::None && !config.bucketLock.enabled)
        return Error::storage(
            Text::tr("The bucket \"%1\" has no Object Lock, so it cannot keep objects in %2. "
                     "Object Lock can only be turned on when a bucket is created (see the "
                     "README's \"Object Lock\" section): use such a bucket, or choose no "
                     "retention.")
                .arg(config.bucket, ObjectRetention::modeText(config.retentionMode)));
    if (config.legalHold && !config.bucketLock.enabled)
        return Error::storage(Text::tr("The bucket \"%1\" has no Object Lock, so it cannot "
                                       "place legal holds.")
                                  .arg(config.bucket));
    // Writable, without leaving an object that a lock would keep: a multipart upload started
    // and abandoned.
    QString uploadId;
    const QString probe = config.prefix + QStringLiteral(".rc-archiver-write-test");
    if (Error e = objects.createUpload(probe, {}, &uploadId, nullptr, cancel))
        return e;
    // A server that cannot abort (s3rver) keeps the empty upload; nothing else is left.
    if (Error e = objects.abortUpload(probe, uploadId, cancel); e && !S3Client::isUnsupported(e))
        return e;
    if (testOnly)
        return {};
    if (Error e = m_context.secrets->write(secretKey(m_context.profileId), secret))
        return e;
    m_config = config;
    m_configError = {};
    *settings = config.toSettings();
    qCInfo(lcStorage).noquote() << "S3 connected:" << config.location()
                                << "Object Lock:" << config.bucketLock.text();
    return {};
}

Error S3Connector::tearDown()
{
    close();
    return m_context.secrets ? m_context.secrets->remove(secretKey(m_context.profileId)) : Error();
}

Error S3Connector::open(const CancelToken &cancel)
{
    if (m_configError)
        return m_configError;
    QString secret;
    if (!m_context.secrets)
        return Error::reconnect(Text::tr("No keychain: the secret access key cannot be read."));
    if (Error e = m_context.secrets->read(secretKey(m_context.profileId), &secret))
        return e;
    if (secret.isEmpty())
        return Error::reconnect(Text::tr("The secret access key of %1 is not in the keychain. "
                                         "Connect the storage again.")
                                    .arg(m_config.accessKeyId));
    m_client.emplace(m_config, secret);
    m_cancel = cancel;
    if (Error e = S3Objects(*m_client).probe(cancel)) {
        m_client.reset();
        return e;
    }
    if (Error e = abortOrphans(cancel))
        qCWarning(lcStorage).noquote() << "S3: unfinished uploads not cleaned up:" << e.message();
    return {};
}

Error S3Connector::abortOrphans(const CancelToken &cancel)
{
    const S3Objects objects(*m_client);
    QList<S3UploadInfo> uploads;
    if (Error e = objects.listUploads(m_config.prefix, &uploads, cancel))
        return S3Client::isUnsupported(e) ? Error() : e; // s3rver: nothing to clean up then
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> kept; // key -> the upload id the journal keeps ("" while creating)
    if (m_context.journal) {
        for (const ConnectorJournal::Record &record : m_context.journal->records())
            kept.insert(record.key, record.value.value(u"uploadId").toString());
    }
    QSet<QString> resumable;
    for (const S3UploadInfo &upload : std::as_const(uploads)) {
        const qint64 age = upload.initiated.isValid() ? upload.initiated.secsTo(now) : 0;
        const auto it = kept.constFind(upload.key);
        // This profile's: resumed unless stale or not the one kept (lost before its id was
        // written). Anyone else's under the prefix: left for a day.
        const bool orphan = it != kept.cend()
                                ? *it != upload.uploadId || age > StaleUploadHours * 3600
                                : age > 24 * 3600;
        if (!orphan) {
            if (it != kept.cend())
                resumable.insert(upload.key);
            continue;
        }
        qCInfo(lcStorage).noquote() << "S3: aborting an unfinished upload of" << upload.key;
        if (Error e = objects.abortUpload(upload.key, upload.uploadId, cancel))
            return e;
    }
    // The records of uploads that are gone (completed, aborted) or were never made.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (!resumable.contains(it.key())) {
            if (Error e = m_context.journal->remove(it.key()))
                return e;
        }
    }
    return {};
}

void S3Connector::close()
{
    m_client.reset();
}

Error S3Connector::notOpen() const
{
    return Error::storage(Text::tr("The S3 storage is not open."));
}

Error S3Connector::ensureFolder(const QString &relativePath)
{
    Q_UNUSED(relativePath); // keys, not folders
    return m_client ? Error() : notOpen();
}

std::unique_ptr<StorageUpload> S3Connector::beginUpload(const QString &relativePath,
                                                        qint64 expectedSize, Error *error)
{
    if (!m_client) {
        *error = notOpen();
        return nullptr;
    }
    return std::make_unique<S3Upload>(*m_client, m_context.journal, relativePath, expectedSize,
                                      S3Upload::Mode::Create, m_cancel);
}

std::unique_ptr<StorageUpload> S3Connector::beginReplace(const QString &relativePath,
                                                         qint64 expectedSize, Error *error)
{
    if (!m_client) {
        *error = notOpen();
        return nullptr;
    }
    return std::make_unique<S3Upload>(*m_client, m_context.journal, relativePath, expectedSize,
                                      S3Upload::Mode::Replace, m_cancel);
}

Error S3Connector::stat(const QString &relativePath, StoredFile *stored)
{
    if (!m_client)
        return notOpen();
    S3Head head;
    const S3Objects objects(*m_client);
    const QString key = m_config.objectKey(relativePath);
    if (Error e = objects.head(key, &head, m_cancel))
        return e;
    // HEAD shows retention only to keys allowed to read it; ask where it shows none.
    if (head.file.size >= 0 && m_config.bucketLock.enabled) {
        if (Error e = objects.fetchRetention(key, true, true, &head, m_cancel))
            return e;
    }
    *stored = head.file;
    stored->path = relativePath;
    return {};
}

Error S3Connector::listFolder(const QString &relativeFolder, bool recursive,
                              const EntryHandler &handleEntry, const CancelToken &cancel)
{
    if (!m_client)
        return notOpen();
    const QString prefix =
        m_config.prefix + (relativeFolder.isEmpty() ? QString() : relativeFolder + u'/');
    return S3Objects(*m_client).list(prefix, recursive, handleEntry, cancel);
}

Error S3Connector::readFile(const QString &relativePath, ByteSink *sink, const CancelToken &cancel)
{
    if (!m_client)
        return notOpen();
    return S3Objects(*m_client).get(m_config.objectKey(relativePath), sink, cancel);
}

QString S3Connector::checksumName() const
{
    return QStringLiteral("ETag");
}

QString S3Connector::location() const
{
    return m_configError ? m_configError.message() : m_config.location();
}

QString S3Connector::locationUrl() const
{
    return m_config.consoleUrl();
}

QStringList S3Connector::details() const
{
    if (m_configError)
        return {};
    QStringList lines;
    lines << Text::tr("Object Lock: %1").arg(m_config.bucketLock.text());
    if (m_config.retentionMode != ObjectRetention::Mode::None)
        lines << Text::tr("Each object: %1 for %2 from the item's creation")
                     .arg(ObjectRetention::modeText(m_config.retentionMode),
                          S3Config::periodText(m_config.retentionDays));
    if (m_config.legalHold)
        lines << Text::tr("Each object: under legal hold");
    return lines;
}

} // namespace rca
