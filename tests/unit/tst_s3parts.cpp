// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The S3 connector's rules that need no server, on its own sources: the part size that keeps
// every upload within S3's 10,000 parts, the options set-up refuses (bucket and region names,
// prefixes with dot segments, dotted buckets under virtual-hosted TLS, retention periods), the
// retention an item is written with (whole seconds from its creation, none once past), and the
// XML reader on malformed answers.
#include "s3config.h"
#include "s3objects.h"
#include "s3upload.h"
#include "s3xml.h"

#include <QJsonDocument>
#include <QTest>

using namespace rca;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;

QByteArray header(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

class TestS3Parts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partSizeKeepsWithinTenThousandParts();
    void optionsAreChecked_data();
    void optionsAreChecked();
    void settingsRoundTrip();
    void retentionCountsFromTheItem();
    void xmlReader();
};

void TestS3Parts::partSizeKeepsWithinTenThousandParts()
{
    QCOMPARE(S3Upload::partSizeFor(8 * MiB, 256 * MiB, 1), 8 * MiB);
    // 100 GiB in 8 MiB parts would need 12,800: the size grows to whole MiB that fit.
    const qint64 large = 100LL * 1024 * MiB;
    const qint64 part = S3Upload::partSizeFor(8 * MiB, large, 1);
    QVERIFY(part > 8 * MiB);
    QCOMPARE(part % MiB, 0);
    QVERIFY((large + part - 1) / part <= 10000);
    // An unknown size doubles the part every 1,000 parts: 5 TiB fits in 10,000.
    QCOMPARE(S3Upload::partSizeFor(8 * MiB, -1, 1000), 8 * MiB);
    QCOMPARE(S3Upload::partSizeFor(8 * MiB, -1, 1001), 16 * MiB);
    qint64 total = 0;
    for (int n = 1; n <= 10000; ++n)
        total += S3Upload::partSizeFor(8 * MiB, -1, n);
    QVERIFY(total >= 5LL * 1024 * 1024 * MiB);
}

void TestS3Parts::optionsAreChecked_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("says");
    const QVariantMap base{{u"bucket"_s, u"archive"_s}, {u"accessKeyId"_s, u"AK"_s}};
    auto with = [&](const QString &key, const QVariant &value) {
        QVariantMap options = base;
        options.insert(key, value);
        return options;
    };
    QTest::newRow("bucket") << with(u"bucket"_s, u"Archive_1"_s) << u"is not a bucket name"_s;
    QTest::newRow("region") << with(u"region"_s, u"eu central"_s) << u"is not a region"_s;
    QTest::newRow("dot-dot") << with(u"prefix"_s, u"a/../b/"_s) << u"must not start"_s;
    QTest::newRow("slash") << with(u"prefix"_s, u"/abs/"_s) << u"must not start"_s;
    QTest::newRow("endpoint path")
        << with(u"endpoint"_s, u"https://minio.example/bucket"_s) << u"must not have a path"_s;
    QTest::newRow("endpoint scheme")
        << with(u"endpoint"_s, u"ftp://minio.example"_s) << u"is not an http"_s;
    QVariantMap dotted = with(u"bucket"_s, u"acme.archive"_s);
    dotted.insert(u"addressing"_s, u"virtual"_s);
    QTest::newRow("dotted virtual") << dotted << u"has dots"_s;
    QVariantMap period = with(u"retentionMode"_s, u"governance"_s);
    period.insert(u"retentionDays"_s, 0);
    QTest::newRow("period") << period << u"from 1 to 36500 days"_s;
    QTest::newRow("mode") << with(u"retentionMode"_s, u"worm"_s) << u"Unknown retention mode"_s;
    QTest::newRow("part") << with(u"partSizeMiB"_s, 4) << u"from 5 MiB"_s;
}

void TestS3Parts::optionsAreChecked()
{
    QFETCH(QVariantMap, options);
    QFETCH(QString, says);
    S3Config config;
    QString secret;
    const Error e = S3Config::fromOptions(options, &config, &secret);
    QVERIFY2(e.message().contains(says), qPrintable(e.message()));
}

