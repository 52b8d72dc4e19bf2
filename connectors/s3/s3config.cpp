// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3config.h"

#include <QRegularExpression>

namespace rca {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MinPartSize = 5 * MiB; // S3's smallest part but the last
constexpr qint64 MaxPartSize = 5 * 1024 * MiB;
constexpr int MaxRetentionDays = 36500;
const QString PartSizeBytes = QStringLiteral("partSize"); // settings: bytes (tests go lower)
const QString ParallelParts = QStringLiteral("parallelParts");
const QString RetryBaseMs = QStringLiteral("retryBaseMs");

QString awsEndpointFor(const QString &region)
{
    return region == u"us-east-1" ? QStringLiteral("https://s3.amazonaws.com")
                                  : QStringLiteral("https://s3.%1.amazonaws.com").arg(region);
}

QString retentionModeKey(ObjectRetention::Mode mode)
{
    return mode == ObjectRetention::Mode::None ? QStringLiteral("none")
                                               : ObjectRetention::modeKey(mode).toLower();
}

} // namespace

QJsonObject S3BucketLock::toJson() const
{
    QJsonObject json{{QStringLiteral("enabled"), enabled}};
    if (defaultMode != ObjectRetention::Mode::None) {
        json.insert(QStringLiteral("mode"), ObjectRetention::modeKey(defaultMode));
        json.insert(defaultInYears ? QStringLiteral("years") : QStringLiteral("days"),
                    defaultInYears ? defaultDays / 365 : defaultDays);
    }
    return json;
}

S3BucketLock S3BucketLock::fromJson(const QJsonObject &json)
{
    S3BucketLock lock;
    lock.enabled = json.value(u"enabled").toBool();
    ObjectRetention::Mode mode = ObjectRetention::Mode::None;
    if (ObjectRetention::modeFromKey(json.value(u"mode").toString(), &mode)) {
        lock.defaultMode = mode;
        lock.defaultInYears = json.contains(u"years");
        lock.defaultDays =
            lock.defaultInYears ? json.value(u"years").toInt() * 365 : json.value(u"days").toInt();
    }
    return lock;
}

QString S3BucketLock::text() const
{
    if (!enabled)
        return S3Config::tr("off");
    if (defaultMode == ObjectRetention::Mode::None)
        return S3Config::tr("on, no default retention");
    return S3Config::tr("on, %1 for %2 by default")
        .arg(ObjectRetention::modeText(defaultMode), S3Config::periodText(defaultDays));
}

