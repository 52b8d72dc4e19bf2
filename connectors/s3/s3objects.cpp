// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3objects.h"

#include "s3upload.h"
#include "s3xml.h"

#include <QCryptographicHash>

namespace rca {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)
};

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString unquoted(const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return QString::fromLatin1(value);
}

} // namespace

HttpHeaders S3Objects::writeHeaders(const S3Config &config, const QDateTime &created)
{
    HttpHeaders headers;
    if (!config.storageClass.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>{"x-amz-storage-class",
                                                         config.storageClass.toLatin1()});
    if (!config.encryption.isEmpty()) {
        headers.append(std::pair<QByteArray, QByteArray>{"x-amz-server-side-encryption",
                                                         config.encryption.toLatin1()});
        if (config.encryption == u"aws:kms" && !config.kmsKeyId.isEmpty())
            headers.append(
                {"x-amz-server-side-encryption-aws-kms-key-id", config.kmsKeyId.toLatin1()});
    }
    const ObjectRetention retention = config.retentionFor(created);
    // A date already past protects nothing, and S3 refuses it: an old item backfilled under a
    // short period keeps only the bucket's default.
    if (retention.mode != ObjectRetention::Mode::None &&
        retention.retainUntil > QDateTime::currentDateTimeUtc().addSecs(60)) {
        headers.append(
            {"x-amz-object-lock-mode", ObjectRetention::modeKey(retention.mode).toLatin1()});
        headers.append(
            {"x-amz-object-lock-retain-until-date", isoMs(retention.retainUntil).toLatin1()});
    }
    if (retention.legalHold)
        headers.append(std::pair<QByteArray, QByteArray>{"x-amz-object-lock-legal-hold", "ON"});
    return headers;
}

Error S3Objects::head(const QString &key, S3Head *out, const CancelToken &cancel) const
{
    *out = S3Head();
    out->file.path = key;
    S3Call call;
    call.method = "HEAD";
    call.key = key;
    call.headers = {{"x-amz-checksum-mode", "ENABLED"}};
    call.expected = {404};
    call.what = Text::tr("Looking at %1").arg(key);
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    if (response.status == 404)
        return {};
    out->file.size = response.header("Content-Length").toLongLong();
    out->file.providerChecksum = unquoted(response.header("ETag"));
    out->checksum = response.header("x-amz-checksum-sha256");
    if (!out->checksum.isEmpty() && !out->checksum.contains('-'))
        out->file.sha256 = QByteArray::fromBase64(out->checksum).toHex();
    ObjectRetention &retention = out->file.retention;
    ObjectRetention::Mode mode = ObjectRetention::Mode::None;
    const QDateTime until =
        parseIso(QString::fromLatin1(response.header("x-amz-object-lock-retain-until-date")));
    if (ObjectRetention::modeFromKey(QString::fromLatin1(response.header("x-amz-object-lock-mode")),
                                     &mode) &&
        mode != ObjectRetention::Mode::None && until.isValid()) {
        retention.mode = mode;
        retention.retainUntil = until;
    }
    retention.legalHold = response.header("x-amz-object-lock-legal-hold") == "ON";
    return {};
}