void TestS3Parts::settingsRoundTrip()
{
    S3Config config;
    QString secret;
    QVERIFY(!S3Config::fromOptions({{u"bucket"_s, u"archive"_s},
                                    {u"region"_s, u"eu-central-1"_s},
                                    {u"prefix"_s, u"calls"_s},
                                    {u"accessKeyId"_s, u"AK"_s},
                                    {u"secretAccessKey"_s, u"SECRET"_s},
                                    {u"retentionMode"_s, u"compliance"_s},
                                    {u"retentionDays"_s, 2555},
                                    {u"encryption"_s, u"sse-kms"_s},
                                    {u"kmsKeyId"_s, u"alias/archive"_s}},
                                   &config, &secret));
    QCOMPARE(secret, u"SECRET"_s);
    QCOMPARE(config.prefix, u"calls/"_s);
    QVERIFY(config.virtualHosted); // AWS: virtual-hosted by default
    QCOMPARE(config.endpoint.toString(), u"https://s3.eu-central-1.amazonaws.com"_s);
    const QJsonObject settings = config.toSettings();
    QVERIFY(!QJsonDocument(settings).toJson().contains("SECRET"));
    S3Config again;
    QVERIFY(!S3Config::fromSettings(settings, &again));
    QCOMPARE(again.toSettings(), settings);
    QCOMPARE(again.retentionMode, ObjectRetention::Mode::Compliance);
    QCOMPARE(again.encryption, u"aws:kms"_s);
    QCOMPARE(again.location(), u"s3://archive/calls/ (AWS, eu-central-1)"_s);
    // Elsewhere, path-style unless asked.
    QVERIFY(!S3Config::fromSettings(
        {{u"endpoint"_s, u"http://127.0.0.1:9000"_s}, {u"bucket"_s, u"archive"_s}}, &again));
    QVERIFY(!again.virtualHosted);
    QVERIFY(again.consoleUrl().isEmpty());
}

void TestS3Parts::retentionCountsFromTheItem()
{
    S3Config config;
    config.retentionMode = ObjectRetention::Mode::Governance;
    config.retentionDays = 30;
    config.legalHold = true;
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-3).addMSecs(-250);
    const ObjectRetention retention = config.retentionFor(created);
    QCOMPARE(retention.retainUntil.time().msec(), 0);
    QCOMPARE(retention.retainUntil.toSecsSinceEpoch(), created.addDays(30).toSecsSinceEpoch());
    HttpHeaders headers = S3Objects::writeHeaders(config, created);
    QCOMPARE(header(headers, "x-amz-object-lock-mode"), QByteArray("GOVERNANCE"));
    QCOMPARE(QDateTime::fromString(
                 QString::fromLatin1(header(headers, "x-amz-object-lock-retain-until-date")),
                 Qt::ISODateWithMs),
             retention.retainUntil);
    QCOMPARE(header(headers, "x-amz-object-lock-legal-hold"), QByteArray("ON"));
    // An item older than the period: its date has passed; S3 would refuse it.
    headers = S3Objects::writeHeaders(config, created.addDays(-40));
    QVERIFY(header(headers, "x-amz-object-lock-mode").isEmpty());
    QCOMPARE(header(headers, "x-amz-object-lock-legal-hold"), QByteArray("ON"));
}

void TestS3Parts::xmlReader()
{
    bool ok = true;
    QVERIFY(S3XmlElement::parse("<Error><Code>NoSuchKey</Code>", &ok).isNull());
    QVERIFY(!ok);
    QVERIFY(S3XmlElement::parse("not xml", &ok).isNull());
    const S3XmlElement e = S3XmlElement::parse(
        "<?xml version=\"1.0\"?><ListPartsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        "<Part><PartNumber>1</PartNumber><ETag>&quot;a&quot;</ETag></Part>"
        "<Part><PartNumber>2</PartNumber></Part><IsTruncated>false</IsTruncated>"
        "</ListPartsResult>",
        &ok);
    QVERIFY(ok);
    QCOMPARE(e.name, u"ListPartsResult"_s);
    QCOMPARE(e.all(u"Part").size(), 2);
    QCOMPARE(e.all(u"Part").first()->value(u"ETag"), u"\"a\""_s);
    QCOMPARE(e.value(u"Missing"), QString());
}

QTEST_GUILESS_MAIN(TestS3Parts)
#include "tst_s3parts.moc"
