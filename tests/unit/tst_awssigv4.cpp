// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AwsSigV4 against botocore's SigV4 signer (tests/unit/sigv4_reference.py, run with every
// python3 that can import botocore: the one on PATH and Debian's /usr/bin/python3) for a table
// of S3 requests with awkward keys, queries and headers; against AWS's published examples; on
// the wire (what HttpClient sends, through QNetworkAccessManager and DirectUpload, is what was
// signed); and AwsClockSkew's reading of RequestTimeTooSkewed.
#include "net/awssigv4.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace rca;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
const AwsCredentials kKeys{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                           QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                           {}};
const QString kToken = QStringLiteral("FwoGZXIvYXdzEJr//////////wEaDH+t0k3n/a=b==");
const QByteArray kAudio = "ID3 not really an mp3"; // the body of every PUT

// Literal text in UTF-8: names, hosts, paths and query parameters.
using Utf8Query = QList<std::pair<const char *, const char *>>;

struct Case
{
    const char *name = "";
    AwsRequest request = {};
    bool unsignedPayload = false;
    bool token = false; // with kToken as the session token
    const char *region = "eu-central-1";
    QDateTime time = kTime;
    int presignExpires = 0; // > 0: a presigned URL
};

AwsRequest request(const char *method, const char *host, const char *path,
                   const Utf8Query &query = {}, HttpHeaders headers = {})
{
    AwsRequest r;
    r.method = method;
    r.host = QString::fromUtf8(host);
    r.path = QString::fromUtf8(path);
    for (const auto &[name, value] : query)
        r.query.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    r.headers = std::move(headers);
    return r;
}

AwsRequest at(AwsRequest r, const char *scheme, int port)
{
    r.scheme = QString::fromLatin1(scheme);
    r.port = port;
    return r;
}

