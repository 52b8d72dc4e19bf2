// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the S3 connector is set up with: the endpoint, region, bucket and key prefix, the access
// key (its secret lives in the keychain), the addressing style, storage class and server-side
// encryption, the Object Lock retention asked for each object and the bucket's own lock
// configuration as read at connect. S3Config is read from the persisted settings (JSON) or
// from setUp's options, and checked; S3SetUp describes the options for the Accounts tab and
// `rc-archiver connect`. Value types, any thread.
#pragma once

#include "common/error.h"
#include "storage/objectretention.h"
#include "storage/setupdescription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace rca {

// A bucket's Object Lock configuration (GET ?object-lock).
struct S3BucketLock
{
    bool enabled = false;
    ObjectRetention::Mode defaultMode = ObjectRetention::Mode::None;
    int defaultDays = 0; // the default retention in days (Years × 365)
    bool defaultInYears = false;

    QJsonObject toJson() const;
    static S3BucketLock fromJson(const QJsonObject &json);
    // "compliance mode, 7 years by default", "on, no default retention", "off".
    QString text() const;
};

struct S3Config
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)

public:
    QUrl endpoint;    // "https://s3.eu-central-1.amazonaws.com", "http://127.0.0.1:9000"
    bool awsEndpoint; // the endpoint is AWS's default for the region
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString prefix = QStringLiteral("RingCentral Application/"); // ends with '/' or is empty
    QString accessKeyId;
    bool virtualHosted = false; // bucket.endpoint-host instead of endpoint/bucket
    QString storageClass;       // empty: the bucket's default (STANDARD)
    QString encryption;         // "", "AES256", "aws:kms"
    QString kmsKeyId;           // with aws:kms; empty: the account's default key

    // Retention asked for each object, counted from the item's creation.
    ObjectRetention::Mode retentionMode = ObjectRetention::Mode::None;
    int retentionDays = 0;
    bool legalHold = false;
    S3BucketLock bucketLock; // as read at connect

    qint64 partSize = 8 * 1024 * 1024; // multipart above this, in parts of (at least) this
    int parallelParts = 4;             // parts of one file in flight at once
    int retryBaseMs = 1000;

    // From the persisted settings; an error names what is wrong.
    static Error fromSettings(const QJsonObject &settings, S3Config *config);
    // From setUp's options (the fields of S3SetUp::description()), checked the same way;
    // *secret gets the secret access key when given.
    static Error fromOptions(const QVariantMap &options, S3Config *config, QString *secret);
    QJsonObject toSettings() const;

    // "s3://bucket/RingCentral Application/" and, where it is not AWS, the endpoint.
    QString location() const;
    // The AWS console's page of the prefix, for AWS endpoints; empty elsewhere.
    QString consoleUrl() const;
    // The object key of a path relative to the archive root.
    QString objectKey(const QString &relativePath) const;
    // The retention an object created at `created` is written with (none when not asked for).
    ObjectRetention retentionFor(const QDateTime &created) const;
    // What a period of days reads as for people: "7 years", "30 days".
    static QString periodText(int days);

private:
    Error check();
};

namespace S3Key {
inline const QString Endpoint = QStringLiteral("endpoint");
inline const QString Region = QStringLiteral("region");
inline const QString Bucket = QStringLiteral("bucket");
inline const QString Prefix = QStringLiteral("prefix");
inline const QString AccessKeyId = QStringLiteral("accessKeyId");
inline const QString SecretAccessKey = QStringLiteral("secretAccessKey");
inline const QString Addressing = QStringLiteral("addressing");
inline const QString StorageClass = QStringLiteral("storageClass");
inline const QString Encryption = QStringLiteral("encryption");
inline const QString KmsKeyId = QStringLiteral("kmsKeyId");
inline const QString RetentionMode = QStringLiteral("retentionMode");
inline const QString RetentionDays = QStringLiteral("retentionDays");
inline const QString LegalHold = QStringLiteral("legalHold");
inline const QString ConfirmCompliance = QStringLiteral("confirmCompliance");
inline const QString PartSize = QStringLiteral("partSizeMiB");
inline const QString BucketLock = QStringLiteral("bucketLock");
} // namespace S3Key

struct S3SetUp
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)

public:
    static SetUpDescription description();
};

} // namespace rca
