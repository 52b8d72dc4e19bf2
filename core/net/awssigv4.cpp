// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "awssigv4.h"

#include "common/localtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QXmlStreamReader>

#include <algorithm>

namespace rca {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
constexpr int kMaxPresignSeconds = 7 * 24 * 3600;
constexpr qint64 kAllowedSkewSeconds = 15 * 60; // S3's limit

using ByteHeaders = QList<std::pair<QByteArray, QByteArray>>;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Sent unsigned, as botocore leaves them out: a proxy or Qt may change them on the way.
bool isUnsignedHeader(const QByteArray &lowerName)
{
    return lowerName == "expect" || lowerName == "user-agent" || lowerName == "x-amzn-trace-id";
}

// Set by the signer; a caller's value is replaced.
bool isSignerHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "authorization" || lowerName == "x-amz-date" ||
           lowerName == "x-amz-content-sha256" || lowerName == "x-amz-security-token";
}

bool isPayloadHash(const QByteArray &hash)
{
    if (hash == AwsSigV4::unsignedPayload())
        return true;
    return hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

Error unsignable(const QString &detail)
{
    return Error::storage(
        QCoreApplication::translate("rca::AwsSigV4",
                                    "The request to the storage could not be signed (%1).")
            .arg(detail));
}

// The Host header: the host in ASCII (IDNA), brackets around IPv6, a port other than the
// scheme's own. QNetworkAccessManager and DirectUpload send the same for the URL built from it.
QByteArray hostHeader(const AwsRequest &request)
{
    QString host = request.host.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return {};
    QByteArray out =
        host.contains(u':') ? '[' + host.toLatin1().toLower() + ']' : QUrl::toAce(host).toLower();
    if (out.isEmpty())
        return {};
    const int defaultPort = request.scheme.compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80;
    if (request.port > 0 && request.port != defaultPort)
        out += ':' + QByteArray::number(request.port);
    return out;
}

bool hasDotSegment(QStringView path)
{
    for (const QStringView segment : path.split(u'/')) {
        if (segment == u"." || segment == u"..")
            return true;
    }
    return false;
}

// "name:value\n" for each signed header, sorted by name; *signedHeaders gets "name;name".
// headers hold one value per name, already trimmed.
QByteArray canonicalHeaders(const HttpHeaders &headers, QByteArray *signedHeaders)
{
    ByteHeaders lower;
    for (const auto &[name, value] : headers) {
        if (!isUnsignedHeader(name.toLower()))
            lower.append({name.toLower(), value});
    }
    std::sort(lower.begin(), lower.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray block;
    for (const auto &[name, value] : std::as_const(lower)) {
        block += name + ':' + value + '\n';
        *signedHeaders += (signedHeaders->isEmpty() ? "" : ";") + name;
    }
    return block;
}

QByteArray joinQuery(const ByteHeaders &pairs)
{
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

// The URL of origin + target, checked to give target back on the request line both as
// QNetworkAccessManager writes it (with NormalizePathSegments) and as DirectUpload does.
bool sentAsSigned(const QByteArray &origin, const QByteArray &target, QUrl *url)
{
    *url = QUrl::fromEncoded(origin + target, QUrl::StrictMode);
    const QUrl::FormattingOptions line(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                       QUrl::RemoveFragment);
    return url->isValid() && url->toEncoded(line) == target &&
           url->toEncoded(line | QUrl::NormalizePathSegments) == target;
}

} // namespace

// Everything signed, built once for sign() and presign().
struct AwsSigV4::Canonical
{
    QByteArray date;    // yyyyMMdd, the scope's
    QByteArray amzDate; // yyyyMMddTHHmmssZ
    QByteArray host;
    QByteArray origin; // scheme://host
    QByteArray target; // path?query, as signed and sent
    HttpHeaders send;  // the request's own headers, merged and trimmed
    HttpHeaders added; // Host and the x-amz-… headers the signer sets
    QByteArray signedHeaders;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
};

AwsSigV4::AwsSigV4(AwsCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_service(std::move(service))
{}

QByteArray AwsSigV4::payloadHash(QByteArrayView body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray AwsSigV4::uriEncode(QStringView text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto byte = uchar(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;
}

QByteArray AwsSigV4::canonicalPath(QStringView path)
{
    QByteArray out = uriEncode(path, true);
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}

QByteArray AwsSigV4::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    ByteHeaders pairs;
    pairs.reserve(query.size());
    for (const auto &[name, value] : query)
        pairs.append({uriEncode(name), uriEncode(value)});
    std::sort(pairs.begin(), pairs.end());
    return joinQuery(pairs);
}

QByteArray AwsSigV4::amzDate(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray AwsSigV4::scope(const QByteArray &date) const
{
    return date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
}

QByteArray AwsSigV4::signature(const QByteArray &date, const QByteArray &stringToSign) const
{
    const QByteArray dateKey = hmac("AWS4" + m_credentials.secretAccessKey.toUtf8(), date);
    const QByteArray regionKey = hmac(dateKey, m_region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, m_service.toUtf8());
    const QByteArray signingKey = hmac(serviceKey, QByteArrayLiteral("aws4_request"));
    return hmac(signingKey, stringToSign).toHex();
}

Error AwsSigV4::canonicalize(const AwsRequest &request, const QDateTime &now, bool presigned,
                             int expiresSeconds, Canonical *out) const
{
    if (!now.isValid())
        return unsignable(QStringLiteral("no time"));
    if (m_credentials.accessKeyId.isEmpty() || m_credentials.secretAccessKey.isEmpty())
        return unsignable(QStringLiteral("no access key"));
    const QString scheme = request.scheme.toLower();
    if (scheme != u"https" && scheme != u"http")
        return unsignable(QStringLiteral("scheme %1").arg(request.scheme));
    if (!presigned && !isPayloadHash(request.payloadHash))
        return unsignable(QStringLiteral("no payload hash"));
    if (hasDotSegment(request.path)) {
        // Qt removes them before sending (QUrl::NormalizePathSegments), and S3 would check the
        // signature against the path it received.
        return Error::itemPermanent(
            QCoreApplication::translate("rca::AwsSigV4",
                                        "“%1” cannot be stored in S3-compatible storage: a "
                                        "name may not have “.” or “..” between slashes.")
                .arg(request.path));
    }
    Canonical c;
    c.host = hostHeader(request);
    if (c.host.isEmpty())
        return unsignable(QStringLiteral("no host"));
    c.origin = scheme.toLatin1() + "://" + c.host;
    c.amzDate = amzDate(now);
    c.date = c.amzDate.left(8);

    // The request's headers, one per name (QNetworkRequest keeps only the last of several).
    QList<QByteArray> lowerNames;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (isSignerHeader(lower))
            continue;
        const qsizetype at = lowerNames.indexOf(lower);
        if (at < 0) {
            lowerNames.append(lower);
            c.send.append({name.trimmed(), value.simplified()});
        } else {
            c.send[at].second += ',' + value.simplified();
        }
    }
    c.added.append({QByteArrayLiteral("Host"), c.host});
    if (!presigned) {
        c.added.append({QByteArrayLiteral("X-Amz-Date"), c.amzDate});
        c.added.append({QByteArrayLiteral("X-Amz-Content-SHA256"), request.payloadHash});
        if (!m_credentials.sessionToken.isEmpty()) {
            c.added.append(
                {QByteArrayLiteral("X-Amz-Security-Token"), m_credentials.sessionToken.toUtf8()});
        }
    }
    const QByteArray headerBlock = canonicalHeaders(c.send + c.added, &c.signedHeaders);

    QList<std::pair<QString, QString>> query = request.query;
    if (presigned) {
        if (expiresSeconds < 1 || expiresSeconds > kMaxPresignSeconds)
            return unsignable(QStringLiteral("expiry of %1 s").arg(expiresSeconds));
        query.append({QStringLiteral("X-Amz-Algorithm"), QString::fromLatin1(kAlgorithm)});
        query.append({QStringLiteral("X-Amz-Credential"),
                      m_credentials.accessKeyId + u'/' + QString::fromUtf8(scope(c.date))});
        query.append({QStringLiteral("X-Amz-Date"), QString::fromLatin1(c.amzDate)});
        query.append({QStringLiteral("X-Amz-Expires"), QString::number(expiresSeconds)});
        query.append({QStringLiteral("X-Amz-SignedHeaders"), QString::fromLatin1(c.signedHeaders)});
        if (!m_credentials.sessionToken.isEmpty())
            query.append({QStringLiteral("X-Amz-Security-Token"), m_credentials.sessionToken});
    }
    const QByteArray path = canonicalPath(request.path);
    const QByteArray canonicalQueryText = canonicalQuery(query);
    c.target = canonicalQueryText.isEmpty() ? path : path + '?' + canonicalQueryText;

    const QByteArray payload = presigned ? unsignedPayload() : request.payloadHash;
    c.canonicalRequest = request.method.toUpper() + '\n' + path + '\n' + canonicalQueryText + '\n' +
                         headerBlock + '\n' + c.signedHeaders + '\n' + payload;
    c.stringToSign =
        kAlgorithm + '\n' + c.amzDate + '\n' + scope(c.date) + '\n' +
        QCryptographicHash::hash(c.canonicalRequest, QCryptographicHash::Sha256).toHex();
    *out = std::move(c);
    return {};
}

Error AwsSigV4::sign(const AwsRequest &request, const QDateTime &now, AwsSignedRequest *out) const
{
    Canonical c;
    if (Error error = canonicalize(request, now, false, 0, &c))
        return error;
    QUrl url;
    if (!sentAsSigned(c.origin, c.target, &url))
        return unsignable(QStringLiteral("Qt would send another path"));

    const QByteArray authorization =
        kAlgorithm + " Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope(c.date) +
        ", SignedHeaders=" + c.signedHeaders + ", Signature=" + signature(c.date, c.stringToSign);
    AwsSignedRequest signedRequest;
    signedRequest.method = request.method.toUpper();
    signedRequest.url = url;
    signedRequest.target = c.target;
    signedRequest.headers = c.send + c.added;
    signedRequest.headers.append({QByteArrayLiteral("Authorization"), authorization});
    signedRequest.canonicalRequest = c.canonicalRequest;
    signedRequest.stringToSign = c.stringToSign;
    *out = std::move(signedRequest);
    return {};
}

Error AwsSigV4::presign(const AwsRequest &request, const QDateTime &now, int expiresSeconds,
                        QUrl *out) const
{
    Canonical c;
    if (Error error = canonicalize(request, now, true, expiresSeconds, &c))
        return error;
    const QByteArray target = c.target + "&X-Amz-Signature=" + signature(c.date, c.stringToSign);
    QUrl url;
    if (!sentAsSigned(c.origin, target, &url))
        return unsignable(QStringLiteral("Qt would send another path"));
    *out = url;
    return {};
}

void AwsSignedRequest::applyTo(HttpRequest &request) const
{
    request.method = method;
    request.url = url;
    request.headers.removeIf([this](const auto &header) {
        return std::any_of(headers.begin(), headers.end(), [&header](const auto &own) {
            return own.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
    });
    request.headers += headers;
    request.followRedirects = false;
}

// AwsClockSkew

QDateTime AwsClockSkew::parseTime(QByteArrayView text)
{
    const QString value = QString::fromLatin1(text).trimmed();
    if (value.size() == 16 && value.at(8) == u'T' && value.endsWith(u'Z')) {
        const QDate date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(value.mid(9, 6), QStringLiteral("HHmmss"));
        return date.isValid() && time.isValid() ? QDateTime(date, time, QTimeZone::utc())
                                                : QDateTime();
    }
    const QDateTime iso = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toUTC();
    // An HTTP-date (IMF-fixdate), as in the Date header.
    const QDateTime http = QLocale::c().toDateTime(
        value.simplified(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    return http.isValid() ? QDateTime(http.date(), http.time(), QTimeZone::utc()) : QDateTime();
}

AwsClockSkew AwsClockSkew::fromErrorBody(const QByteArray &body, const QByteArray &dateHeader,
                                         const QDateTime &signedAt)
{
    QXmlStreamReader xml(body);
    QString code;
    QByteArray requestTime;
    QByteArray serverTime;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"Code")
            code = xml.readElementText();
        else if (name == u"RequestTime")
            requestTime = xml.readElementText().toLatin1();
        else if (name == u"ServerTime")
            serverTime = xml.readElementText().toLatin1();
    }
    if (code != u"RequestTimeTooSkewed")
        return {};
    AwsClockSkew skew;
    skew.localUtc = parseTime(requestTime);
    if (!skew.localUtc.isValid())
        skew.localUtc = signedAt.toUTC();
    skew.storageUtc = parseTime(serverTime);
    if (!skew.storageUtc.isValid())
        skew.storageUtc = parseTime(dateHeader);
    return skew;
}

AwsClockSkew AwsClockSkew::fromResponse(const HttpResponse &response, const QDateTime &signedAt)
{
    if (response.status != 403)
        return {};
    const QByteArray date = response.header("Date");
    if (!response.body.trimmed().isEmpty())
        return fromErrorBody(response.body, date, signedAt);
    // A HEAD answer has no body to name the error: only a clock this far off is a skew.
    AwsClockSkew skew{signedAt.toUTC(), parseTime(date)};
    if (!skew.isValid() || qAbs(skew.storageAheadSeconds()) <= kAllowedSkewSeconds)
        return {};
    return skew;
}

QString AwsClockSkew::message(const QTimeZone &zone) const
{
    const auto text = [&zone](const QDateTime &utc) {
        return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
               u' ' + timeZoneLabel(utc, zone);
    };
    const qint64 ahead = storageAheadSeconds();
    const int minutes = int((qAbs(ahead) + 30) / 60);
    const QString message =
        ahead >= 0
            ? QCoreApplication::translate(
                  "rca::AwsSigV4",
                  "This computer's clock says %1; the storage's clock says %2, %n minute(s) "
                  "later. Set this computer's clock right (automatic time, and the right time "
                  "zone) and try again.",
                  nullptr, minutes)
            : QCoreApplication::translate(
                  "rca::AwsSigV4",
                  "This computer's clock says %1; the storage's clock says %2, %n minute(s) "
                  "earlier. Set this computer's clock right (automatic time, and the right time "
                  "zone) and try again.",
                  nullptr, minutes);
    return message.arg(text(localUtc), text(storageUtc));
}

} // namespace rca
