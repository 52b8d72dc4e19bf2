// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3client.h"

#include "logging/logging.h"
#include "s3xml.h"

#include <QCoreApplication>

namespace rca {

namespace {

// The translation context of the connector's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)
};

RetryPolicy::Options retryOptions(int baseMs)
{
    RetryPolicy::Options options;
    options.maxAttempts = 5;
    options.maxWaits = 8;
    options.baseDelayMs = baseMs;
    options.maxDelayMs = 30 * 1000;
    return options;
}

} // namespace

S3Client::S3Client(const S3Config &config, const QString &secretAccessKey)
    : m_config(config)
    , m_credentials{config.accessKeyId, secretAccessKey, {}}
    , m_retry(retryOptions(config.retryBaseMs))
{}

QString S3Client::errorCode(const HttpResponse &response, QString *message)
{
    if (response.body.isEmpty())
        return {};
    bool ok = false;
    const S3XmlElement error = S3XmlElement::parse(response.body, &ok);
    if (!ok || error.name != u"Error")
        return {};
    if (message)
        *message = error.value(u"Message");
    return error.value(u"Code");
}

Error S3Client::errorFor(const HttpResponse &response, const QString &what,
                         const QDateTime &signedAt) const
{
    const QString prefix = what.isEmpty() ? QString() : what + QStringLiteral(": ");
    if (response.cancelled)
        return Error::cancelled();
    if (response.transportFailed())
        return response.error(what);
    QString message;
    const QString code = errorCode(response, &message);
    const QString bucket = m_config.bucket;
    const QString key = m_config.accessKeyId;
    if (const AwsClockSkew skew = AwsClockSkew::fromResponse(response, signedAt); skew.isValid())
        return Error::storage(prefix + skew.message());
    if (code == u"InvalidAccessKeyId")
        return Error::reconnect(
            prefix +
            Text::tr("The storage does not know the access key %1 (InvalidAccessKeyId). It may "
                     "have been deleted or belong to another account or endpoint: create a "
                     "key and connect the storage again.")
                .arg(key));
    if (code == u"SignatureDoesNotMatch")
        return Error::reconnect(
            prefix +
            Text::tr("The storage refused the signature (SignatureDoesNotMatch): the secret "
                     "access key does not belong to %1. Connect the storage again with the "
                     "right secret.")
                .arg(key));
    if (code == u"ExpiredToken" || code == u"TokenRefreshRequired")
        return Error::reconnect(prefix +
                                Text::tr("The access key %1 has expired. Create a new key and "
                                         "connect the storage again.")
                                    .arg(key));
    if (code == u"NoSuchBucket")
        return Error::storage(prefix +
                              Text::tr("The bucket \"%1\" does not exist at %2 "
                                       "(NoSuchBucket). Check the bucket's name and region.")
                                  .arg(bucket, m_config.endpoint.toString()));
    if (code == u"QuotaExceeded" || code == u"StorageQuotaExceeded" ||
        code == u"storage_cap_exceeded")
        return Error::storage(prefix +
                              Text::tr("The storage is full: the account's quota is used up "
                                       "(%1). Raise the quota or free space; nothing was "
                                       "lost, and the job tries again later.")
                                  .arg(code));
    if (code == u"AccessDenied" || code == u"AllAccessDisabled" || response.status == 403) {
        if (message.contains(u"object lock", Qt::CaseInsensitive))
            return Error::itemPermanent(
                prefix + Text::tr("The object is protected by Object Lock and cannot be changed."));
        return Error::storage(
            prefix +
            Text::tr("The storage refused access to the bucket \"%1\" (%2). The access key "
                     "%3 needs s3:ListBucket, s3:GetObject, s3:PutObject, "
                     "s3:AbortMultipartUpload, s3:ListBucketMultipartUploads, "
                     "s3:ListMultipartUploadParts and, for Object "
                     "Lock, s3:GetBucketObjectLockConfiguration, s3:GetObjectRetention, "
                     "s3:PutObjectRetention and s3:PutObjectLegalHold.")
                .arg(bucket, code.isEmpty() ? QStringLiteral("403") : code, key));
    }
    if (code == u"BadDigest" || code == u"XAmzContentSHA256Mismatch" || code == u"IncompleteBody" ||
        code == u"RequestTimeout")
        return Error::transient(prefix + Text::tr("The bytes arrived damaged or incomplete at the "
                                                  "storage (%1); they are sent again.")
                                             .arg(code));
    // A server that lacks the operation (s3rver has no ListParts or ListMultipartUploads):
    // asking again does not help; the caller decides whether it can do without.
    if (code == u"NotImplemented" || code == u"MethodNotAllowed" || response.status == 501 ||
        response.status == 405)
        return Error::storage(prefix +
                              Text::tr("The storage does not support this request "
                                       "(%1).")
                                  .arg(code.isEmpty() ? QString::number(response.status) : code))
            .withDetail(QStringLiteral("unsupported"), true);
    if (code == u"SlowDown" || response.status == 503 || response.status == 429)
        return Error::transient(
            prefix + Text::tr("The storage asks to slow down (%1); the job "
                              "tries again later.")
                         .arg(code.isEmpty() ? QString::number(response.status) : code),
            response.retryAfterSeconds());
    if (response.status >= 500)
        return Error::transient(prefix + Text::tr("The storage failed (%1 %2).")
                                             .arg(response.status)
                                             .arg(code.isEmpty() ? message : code));
    if (code == u"InvalidRequest" && message.contains(u"Object Lock", Qt::CaseInsensitive))
        return Error::storage(prefix +
                              Text::tr("The bucket \"%1\" has no Object Lock, but retention "
                                       "is asked for (%2). Use a bucket created with Object "
                                       "Lock, or connect again without retention.")
                                  .arg(bucket, message));
    // Anything else stops the job without giving up on an item: the next job tries again.
    return Error::storage(prefix +
                          Text::tr("The storage answered %1 %2: %3")
                              .arg(response.status)
                              .arg(code.isEmpty() ? QString::fromLatin1(response.reason) : code,
                                   message.isEmpty() ? Text::tr("no explanation") : message));
}