QString S3Config::periodText(int days)
{
    // Spelled out rather than "%n year(s)": right in English without a translation loaded.
    if (days == 365)
        return tr("1 year");
    if (days > 0 && days % 365 == 0)
        return tr("%1 years").arg(days / 365);
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

Error S3Config::fromSettings(const QJsonObject &s, S3Config *config)
{
    S3Config c;
    c.region = s.value(S3Key::Region).toString(c.region);
    const QString endpoint = s.value(S3Key::Endpoint).toString();
    c.awsEndpoint = endpoint.isEmpty();
    c.endpoint = QUrl(c.awsEndpoint ? awsEndpointFor(c.region) : endpoint);
    c.bucket = s.value(S3Key::Bucket).toString();
    c.prefix = s.value(S3Key::Prefix).toString(c.prefix);
    c.accessKeyId = s.value(S3Key::AccessKeyId).toString();
    const QString addressing = s.value(S3Key::Addressing).toString(QStringLiteral("auto"));
    c.virtualHosted = addressing == u"virtual" || (addressing == u"auto" && c.awsEndpoint);
    c.storageClass = s.value(S3Key::StorageClass).toString();
    const QString encryption = s.value(S3Key::Encryption).toString();
    c.encryption = encryption == u"sse-s3"    ? QStringLiteral("AES256")
                   : encryption == u"sse-kms" ? QStringLiteral("aws:kms")
                                              : QString();
    c.kmsKeyId = s.value(S3Key::KmsKeyId).toString();
    ObjectRetention::Mode mode = ObjectRetention::Mode::None;
    const QString modeText = s.value(S3Key::RetentionMode).toString();
    if (modeText != u"none" && !ObjectRetention::modeFromKey(modeText, &mode))
        return Error::storage(tr("Unknown retention mode \"%1\": choose none, governance or "
                                 "compliance.")
                                  .arg(modeText));
    c.retentionMode = mode;
    c.retentionDays = s.value(S3Key::RetentionDays).toInt(2555);
    c.legalHold = s.value(S3Key::LegalHold).toBool();
    c.bucketLock = S3BucketLock::fromJson(s.value(S3Key::BucketLock).toObject());
    c.partSize = s.value(PartSizeBytes).toInteger(c.partSize);
    c.parallelParts = s.value(ParallelParts).toInt(c.parallelParts);
    c.retryBaseMs = s.value(RetryBaseMs).toInt(c.retryBaseMs);
    if (Error e = c.check())
        return e;
    *config = c;
    return {};
}

Error S3Config::fromOptions(const QVariantMap &options, S3Config *config, QString *secret)
{
    QJsonObject settings;
    for (const QString &key : {S3Key::Endpoint, S3Key::Region, S3Key::Bucket, S3Key::Prefix,
                               S3Key::AccessKeyId, S3Key::Addressing, S3Key::StorageClass,
                               S3Key::Encryption, S3Key::KmsKeyId, S3Key::RetentionMode}) {
        if (options.contains(key))
            settings.insert(key, options.value(key).toString().trimmed());
    }
    if (options.contains(S3Key::RetentionDays))
        settings.insert(S3Key::RetentionDays, options.value(S3Key::RetentionDays).toInt());
    if (options.contains(S3Key::LegalHold))
        settings.insert(S3Key::LegalHold, options.value(S3Key::LegalHold).toBool());
    if (options.contains(S3Key::PartSize))
        settings.insert(PartSizeBytes, options.value(S3Key::PartSize).toLongLong() * MiB);
    if (Error e = fromSettings(settings, config))
        return e;
    if (config->partSize < MinPartSize || config->partSize > MaxPartSize)
        return Error::storage(tr("The part size must be from 5 MiB to 5 GiB."));
    *secret = options.value(S3Key::SecretAccessKey).toString();
    return {};
}

Error S3Config::check()
{
    static const QRegularExpression regionName(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!regionName.match(region).hasMatch())
        return Error::storage(
            tr("\"%1\" is not a region (e.g. us-east-1, eu-central-1).").arg(region));
    if (!endpoint.isValid() || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http") ||
        endpoint.host().isEmpty())
        return Error::storage(tr("The endpoint \"%1\" is not an http:// or https:// address.")
                                  .arg(endpoint.toString()));
    if (!endpoint.path().isEmpty() && endpoint.path() != u"/")
        return Error::storage(tr("The endpoint \"%1\" must not have a path: give the bucket "
                                 "and the prefix in their own fields.")
                                  .arg(endpoint.toString()));
    static const QRegularExpression bucketName(
        QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (!bucket.isEmpty() && !bucketName.match(bucket).hasMatch())
        return Error::storage(tr("\"%1\" is not a bucket name: 3 to 63 lower-case letters, "
                                 "digits, dots and hyphens.")
                                  .arg(bucket));
    if (virtualHosted && bucket.contains(u'.') && endpoint.scheme() == u"https")
        return Error::storage(tr("The bucket name \"%1\" has dots, which the storage's TLS "
                                 "certificate does not cover in virtual-hosted addressing: "
                                 "choose path-style addressing.")
                                  .arg(bucket));
    if (prefix.startsWith(u'/') || prefix.contains(QStringLiteral("//")) ||
        prefix.split(u'/').contains(QStringLiteral("..")) ||
        prefix.split(u'/').contains(QStringLiteral(".")))
        return Error::storage(tr("The key prefix \"%1\" must not start with '/' or hold empty, "
                                 "\".\" or \"..\" parts.")
                                  .arg(prefix));
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    if (retentionMode != ObjectRetention::Mode::None &&
        (retentionDays < 1 || retentionDays > MaxRetentionDays))
        return Error::storage(
            tr("The retention period must be from 1 to %1 days.").arg(MaxRetentionDays));
    if (partSize < 1 || parallelParts < 1 || parallelParts > 16)
        return Error::storage(tr("Invalid part size or parallel parts."));
    return {};
}

QJsonObject S3Config::toSettings() const
{
    QJsonObject s{
        {S3Key::Region, region},
        {S3Key::Bucket, bucket},
        {S3Key::Prefix, prefix},
        {S3Key::AccessKeyId, accessKeyId},
        {S3Key::Addressing, virtualHosted ? QStringLiteral("virtual") : QStringLiteral("path")},
        {S3Key::RetentionMode, retentionModeKey(retentionMode)},
        {S3Key::BucketLock, bucketLock.toJson()},
        {PartSizeBytes, partSize},
    };
    if (!awsEndpoint)
        s.insert(S3Key::Endpoint, endpoint.toString());
    if (!storageClass.isEmpty())
        s.insert(S3Key::StorageClass, storageClass);
    if (!encryption.isEmpty())
        s.insert(S3Key::Encryption,
                 encryption == u"aws:kms" ? QStringLiteral("sse-kms") : QStringLiteral("sse-s3"));
    if (!kmsKeyId.isEmpty())
        s.insert(S3Key::KmsKeyId, kmsKeyId);
    if (retentionMode != ObjectRetention::Mode::None)
        s.insert(S3Key::RetentionDays, retentionDays);
    if (legalHold)
        s.insert(S3Key::LegalHold, true);
    if (parallelParts != 4)
        s.insert(ParallelParts, parallelParts);
    if (retryBaseMs != 1000)
        s.insert(RetryBaseMs, retryBaseMs);
    return s;
}

QString S3Config::location() const
{
    const QString place = QStringLiteral("s3://%1/%2").arg(bucket, prefix);
    return awsEndpoint ? tr("%1 (AWS, %2)").arg(place, region)
                       : tr("%1 at %2").arg(place, endpoint.toString());
}

QString S3Config::consoleUrl() const
{
    if (!awsEndpoint)
        return {};
    QUrl url(QStringLiteral("https://s3.console.aws.amazon.com/s3/buckets/") + bucket);
    url.setQuery(QStringLiteral("region=%1&prefix=%2")
                     .arg(region, QString::fromUtf8(QUrl::toPercentEncoding(prefix))));
    return url.toString();
}

QString S3Config::objectKey(const QString &relativePath) const
{
    return prefix + relativePath;
}

ObjectRetention S3Config::retentionFor(const QDateTime &created) const
{
    ObjectRetention retention;
    if (retentionMode != ObjectRetention::Mode::None) {
        retention.mode = retentionMode;
        // Whole seconds: S3 keeps the date to the second (and some servers to the day).
        const QDateTime from =
            created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
        retention.retainUntil =
            QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch(), Qt::UTC).addDays(retentionDays);
    }
    retention.legalHold = legalHold;
    return retention;
}

SetUpDescription S3SetUp::description()
{
    using Kind = SetUpField::Kind;
    SetUpDescription d;
    d.offersTest = true;
    SetUpField *f = &d.add(S3Key::Endpoint, Kind::Text, tr("Endpoint"),
                           tr("The storage's address: leave empty for AWS (from the region); "
                              "https://s3.us-west-004.backblazeb2.com for Backblaze B2, "
                              "https://s3.wasabisys.com for Wasabi, your MinIO or Ceph server's "
                              "URL."));
    f->placeholder = tr("AWS, from the region");
    f = &d.add(S3Key::Region, Kind::Text, tr("Region"),
               tr("The bucket's region (us-east-1, eu-central-1, us-west-004, …)."));
    f->defaultValue = QStringLiteral("us-east-1");
    f = &d.add(S3Key::Bucket, Kind::Text, tr("Bucket"),
               tr("The bucket the archive goes into. It must exist; for write-once storage "
                  "it must have been created with Object Lock."));
    f->required = true;
    f = &d.add(S3Key::Prefix, Kind::Text, tr("Key prefix"),
               tr("Every object's key starts with this."));
    f->defaultValue = QStringLiteral("RingCentral Application/");
    f = &d.add(S3Key::AccessKeyId, Kind::User, tr("Access key ID"),
               tr("The ID of an access key allowed to write the bucket (and read its Object "
                  "Lock configuration)."));
    f->required = true;
    f = &d.add(S3Key::SecretAccessKey, Kind::Secret, tr("Secret access key"),
               tr("Kept in the system keychain, never on disk."));
    f->required = true;
    f = &d.add(S3Key::RetentionMode, Kind::Choice, tr("Retention"),
               tr("Object Lock for every object written: none (the bucket's default, if it "
                  "has one), governance (only users with a special permission can shorten or "
                  "remove it) or compliance (nobody can delete the object before its date, "
                  "the account's owner included)."));
    f->choices = {{QStringLiteral("none"), tr("None (the bucket's default)")},
                  {QStringLiteral("governance"), tr("Governance mode")},
                  {QStringLiteral("compliance"), tr("Compliance mode")}};
    f->defaultValue = QStringLiteral("none");
    f = &d.add(S3Key::RetentionDays, Kind::Number, tr("Retention period (days)"),
               tr("How long each object is kept, counted from the call's, voicemail's or "
                  "message's creation: 2555 days is 7 years (SEC 17a-4 keeps some records 6)."));
    f->defaultValue = 2555;
    f->minimum = 1;
    f->maximum = MaxRetentionDays;
    f->visibleWhenKey = S3Key::RetentionMode;
    f->visibleWhenValues = {QStringLiteral("governance"), QStringLiteral("compliance")};
    f = &d.add(S3Key::ConfirmCompliance, Kind::Text, tr("Type the bucket name to confirm"),
               tr("Compliance mode cannot be undone: nobody, not even the account's root user, "
                  "can delete or shorten the retention of these objects before their date, "
                  "and the storage is billed until then. Type the bucket's name to "
                  "confirm."));
    f->visibleWhenKey = S3Key::RetentionMode;
    f->visibleWhenValues = {QStringLiteral("compliance")};
    f = &d.add(S3Key::LegalHold, Kind::Checkbox, tr("Legal hold"),
               tr("Also place a legal hold on every object: it cannot be deleted, whatever its "
                  "retention date, until someone with the permission lifts the hold."));
    f->defaultValue = false;
    f = &d.add(S3Key::Addressing, Kind::Choice, tr("Addressing"),
               tr("Virtual-hosted (bucket.endpoint) or path-style (endpoint/bucket) URLs; "
                  "automatic is virtual-hosted on AWS and path-style elsewhere."));
    f->choices = {{QStringLiteral("auto"), tr("Automatic")},
                  {QStringLiteral("virtual"), tr("Virtual-hosted")},
                  {QStringLiteral("path"), tr("Path-style")}};
    f->defaultValue = QStringLiteral("auto");
    f->advanced = true;
    f = &d.add(S3Key::StorageClass, Kind::Text, tr("Storage class"),
               tr("STANDARD_IA, GLACIER_IR, … (empty: the bucket's default). Classes that "
                  "need a restore before reading (GLACIER, DEEP_ARCHIVE) cannot be read back "
                  "without one."));
    f->advanced = true;
    f = &d.add(S3Key::Encryption, Kind::Choice, tr("Server-side encryption"),
               tr("Ask the storage to encrypt each object with its own keys (SSE-S3) or a KMS "
                  "key (SSE-KMS)."));
    f->choices = {{QStringLiteral("none"), tr("The bucket's default")},
                  {QStringLiteral("sse-s3"), tr("SSE-S3 (AES-256)")},
                  {QStringLiteral("sse-kms"), tr("SSE-KMS")}};
    f->defaultValue = QStringLiteral("none");
    f->advanced = true;
    f = &d.add(S3Key::KmsKeyId, Kind::Text, tr("KMS key ID"),
               tr("The KMS key's ID or ARN (empty: the account's default aws/s3 key)."));
    f->visibleWhenKey = S3Key::Encryption;
    f->visibleWhenValues = {QStringLiteral("sse-kms")};
    f->advanced = true;
    f = &d.add(S3Key::PartSize, Kind::Number, tr("Part size (MiB)"),
               tr("Files larger than this go up in parts of this size (it grows for very "
                  "large files: at most 10,000 parts)."));
    f->defaultValue = 8;
    f->minimum = 5;
    f->maximum = 5120;
    f->advanced = true;
    return d;
}

} // namespace rca