QList<Case> cases()
{
    const char *aws = "s3.eu-central-1.amazonaws.com";
    const char *vhost = "archive.s3.eu-central-1.amazonaws.com";
    const QByteArray md5 = QCryptographicHash::hash(kAudio, QCryptographicHash::Md5).toBase64();
    const QByteArray sha256 =
        QCryptographicHash::hash(kAudio, QCryptographicHash::Sha256).toBase64();
    const QDateTime newYearsEve(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC);
    return {
        {.name = "spaces, path-style",
         .request = request("PUT", aws, "/archive/2026/01/Call with  two  spaces .mp3", {},
                            {{"Content-Type", "audio/mpeg"}, {"Content-MD5", md5}})},
        {.name = "plus and sub-delims, virtual-hosted",
         .request = request("PUT", vhost, "/a+b/c+d=e&f;g,h!$'()*.mp3")},
        {.name = "unicode", .request = request("PUT", vhost, "/Müller/Anruf – 1.mp3")},
        {.name = "japanese", .request = request("PUT", vhost, "/録音/通話 2026-01-02 午前.mp3")},
        {.name = "percent, literal",
         .request = request("PUT", vhost, "/100% sure/a%2Fb/%41%7E%20.mp3")},
        {.name = "tilde, colon, at, hash, question mark",
         .request = request("PUT", vhost, "/~user/a:b@c#d?e[f]g.mp3")},
        {.name = "empty segments", .request = request("GET", vhost, "/a//b/trailing/")},
        {.name = "root", .request = request("GET", vhost, "/")},
        {.name = "list with = and / in values",
         .request =
             request("GET", vhost, "/",
                     {{"list-type", "2"},
                      {"prefix", "2026/01/Müller "},
                      {"delimiter", "/"},
                      {"continuation-token", "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="},
                      {"max-keys", "1000"},
                      {"encoding-type", "url"}})},
        {.name = "non-default port, http",
         .request = at(request("PUT", "127.0.0.1", "/archive/x y+z.mp3"), "http", 9000),
         .region = "us-east-1"},
        {.name = "default port given, upper-case host",
         .request = at(request("GET", "Archive.S3.Amazonaws.COM", "/k.mp3"), "https", 443),
         .region = "us-east-1"},
        {.name = "ipv6", .request = at(request("GET", "::1", "/archive/k.mp3"), "http", 9000)},
        {.name = "create multipart upload with object lock, session token",
         .request = request("POST", vhost, "/big file.mp3", {{"uploads", ""}},
                            {{"Content-Type", "audio/mpeg"},
                             {"x-amz-object-lock-mode", "COMPLIANCE"},
                             {"x-amz-object-lock-retain-until-date", "2033-01-02T03:04:05Z"},
                             {"x-amz-storage-class", "STANDARD_IA"},
                             {"x-amz-server-side-encryption", "AES256"},
                             {"x-amz-checksum-algorithm", "SHA256"}}),
         .token = true},
        {.name = "upload part",
         .request = request("PUT", vhost, "/big file.mp3",
                            {{"uploadId", "abc/def+ghi=="}, {"partNumber", "3"}},
                            {{"x-amz-checksum-sha256", sha256}})},
        {.name = "upload id with a literal %2F",
         .request = request("PUT", vhost, "/big file.mp3",
                            {{"partNumber", "10"}, {"uploadId", "abc%2Fdef"}})},
        {.name = "bucket object lock",
         .request = request("GET", vhost, "/", {{"object-lock", ""}})},
        {.name = "path-style object lock, session token",
         .request = request("GET", aws, "/archive", {{"object-lock", ""}}),
         .token = true},
        {.name = "repeated and sorted query names",
         .request = request("GET", vhost, "/", {{"b", "2"}, {"a", "z"}, {"a", "y"}, {"A", "x"}})},
        {.name = "header whitespace, repeats, case, unsigned ones",
         .request = request("PUT", vhost, "/k.mp3", {},
                            {{"X-Amz-Meta-Note", "  two   spaces  and\ttab "},
                             {"x-amz-meta-tag", "one"},
                             {"X-AMZ-META-TAG", "two"},
                             {"User-Agent", "rc-archiver/1.0"},
                             {"Content-MD5", md5}})},
        {.name = "put with object lock headers, session token",
         .request = request("PUT", vhost, "/2026/01/02/Anruf von +49 30 1234.mp3", {},
                            {{"Content-MD5", md5},
                             {"x-amz-checksum-sha256", sha256},
                             {"x-amz-object-lock-mode", "GOVERNANCE"},
                             {"x-amz-object-lock-retain-until-date", "2030-12-31T23:59:59Z"},
                             {"x-amz-object-lock-legal-hold", "ON"},
                             {"x-amz-storage-class", "GLACIER_IR"},
                             {"x-amz-server-side-encryption", "aws:kms"}}),
         .token = true},
        {.name = "unsigned payload",
         .request = request("PUT", vhost, "/stream.mp3"),
         .unsignedPayload = true},
        {.name = "empty body, midnight on new year's eve",
         .request = request("DELETE", vhost, "/k.mp3"),
         .region = "us-west-2",
         .time = newYearsEve},
        {.name = "presigned get with token",
         .request = request("GET", vhost, "/Müller/Anruf – 1.mp3", {{"versionId", "3/L4kqtJl+"}}),
         .token = true,
         .presignExpires = 3600},
        {.name = "presigned put with a signed header",
         .request = request("PUT", aws, "/archive/a b+c.mp3", {}, {{"Content-Type", "audio/mpeg"}}),
         .presignExpires = 604800},
    };
}

QByteArray bodyOf(const Case &c)
{
    return c.request.method == "PUT" && c.presignExpires == 0 ? kAudio : QByteArray();
}

AwsSigV4 signerFor(const Case &c)
{
    AwsCredentials keys = kKeys;
    if (c.token)
        keys.sessionToken = kToken;
    return AwsSigV4(keys, QString::fromUtf8(c.region));
}

AwsRequest withPayload(const Case &c)
{
    AwsRequest r = c.request;
    r.payloadHash =
        c.unsignedPayload ? AwsSigV4::unsignedPayload() : AwsSigV4::payloadHash(bodyOf(c));
    return r;
}