RetryDecision S3Client::classify(const HttpResponse &response, int retryAfterSeconds,
                                 const S3Call &call, const QDateTime &signedAt) const
{
    if (response.isSuccess() || call.expected.contains(response.status))
        return RetryDecision::succeed();
    if (call.sendOnce && response.transportFailed() && response.requestSent)
        return RetryDecision::fail(response.error(call.what));
    const Error error = errorFor(response, call.what, signedAt);
    if (error.kind() != Error::Kind::Transient)
        return RetryDecision::fail(error);
    const QString code = errorCode(response);
    if ((code == u"SlowDown" || response.status == 429 || response.status == 503) &&
        retryAfterSeconds >= 0)
        return RetryDecision::wait(error, qint64(retryAfterSeconds) * 1000);
    return RetryDecision::retry(error);
}

Error S3Client::send(const S3Call &call, const CancelToken &cancel, HttpResponse *response) const
{
    AwsRequest aws;
    aws.method = call.method;
    aws.scheme = m_config.endpoint.scheme();
    aws.port = m_config.endpoint.port(-1);
    const QString key = call.key;
    if (m_config.virtualHosted) {
        aws.host = m_config.bucket + u'.' + m_config.endpoint.host();
        aws.path = u'/' + key;
    } else {
        aws.host = m_config.endpoint.host();
        aws.path = u'/' + m_config.bucket + (key.isEmpty() ? QString() : u'/' + key);
    }
    aws.query = call.query;
    aws.headers = call.headers;
    aws.payloadHash =
        call.bodySha256.isEmpty() ? AwsSigV4::payloadHash(call.body) : call.bodySha256;
    const AwsSigV4 signer(m_credentials, m_config.region);

    HttpRequest request;
    request.body = call.body;
    request.sendOnce = call.sendOnce;
    request.onData = call.onData;
    request.transferTimeoutMs = 120 * 1000;
    QDateTime signedAt;
    RetryPolicy::Hooks hooks;
    hooks.prepare = [&](HttpRequest &r) -> Error {
        signedAt = QDateTime::currentDateTimeUtc();
        AwsSignedRequest signedRequest;
        if (Error e = signer.sign(aws, signedAt, &signedRequest))
            return Error::itemPermanent(call.what + QStringLiteral(": ") + e.message());
        signedRequest.applyTo(r);
        return {};
    };
    Error e = m_retry.run(
        HttpClient(), request,
        [&](const HttpResponse &answer, int retryAfter) {
            return classify(answer, retryAfter, call, signedAt);
        },
        hooks, cancel, response);
    if (e) {
        e.withDetail(QStringLiteral("s3Code"), errorCode(*response));
        qCWarning(lcStorage).noquote()
            << "S3" << call.method << call.key << "failed:" << e.message();
    }
    return e;
}

} // namespace rca