Error S3Objects::putObject(const QString &key, const QByteArray &body, const QByteArray &sha256,
                           const HttpHeaders &headers, bool ifNoneMatch, bool *exists,
                           const CancelToken &cancel) const
{
    S3Call call;
    call.method = "PUT";
    call.key = key;
    call.body = body;
    call.bodySha256 = sha256.toHex();
    call.headers = headers;
    call.headers.append(
        {"Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()});
    call.headers.append(
        std::pair<QByteArray, QByteArray>{"x-amz-checksum-sha256", sha256.toBase64()});
    if (ifNoneMatch)
        call.headers.append(std::pair<QByteArray, QByteArray>{"If-None-Match", "*"});
    call.expected = {412};
    call.what = Text::tr("Uploading %1").arg(key);
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    *exists = response.status == 412;
    return {};
}

Error S3Objects::get(const QString &key, ByteSink *sink, const CancelToken &cancel) const
{
    // One try: bytes already given to the sink cannot be taken back.
    S3Client once = m_client;
    RetryPolicy::Options options = once.retryPolicy().options();
    options.maxAttempts = 1;
    once.retryPolicy() = RetryPolicy(options);
    Error sinkError;
    S3Call call;
    call.key = key;
    call.expected = {404};
    call.what = Text::tr("Reading %1").arg(key);
    call.onData = [&](QByteArrayView chunk) {
        sinkError =
            cancel.isCancelled() ? Error::cancelled() : sink->write(chunk.data(), chunk.size());
        return !sinkError;
    };
    HttpResponse response;
    Error e = once.send(call, cancel, &response);
    if (sinkError)
        return sinkError;
    if (e)
        return e;
    if (response.status == 404)
        return Error::itemPermanent(Text::tr("%1 is not in the bucket.").arg(key));
    return {};
}

Error S3Objects::createUpload(const QString &key, const HttpHeaders &headers, QString *uploadId,
                              bool *checksums, const CancelToken &cancel) const
{
    S3Call call;
    call.method = "POST";
    call.key = key;
    call.query = {{QStringLiteral("uploads"), QString()}};
    call.headers = headers;
    call.headers.append(std::pair<QByteArray, QByteArray>{"x-amz-checksum-algorithm", "SHA256"});
    call.what = Text::tr("Starting the upload of %1").arg(key);
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    *uploadId = S3XmlElement::parse(response.body).value(u"UploadId");
    if (checksums)
        *checksums =
            response.header("x-amz-checksum-algorithm").compare("SHA256", Qt::CaseInsensitive) == 0;
    if (uploadId->isEmpty())
        return Error::transient(Text::tr("The storage gave no upload id for %1.").arg(key));
    return {};
}

Error S3Objects::uploadPart(const QString &key, const QString &uploadId, const QByteArray &data,
                            const QByteArray &sha256, S3Part *part, const CancelToken &cancel) const
{
    S3Call call;
    call.method = "PUT";
    call.key = key;
    call.query = {{QStringLiteral("partNumber"), QString::number(part->number)},
                  {QStringLiteral("uploadId"), uploadId}};
    call.body = data;
    call.bodySha256 = sha256.toHex();
    call.headers = {{"Content-MD5", part->md5.toBase64()},
                    {"x-amz-checksum-sha256", sha256.toBase64()}};
    call.what = Text::tr("Uploading part %1 of %2").arg(part->number).arg(key);
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    part->etag = response.header("ETag");
    return {};
}

Error S3Objects::listParts(const QString &key, const QString &uploadId, QList<S3Part> *parts,
                           const CancelToken &cancel) const
{
    QString marker;
    for (;;) {
        S3Call call;
        call.key = key;
        call.query = {{QStringLiteral("uploadId"), uploadId}};
        if (!marker.isEmpty())
            call.query.append({QStringLiteral("part-number-marker"), marker});
        call.what = Text::tr("Listing the parts of %1").arg(key);
        HttpResponse response;
        if (Error e = m_client.send(call, cancel, &response))
            return e;
        const S3XmlElement result = S3XmlElement::parse(response.body);
        for (const S3XmlElement *p : result.all(u"Part")) {
            S3Part part;
            part.number = p->value(u"PartNumber").toInt();
            part.size = p->value(u"Size").toLongLong();
            part.etag = p->value(u"ETag").toLatin1();
            part.checksum = p->value(u"ChecksumSHA256").toLatin1();
            parts->append(part);
        }
        if (result.value(u"IsTruncated") != u"true")
            return {};
        marker = result.value(u"NextPartNumberMarker");
        if (marker.isEmpty())
            return {};
    }
}

Error S3Objects::completeUpload(const QString &key, const QString &uploadId,
                                const QList<S3Part> &parts, bool ifNoneMatch, bool *exists,
                                const CancelToken &cancel) const
{
    QByteArray xml = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (const S3Part &part : parts) {
        xml += "<Part><PartNumber>" + QByteArray::number(part.number) + "</PartNumber><ETag>" +
               s3XmlEscaped(QString::fromLatin1(part.etag)).toLatin1() + "</ETag><ChecksumSHA256>" +
               part.checksum + "</ChecksumSHA256></Part>";
    }
    xml += "</CompleteMultipartUpload>";
    S3Call call;
    call.method = "POST";
    call.key = key;
    call.query = {{QStringLiteral("uploadId"), uploadId}};
    call.body = xml;
    call.headers = {{"Content-Type", "application/xml"}};
    if (ifNoneMatch)
        call.headers.append(std::pair<QByteArray, QByteArray>{"If-None-Match", "*"});
    call.expected = {404, 412};
    call.what = Text::tr("Completing the upload of %1").arg(key);
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    // S3 may answer 200 and then an error in the body, when it failed while completing.
    const S3XmlElement result = S3XmlElement::parse(response.body);
    if (response.status == 200 && result.name == u"Error")
        return Error::transient(Text::tr("Completing the upload of %1 failed: %2 %3")
                                    .arg(key, result.value(u"Code"), result.value(u"Message")));
    *exists = response.status == 412 || response.status == 404;
    return {};
}

Error S3Objects::abortUpload(const QString &key, const QString &uploadId,
                             const CancelToken &cancel) const
{
    S3Call call;
    call.method = "DELETE";
    call.key = key;
    call.query = {{QStringLiteral("uploadId"), uploadId}};
    call.expected = {404};
    call.what = Text::tr("Abandoning the upload of %1").arg(key);
    HttpResponse response;
    return m_client.send(call, cancel, &response);
}

Error S3Objects::abortUploadsOf(const QString &key, const CancelToken &cancel) const
{
    QList<S3UploadInfo> uploads;
    if (Error e = listUploads(key, &uploads, cancel))
        return e;
    for (const S3UploadInfo &upload : std::as_const(uploads)) {
        if (upload.key != key)
            continue;
        if (Error e = abortUpload(upload.key, upload.uploadId, cancel))
            return e;
    }
    return {};
}

Error S3Objects::listUploads(const QString &prefix, QList<S3UploadInfo> *uploads,
                             const CancelToken &cancel) const
{
    QString keyMarker;
    QString idMarker;
    for (;;) {
        S3Call call;
        call.query = {{QStringLiteral("uploads"), QString()}, {QStringLiteral("prefix"), prefix}};
        if (!keyMarker.isEmpty())
            call.query.append({QStringLiteral("key-marker"), keyMarker});
        if (!idMarker.isEmpty())
            call.query.append({QStringLiteral("upload-id-marker"), idMarker});
        call.what = Text::tr("Listing unfinished uploads");
        HttpResponse response;
        if (Error e = m_client.send(call, cancel, &response))
            return e;
        const S3XmlElement result = S3XmlElement::parse(response.body);
        for (const S3XmlElement *u : result.all(u"Upload")) {
            uploads->append(
                {u->value(u"Key"), u->value(u"UploadId"), parseIso(u->value(u"Initiated"))});
        }
        if (result.value(u"IsTruncated") != u"true")
            return {};
        keyMarker = result.value(u"NextKeyMarker");
        idMarker = result.value(u"NextUploadIdMarker");
        if (keyMarker.isEmpty())
            return {};
    }
}

Error S3Objects::probe(const CancelToken &cancel) const
{
    const Error e = list(
        m_client.config().prefix, false, [](const StoredFile &) { return Error::cancelled(); },
        cancel, 1);
    return e.kind() == Error::Kind::Cancelled && !cancel.isCancelled() ? Error() : e;
}

Error S3Objects::list(const QString &prefix, bool recursive, const EntryHandler &handle,
                      const CancelToken &cancel, int maxKeys) const
{
    const QString root = m_client.config().prefix;
    QString token;
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        S3Call call;
        call.query = {{QStringLiteral("list-type"), QStringLiteral("2")},
                      {QStringLiteral("prefix"), prefix},
                      {QStringLiteral("encoding-type"), QStringLiteral("url")}};
        if (!recursive)
            call.query.append({QStringLiteral("delimiter"), QStringLiteral("/")});
        if (maxKeys > 0)
            call.query.append({QStringLiteral("max-keys"), QString::number(maxKeys)});
        if (!token.isEmpty())
            call.query.append({QStringLiteral("continuation-token"), token});
        call.what = Text::tr("Listing %1").arg(prefix);
        HttpResponse response;
        if (Error e = m_client.send(call, cancel, &response))
            return e;
        bool ok = false;
        const S3XmlElement result = S3XmlElement::parse(response.body, &ok);
        if (!ok)
            return Error::transient(
                Text::tr("The storage's listing of %1 is not valid XML.").arg(prefix));
        const bool urlEncoded = result.value(u"EncodingType") == u"url";
        // S3 encodes keys as forms are encoded: a space is '+', a '+' is "%2B".
        auto decoded = [&](QString text) {
            return urlEncoded ? QUrl::fromPercentEncoding(text.replace(u'+', u' ').toUtf8()) : text;
        };
        for (const S3XmlElement *folder : result.all(u"CommonPrefixes")) {
            StoredFile entry;
            entry.isFolder = true;
            QString key = decoded(folder->value(u"Prefix"));
            if (key.endsWith(u'/'))
                key.chop(1);
            entry.path = key.mid(root.size());
            if (Error e = handle(entry))
                return e;
        }
        for (const S3XmlElement *object : result.all(u"Contents")) {
            StoredFile entry;
            entry.path = decoded(object->value(u"Key")).mid(root.size());
            entry.size = object->value(u"Size").toLongLong();
            entry.providerChecksum = unquoted(object->value(u"ETag").toLatin1());
            if (Error e = handle(entry))
                return e;
        }
        if (result.value(u"IsTruncated") != u"true")
            return {};
        token = result.value(u"NextContinuationToken");
        if (token.isEmpty())
            return {};
    }
}

Error S3Objects::bucketLock(S3BucketLock *lock, const CancelToken &cancel) const
{
    *lock = S3BucketLock();
    S3Call call;
    call.query = {{QStringLiteral("object-lock"), QString()}};
    call.expected = {404, 501};
    call.what = Text::tr("Reading the bucket's Object Lock configuration");
    HttpResponse response;
    if (Error e = m_client.send(call, cancel, &response))
        return e;
    if (response.status != 200)
        return {}; // ObjectLockConfigurationNotFoundError, or a server without Object Lock
    const S3XmlElement config = S3XmlElement::parse(response.body);
    lock->enabled = config.value(u"ObjectLockEnabled") == u"Enabled";
    const S3XmlElement &retention = config.child(u"Rule").child(u"DefaultRetention");
    ObjectRetention::Mode mode = ObjectRetention::Mode::None;
    if (!retention.isNull() && ObjectRetention::modeFromKey(retention.value(u"Mode"), &mode)) {
        lock->defaultMode = mode;
        lock->defaultInYears = !retention.value(u"Years").isEmpty();
        lock->defaultDays = lock->defaultInYears ? retention.value(u"Years").toInt() * 365
                                                 : retention.value(u"Days").toInt();
    }
    return {};
}

Error S3Objects::checkStored(const QString &key, const S3Head &head, qint64 size,
                             const QByteArray &checksum, const QList<QByteArray> &etags) const
{
    if (head.file.size < 0)
        return Error::transient(Text::tr("%1 is not in the bucket after its upload.").arg(key));
    if (head.file.size != size)
        return Error::transient(Text::tr("The bucket holds %1 bytes for %2; %3 were sent.")
                                    .arg(head.file.size)
                                    .arg(key)
                                    .arg(size));
    // A storage that keeps checksums must give back the one sent; one that keeps none
    // (older MinIO, s3rver) still has the ETag, an MD5.
    if (!head.checksum.isEmpty()
            ? head.checksum == checksum
            : std::any_of(etags.cbegin(), etags.cend(), [&](const auto &etag) {
                  return head.file.providerChecksum.compare(QString::fromLatin1(etag),
                                                            Qt::CaseInsensitive) == 0;
              }))
        return {};
    return Error::transient(
        Text::tr("The bucket's checksum of %1 is not the one of the bytes sent (%2, expected "
                 "%3).")
            .arg(key,
                 head.checksum.isEmpty() ? head.file.providerChecksum
                                         : QString::fromLatin1(head.checksum),
                 QString::fromLatin1(head.checksum.isEmpty() ? etags.value(0) : checksum)));
}

Error S3Objects::fetchRetention(const QString &key, bool mode, bool legalHold, S3Head *head,
                                const CancelToken &cancel) const
{
    ObjectRetention &kept = head->file.retention;
    if (mode && kept.mode == ObjectRetention::Mode::None) {
        S3Call call;
        call.key = key;
        call.query = {{QStringLiteral("retention"), QString()}};
        call.expected = {404};
        call.what = Text::tr("Reading the retention of %1").arg(key);
        HttpResponse response;
        if (Error e = m_client.send(call, cancel, &response))
            return e;
        const S3XmlElement retention = S3XmlElement::parse(response.body);
        ObjectRetention::Mode found = ObjectRetention::Mode::None;
        const QDateTime until = parseIso(retention.value(u"RetainUntilDate"));
        if (response.status == 200 &&
            ObjectRetention::modeFromKey(retention.value(u"Mode"), &found) && until.isValid()) {
            kept.mode = found;
            kept.retainUntil = until;
        }
    }
    if (legalHold && !kept.legalHold) {
        S3Call call;
        call.key = key;
        call.query = {{QStringLiteral("legal-hold"), QString()}};
        call.expected = {404};
        call.what = Text::tr("Reading the legal hold of %1").arg(key);
        HttpResponse response;
        if (Error e = m_client.send(call, cancel, &response))
            return e;
        kept.legalHold =
            response.status == 200 && S3XmlElement::parse(response.body).value(u"Status") == u"ON";
    }
    return {};
}

Error S3Objects::readRetention(const QString &key, const ObjectRetention &asked, S3Head *head,
                               const CancelToken &cancel) const
{
    if (Error e = fetchRetention(key, asked.mode != ObjectRetention::Mode::None, asked.legalHold,
                                 head, cancel))
        return e;
    const ObjectRetention &kept = head->file.retention;
    // Asked for, but a date already past is not sent (see writeHeaders()).
    ObjectRetention expected = asked;
    if (expected.mode != ObjectRetention::Mode::None &&
        expected.retainUntil <= QDateTime::currentDateTimeUtc().addSecs(60))
        expected.mode = ObjectRetention::Mode::None;
    const QString weaker = expected.weakenedIn(kept);
    if (!weaker.isEmpty())
        return Error::storage(Text::tr("The bucket did not keep the retention asked for %1 (%2): "
                                       "%3.")
                                  .arg(key, expected.text(), weaker));
    return {};
}

} // namespace rca