QJsonObject spec(const Case &c)
{
    QJsonArray query;
    for (const auto &[name, value] : c.request.query)
        query.append(QJsonArray{name, value});
    QJsonArray headers;
    for (const auto &[name, value] : c.request.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return {
        {u"method"_s, QString::fromLatin1(c.request.method)},
        {u"scheme"_s, c.request.scheme},
        {u"host"_s, c.request.host.contains(u':') ? u'[' + c.request.host + u']' : c.request.host},
        {u"port"_s, c.request.port > 0 ? QJsonValue(c.request.port) : QJsonValue()},
        {u"path"_s, c.request.path},
        {u"query"_s, query},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(bodyOf(c))},
        {u"unsigned_payload"_s, c.unsignedPayload},
        {u"region"_s, QString::fromUtf8(c.region)},
        {u"service"_s, u"s3"_s},
        {u"access_key"_s, kKeys.accessKeyId},
        {u"secret_key"_s, kKeys.secretAccessKey},
        {u"token"_s, c.token ? QJsonValue(kToken) : QJsonValue()},
        {u"time"_s, QString::fromLatin1(AwsSigV4::amzDate(c.time))},
        {u"presign_expires"_s, c.presignExpires > 0 ? QJsonValue(c.presignExpires) : QJsonValue()}};
}

// botocore's answers for cases from one interpreter; false (with why) when it has no botocore.
bool runReference(const QString &python, const QList<Case> &list, QString *version,
                  QJsonArray *results, QString *why)
{
    QJsonArray specs;
    for (const Case &c : list)
        specs.append(spec(c));
    QProcess process;
    process.start(python, {QStringLiteral(RCA_SOURCE_DIR "/tests/unit/sigv4_reference.py")});
    if (!process.waitForStarted()) {
        *why = python + u" does not start"_s;
        return false;
    }
    process.write(QJsonDocument(specs).toJson());
    process.closeWriteChannel();
    process.waitForFinished(60000);
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 3) {
        *why = QString::fromUtf8(err.trimmed()); // no botocore
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(python), err.constData());
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    *version = out.value("botocore"_L1).toString();
    *results = out.value("results"_L1).toArray();
    return true;
}

// "/p?q" of an absolute URL as text, without QUrl (which the signer is checked against).
std::pair<QByteArray, QByteArray> pathAndQuery(const QByteArray &url)
{
    const qsizetype slash = url.indexOf('/', url.indexOf("://") + 3);
    const QByteArray target = slash < 0 ? QByteArray("/") : url.mid(slash);
    const qsizetype question = target.indexOf('?');
    return question < 0 ? std::pair(target, QByteArray())
                        : std::pair(target.left(question), target.mid(question + 1));
}

// botocore's prepared URL writes a space in the query as '+' (it signs %20); a '+' in a value is
// %2B there, so every '+' is a space.
QList<QByteArray> sortedParameters(QByteArray query)
{
    QList<QByteArray> parameters = query.replace("+", "%20").split('&');
    for (QByteArray &parameter : parameters) {
        if (!parameter.contains('='))
            parameter += '='; // "?uploads" as S3 reads it
    }
    std::sort(parameters.begin(), parameters.end());
    return parameters;
}

QByteArray header(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Fails with both texts whole, which QCOMPARE would cut.
#define COMPARE_TEXT(actual, expected, what)                                                       \
    do {                                                                                           \
        const QByteArray a_ = (actual);                                                            \
        const QByteArray e_ = (expected);                                                          \
        if (a_ != e_)                                                                              \
            QFAIL(qPrintable(QStringLiteral("%1 differs\n--- ours:\n%2\n--- botocore:\n%3")        \
                                 .arg(what, QString::fromUtf8(a_), QString::fromUtf8(e_))));       \
    } while (false)

// One HTTP request as it arrived: the request line's target and the headers, byte for byte.
struct Captured
{
    QByteArray method, target;
    HttpHeaders headers;
};

// Answers every request with 200 and keeps what arrived. Test thread only (HttpClient's local
// event loop serves it).
class CapturingServer : public QObject
{
public:
    CapturingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<Captured> received;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Captured request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qint64 size = end + 4 + header(request.headers, "Content-Length").toLongLong();
        if (buffer.size() < size)
            return;
        buffer.remove(0, size);
        received.append(request);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestAwsSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void awsDocumentedExamples();
    void encoding();
    void matchesBotocore();
    void sentAsSigned();
    void refusesWhatQtWouldChange();
    void clockSkew();
    void clockSkewMessage();

private:
    QStringList m_pythons; // distinct interpreters to ask, the one on PATH first
};

void TestAwsSigV4::initTestCase()
{
    m_pythons = {QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s};
    m_pythons.removeAll(QString());
    m_pythons.removeDuplicates();
}

// AWS's own worked examples (Signature Version 4 for S3: "GET Object" with a Range header, and
// a presigned URL), which need no botocore.
void TestAwsSigV4::awsDocumentedExamples()
{
    const AwsSigV4 signer(kKeys, u"us-east-1"_s);
    const QDateTime time(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
    AwsRequest r =
        request("GET", "examplebucket.s3.amazonaws.com", "/test.txt", {}, {{"Range", "bytes=0-9"}});
    r.payloadHash = AwsSigV4::payloadHash({});
    AwsSignedRequest signedRequest;
    QVERIFY(!signer.sign(r, time, &signedRequest));
    QCOMPARE(header(signedRequest.headers, "Authorization"),
             "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
             "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
             "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    QCOMPARE(header(signedRequest.headers, "x-amz-date"), "20130524T000000Z");

    QUrl presigned;
    QVERIFY(!signer.presign(request("GET", "examplebucket.s3.amazonaws.com", "/test.txt"), time,
                            86400, &presigned));
    QCOMPARE(presigned.toEncoded(),
             "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
             "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&"
             "X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&"
             "X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
}

void TestAwsSigV4::encoding()
{
    QCOMPARE(AwsSigV4::uriEncode(u"a b+c%d/e~f-g_h.i"), "a%20b%2Bc%25d%2Fe~f-g_h.i");
    QCOMPARE(AwsSigV4::uriEncode(u"a b/c", true), "a%20b/c");
    QCOMPARE(AwsSigV4::uriEncode(u"Mü日"), "M%C3%BC%E6%97%A5");
    QCOMPARE(AwsSigV4::canonicalPath(u""), "/");
    QCOMPARE(AwsSigV4::canonicalPath(u"/b/a%2Fb"), "/b/a%252Fb");
    QCOMPARE(AwsSigV4::canonicalQuery({{u"uploadId"_s, u"abc/def"_s}, {u"partNumber"_s, u"3"_s}}),
             "partNumber=3&uploadId=abc%2Fdef");
    QCOMPARE(AwsSigV4::canonicalQuery({{u"uploads"_s, QString()}}), "uploads=");
}

void TestAwsSigV4::matchesBotocore()
{
    const QList<Case> list = cases();
    QStringList asked;
    QStringList why;
    for (const QString &python : std::as_const(m_pythons)) {
        QString version;
        QJsonArray results;
        if (!runReference(python, list, &version, &results, &why.emplace_back()))
            continue;
        asked.append(python + QStringLiteral(" (botocore ") + version + u')');
        QCOMPARE(results.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Case &c = list.at(i);
            const QString what =
                QString::fromUtf8(c.name) + QStringLiteral(", botocore ") + version;
            const QJsonObject expected = results.at(i).toObject();
            const auto [path, query] = pathAndQuery(expected.value("url"_L1).toString().toUtf8());
            if (c.presignExpires > 0) {
                QUrl url;
                QVERIFY2(!signerFor(c).presign(c.request, c.time, c.presignExpires, &url),
                         qPrintable(what));
                const auto [ourPath, ourQuery] = pathAndQuery(url.toEncoded());
                COMPARE_TEXT(ourPath, path, what + QStringLiteral(": path"));
                // The same parameters, X-Amz-Signature among them, in whatever order.
                COMPARE_TEXT(sortedParameters(ourQuery).join('\n'),
                             sortedParameters(query).join('\n'), what + QStringLiteral(": query"));
                continue;
            }
            AwsSignedRequest ours;
            QVERIFY2(!signerFor(c).sign(withPayload(c), c.time, &ours), qPrintable(what));
            COMPARE_TEXT(ours.canonicalRequest,
                         expected.value("canonical_request"_L1).toString().toUtf8(),
                         what + QStringLiteral(": canonical request"));
            const QJsonObject headers = expected.value("headers"_L1).toObject();
            for (const char *name :
                 {"Authorization", "X-Amz-Date", "X-Amz-Content-SHA256", "X-Amz-Security-Token"}) {
                COMPARE_TEXT(header(ours.headers, name),
                             headers.value(QLatin1String(name)).toString().toUtf8(),
                             what + u": "_s + QLatin1String(name));
            }
            // What goes on the request line is what botocore would send.
            const auto [ourPath, ourQuery] = pathAndQuery(ours.url.toEncoded());
            COMPARE_TEXT(ourPath, path, what + QStringLiteral(": path"));
            COMPARE_TEXT(sortedParameters(ourQuery).join('\n'), sortedParameters(query).join('\n'),
                         what + QStringLiteral(": query"));
        }
    }
    if (asked.isEmpty())
        QSKIP(qPrintable(QStringLiteral("botocore is not importable by %1 (%2): install "
                                        "python3-botocore (scripts/lib/setup.sh does)")
                             .arg(m_pythons.join(u", "_s), why.join(u"; "_s))));
    qInfo("compared with %s", qPrintable(asked.join(QStringLiteral(", "))));
}

// Each case sent by HttpClient to 127.0.0.1: through QNetworkAccessManager with its own body,
// and through DirectUpload with a 20 KiB one. The request line and every signed header arrive
// exactly as signed.
void TestAwsSigV4::sentAsSigned()
{
    CapturingServer server;
    HttpClient client;
    for (const Case &c : cases()) {
        if (c.presignExpires > 0)
            continue;
        for (const bool large : {false, true}) {
            const QString what =
                QString::fromUtf8(c.name) + (large ? QStringLiteral(", direct") : QString());
            AwsRequest r = withPayload(c);
            r.scheme = QStringLiteral("http");
            r.host = QStringLiteral("127.0.0.1");
            r.port = server.port();
            HttpRequest http;
            http.body = large ? QByteArray(20 * 1024, 'x') : bodyOf(c);
            if (large) {
                r.method = "PUT";
                r.payloadHash = AwsSigV4::payloadHash(http.body);
            }
            AwsSignedRequest signedRequest;
            QVERIFY2(!signerFor(c).sign(r, c.time, &signedRequest), qPrintable(what));
            signedRequest.applyTo(http);
            const qsizetype before = server.received.size();
            const HttpResponse response = client.send(http);
            QVERIFY2(response.status == 200,
                     qPrintable(what + u": "_s + response.error().message()));
            QCOMPARE(server.received.size(), before + 1);
            const Captured arrived = server.received.last();
            QCOMPARE(arrived.method, r.method);
            COMPARE_TEXT(arrived.target, signedRequest.target, what + QStringLiteral(": target"));
            COMPARE_TEXT(signedRequest.canonicalRequest.split('\n').mid(1, 2).join('?'),
                         signedRequest.target.contains('?') ? signedRequest.target
                                                            : signedRequest.target + '?',
                         what + QStringLiteral(": canonical path and query"));
            for (const auto &[name, value] : std::as_const(signedRequest.headers)) {
                QByteArrayList values; // exactly one, as signed
                for (const auto &[key, arrivedValue] : arrived.headers) {
                    if (key.compare(name, Qt::CaseInsensitive) == 0)
                        values.append(arrivedValue);
                }
                COMPARE_TEXT(values.join('\n'), value, what + u": "_s + QString::fromLatin1(name));
            }
        }
    }
}

void TestAwsSigV4::refusesWhatQtWouldChange()
{
    const AwsSigV4 signer(kKeys, u"eu-central-1"_s);
    for (const char *path : {"/b/./k.mp3", "/b/../k.mp3", "/..", "/b/."}) {
        AwsRequest r = request("PUT", "s3.example.com", path);
        r.payloadHash = AwsSigV4::payloadHash("x");
        AwsSignedRequest out;
        const Error error = signer.sign(r, kTime, &out);
        QVERIFY2(error.kind() == Error::Kind::ItemPermanent, path);
        QVERIFY(error.message().contains(QLatin1String(path)));
        QVERIFY(out.url.isEmpty());
    }
    // Dots that are not a whole segment are ordinary characters.
    AwsRequest r = request("PUT", "s3.example.com", "/b/.../a..b/.hidden/k.");
    r.payloadHash = AwsSigV4::payloadHash("x");
    AwsSignedRequest out;
    QVERIFY(!signer.sign(r, kTime, &out));
    QCOMPARE(out.target, "/b/.../a..b/.hidden/k.");

    r.payloadHash = "not a hash";
    QCOMPARE(signer.sign(r, kTime, &out).kind(), Error::Kind::StorageFailure);
    r.payloadHash = AwsSigV4::unsignedPayload();
    r.host.clear();
    QCOMPARE(signer.sign(r, kTime, &out).kind(), Error::Kind::StorageFailure);
}

void TestAwsSigV4::clockSkew()
{
    const auto skewOf = [](const QByteArray &body, const QByteArray &date = {}, int status = 403) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        if (!date.isEmpty())
            r.headers.append({"Date", date});
        return AwsClockSkew::fromResponse(r, kTime);
    };
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>RequestTimeTooSkewed</Code>"
        "<Message>The difference between the request time and the current time is too "
        "large.</Message><RequestTime>20260102T030000Z</RequestTime><ServerTime>2026-01-02T03:"
        "34:10Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"
        "<RequestId>4442587FB7D0A2F9</RequestId></Error>";
    AwsClockSkew skew = skewOf(body, "Fri, 02 Jan 2026 09:00:00 GMT");
    // The body's times win over the caller's and the Date header.
    QCOMPARE(skew.localUtc, QDateTime(QDate(2026, 1, 2), QTime(3, 0), Qt::UTC));
    QCOMPARE(skew.storageUtc, QDateTime(QDate(2026, 1, 2), QTime(3, 34, 10), Qt::UTC));
    QCOMPARE(skew.storageAheadSeconds(), 34 * 60 + 10);
    QVERIFY(!skewOf(body, {}, 200).isValid());

    // An HTTP-date request time (a Date-signed request), no ServerTime: the Date header.
    skew = skewOf("<Error><Code>RequestTimeTooSkewed</Code><RequestTime>Fri, 02 Jan 2026 "
                  "03:04:05 GMT</RequestTime></Error>",
                  "Fri, 02 Jan 2026 01:00:00 GMT");
    QCOMPARE(skew.localUtc, kTime);
    QCOMPARE(skew.storageUtc, QDateTime(QDate(2026, 1, 2), QTime(1, 0), Qt::UTC));
    // Nothing in the body but the code: the time signed at and the Date header.
    skew =
        skewOf("<Error><Code>RequestTimeTooSkewed</Code></Error>", "Fri, 02 Jan 2026 05:00:00 GMT");
    QCOMPARE(skew.localUtc, kTime);
    QCOMPARE(skew.storageAheadSeconds(), 7200 - 245);

    // A HEAD has no body: a Date this far off is the skew, a near one is another refusal.
    skew = skewOf({}, "Fri, 02 Jan 2026 02:30:00 GMT");
    QCOMPARE(skew.storageAheadSeconds(), -(34 * 60 + 5));
    QVERIFY(!skewOf({}, "Fri, 02 Jan 2026 03:10:00 GMT").isValid());
    QVERIFY(!skewOf("<Error><Code>SignatureDoesNotMatch</Code><RequestTime>20260102T030405Z"
                    "</RequestTime></Error>",
                    "Fri, 02 Jan 2026 05:00:00 GMT")
                 .isValid());
    QVERIFY(!skewOf("not xml", "Fri, 02 Jan 2026 05:00:00 GMT").isValid());
    QVERIFY(!AwsClockSkew::parseTime("yesterday").isValid());
    QCOMPARE(AwsClockSkew::parseTime("2026-01-02T03:04:05.250+01:00"),
             QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5, 250), Qt::UTC));
}

void TestAwsSigV4::clockSkewMessage()
{
    AwsClockSkew skew{kTime, kTime.addSecs(30 * 60 + 5)};
    QCOMPARE(skew.message(QTimeZone::utc()),
             u"This computer's clock says 2026-01-02 03:04:05 UTC; the storage's clock says "
             u"2026-01-02 03:34:10 UTC, 30 minute(s) later. Set this computer's clock right "
             u"(automatic time, and the right time zone) and try again."_s);
    skew.storageUtc = kTime.addSecs(-2 * 3600);
    const QString message = skew.message(QTimeZone("Europe/Berlin"));
    QVERIFY2(message.contains("says 2026-01-02 04:04:05 CET;"_L1), qPrintable(message));
    QVERIFY2(message.contains("says 2026-01-02 02:04:05 CET, 120 minute(s) earlier."_L1),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "tst_awssigv4.moc"
