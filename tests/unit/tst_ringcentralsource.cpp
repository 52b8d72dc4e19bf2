// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralSource, RingCentralApi and RingCentralAccount against the real fake RingCentral
// server (tests/fakes/ringcentral, a subprocess on 127.0.0.1): listings for the admin and the
// extension view, downloads checked against the fake's ground truth, Range resume, retries,
// token refresh, reconnect, the company call log 403 and 429 penalties.
#include "archive/contenttype.h"
#include "fakeringcentral.h"

#include "oauth/oauthsession.h"
#include "ringcentral/ringcentralitems.h"
#include "ringcentral/ringcentralsource.h"
#include "sources/sourcefactory.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace rca;
using namespace rca::test;

namespace {

const QString kKey = QStringLiteral("profile-1/ringcentral/tokens");

TimeWindow everything()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return TimeWindow(now.addDays(-60), now.addDays(2));
}

RingCentralSource::Options fastOptions(int perPage = 1000)
{
    RingCentralSource::Options options;
    options.perPage = perPage;
    options.api.backoffScale = 0.01;
    return options;
}

struct Listing
{
    Error error;
    QList<ArchiveItem> items;
    int batches = 0;
};

Listing list(RingCentralSource &source, ItemTypes types)
{
    Listing result;
    result.error = source.listItems(everything(), types, CancelToken(),
                                    [&result](const QList<ArchiveItem> &batch) {
                                        ++result.batches;
                                        result.items += batch;
                                        return Error();
                                    });
    return result;
}

QString describe(const Error &error)
{
    return Error::kindName(error.kind()) + QStringLiteral(": ") + error.message();
}

} // namespace

class TestRingCentralSource : public QObject
{
    Q_OBJECT

private:
    // Starts the fake and signs in; the settings for the source.
    // The fake started and signed in to, and an admin-view source over it; null on failure.
    std::unique_ptr<RingCentralSource> startAdminSource()
    {
        QJsonObject settings;
        if (!startSignedIn({}, &settings))
            return nullptr;
        return std::make_unique<RingCentralSource>(settings, m_secrets.get(), kKey,
                                                   RingCentralSource::View::Admin, fastOptions());
    }

    bool startSignedIn(const QStringList &options, QJsonObject *settings)
    {
        if (!m_fake.start(QStringList{QStringLiteral("--days"), QStringLiteral("2"),
                                      QStringLiteral("--rate-window"), QStringLiteral("2"),
                                      QStringLiteral("--penalty"), QStringLiteral("2")} +
                          options)) {
            qWarning() << "fake did not start:" << m_fake.lastError;
            return false;
        }
        m_secrets = std::make_unique<MemorySecretStore>();
        const Error error = m_fake.signIn(m_secrets.get(), kKey, settings);
        if (error)
            qWarning() << "sign-in failed:" << describe(error);
        return !error;
    }

    FakeRingCentral m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;

private slots:
    void cleanup() { m_fake.stop(); }

    // The engine's jobs and audits each make a source; they spend one pacing budget.
    void sourcesOfOneEngineShareOneRateBudget()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({}, &settings));
        RateLimiter shared;
        RingCentralSource::Options options = fastOptions();
        options.sharedLimiter = &shared;
        RingCentralSource job(settings, m_secrets.get(), kKey, RingCentralSource::View::Admin,
                              options);
        RingCentralSource audit(settings, m_secrets.get(), kKey, RingCentralSource::View::Admin,
                                options);
        QCOMPARE(job.rateLimiter(), &shared);
        QVERIFY(!list(job, ItemTypeFlag::CallRecording).error);
        const qint64 afterJob = shared.requestsSent(RateLimiter::Group::Heavy);
        QVERIFY(afterJob >= 1);
        QVERIFY(!list(audit, ItemTypeFlag::CallRecording).error);
        QVERIFY(shared.requestsSent(RateLimiter::Group::Heavy) > afterJob);
        QCOMPARE(job.rateLimiter()->requestsSent(RateLimiter::Group::Heavy),
                 audit.rateLimiter()->requestsSent(RateLimiter::Group::Heavy));

        // SourceFactory passes the engine's limiter on.
        SourceContext context;
        context.secrets = m_secrets.get();
        context.rateLimiter = &shared;
        Error error;
        const std::unique_ptr<ArchiveSource> made =
            SourceFactory::create(QStringLiteral("ringcentral"), settings, context, &error);
        QVERIFY2(made, qPrintable(error.message()));
        QCOMPARE(static_cast<RingCentralSource *>(made.get())->rateLimiter(), &shared);
    }

    void configResolution()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RCA_RINGCENTRAL_SERVER_URL"),
                           QStringLiteral("https://platform.ringcentral.biz/"));
        environment.insert(QStringLiteral("RCA_RINGCENTRAL_CLIENT_ID"), QStringLiteral("env-id"));
        RingCentralConfig config = RingCentralConfig::fromSettings({}, environment);
        QCOMPARE(config.serverUrl, QUrl(QStringLiteral("https://platform.ringcentral.biz")));
        QCOMPARE(config.mediaUrl, QUrl(QStringLiteral("https://media.ringcentral.com")));
        QCOMPARE(config.clientId, QStringLiteral("env-id"));
        QCOMPARE(config.redirectUri(),
                 QUrl(QStringLiteral("http://localhost:5000/oauth2callback")));
        QCOMPARE(config.tokenUrl(),
                 QUrl(QStringLiteral("https://platform.ringcentral.biz/restapi/oauth/token")));

        config = RingCentralConfig::fromSettings(
            {{QStringLiteral("clientId"), QStringLiteral("settings-id")},
             {QStringLiteral("redirectPort"), 5055}},
            environment);
        QCOMPARE(config.clientId, QStringLiteral("settings-id"));
        QCOMPARE(config.redirectPort, quint16(5055));
    }

    void missingClientIdIsAClearMessage()
    {
        RingCentralConfig config = RingCentralConfig::fromSettings({}, QProcessEnvironment());
        config.clientId.clear();
        MemorySecretStore secrets;
        QJsonObject settings;
        const Error error = RingCentralAccount::connect(
            config, &secrets, kKey, [](const QUrl &) { return true; }, CancelToken(), &settings);
        QCOMPARE(error.kind(), Error::Kind::SourceFailure);
        QVERIFY(error.message().contains(QStringLiteral("Registering a RingCentral app")));
    }

    void itemMapping()
    {
        QCOMPARE(fileExtensionForContentType(QStringLiteral("audio/x-wav"), {}),
                 QStringLiteral("wav"));
        QCOMPARE(fileExtensionForContentType(QStringLiteral("image/jpeg"), {}),
                 QStringLiteral("jpg"));
        QCOMPARE(fileExtensionForContentType(QStringLiteral("image/tiff"), {}),
                 QStringLiteral("tiff"));
        QCOMPARE(RingCentralItems::isoTime(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)),
                 QStringLiteral("2026-03-01T12:00:00.000Z"));
    }

    void connectReadsWhoIsSignedIn()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({}, &settings));
        QCOMPARE(settings.value(u"extensionNumber").toString(), QStringLiteral("101"));
        QCOMPARE(settings.value(u"extensionName").toString(), QStringLiteral("Ada Admin"));
        QCOMPARE(settings.value(u"admin").toBool(), true);
        QVERIFY(!settings.value(u"accountId").toString().isEmpty());
        QVERIFY(!settings.value(u"extensionId").toString().isEmpty());
        QVERIFY(m_secrets->contains(kKey));

        QVERIFY(!RingCentralAccount::disconnect(RingCentralConfig::fromSettings(settings),
                                                m_secrets.get(), kKey));
        QVERIFY(!m_secrets->contains(kKey));
        QCOMPARE(m_fake.requests(QStringLiteral("/restapi/oauth/revoke")).size(), 1);
    }

    void adminListsEveryRecordingOnce()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({}, &settings));
        RingCentralSource source(settings, m_secrets.get(), kKey, RingCentralSource::View::Admin,
                                 fastOptions(3));
        QCOMPARE(source.availableTypes(), ItemTypes(ItemTypeFlag::CallRecording));
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QVERIFY(listing.batches > 1);

        QSet<QString> expected;
        QSet<QString> legOnly;
        for (const QJsonValue &call :
             m_fake.get(QStringLiteral("/__fake/calls")).value(u"calls").toArray()) {
            for (const QJsonValue &rec : call.toObject().value(u"recordings").toArray()) {
                expected.insert(rec.toObject().value(u"id").toString());
                if (rec.toObject().value(u"onlyOnLegs").toBool())
                    legOnly.insert(rec.toObject().value(u"id").toString());
            }
        }
        QVERIFY(!legOnly.isEmpty());
        QSet<QString> listed;
        for (const ArchiveItem &item : listing.items) {
            QVERIFY2(!listed.contains(item.sourceId), qPrintable(item.sourceId));
            listed.insert(item.sourceId);
            QCOMPARE(item.type, ItemType::CallRecording);
            QVERIFY(!item.extension.number.isEmpty());
            QVERIFY(!item.extension.name.isEmpty());
            QVERIFY(item.direction == u"inbound" || item.direction == u"outbound");
            QVERIFY(item.created.isValid());
        }
        QCOMPARE(listed, expected);

        // Names come from the extension list, including non-ASCII ones.
        QSet<QString> names;
        for (const ArchiveItem &item : listing.items)
            names.insert(item.extension.name);
        QVERIFY(names.contains(QStringLiteral("Zoë 🎧 Emoji")));

        // Both dates and the detailed view are always sent.
        const QJsonArray calls = m_fake.requests(QStringLiteral("/account/~/call-log$"));
        QVERIFY(!calls.isEmpty());
        const QJsonObject query = calls.first().toObject().value(u"params").toObject();
        QVERIFY2(query.contains(u"dateFrom") && query.contains(u"dateTo"),
                 QJsonDocument(query).toJson());
    }

    void extensionListsAllFourTypes()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({QStringLiteral("--extension-user")}, &settings));
        QCOMPARE(settings.value(u"admin").toBool(), false);
        RingCentralSource source(settings, m_secrets.get(), kKey,
                                 RingCentralSource::View::Extension, fastOptions(4));
        const Listing listing = list(source, source.availableTypes());
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));

        const QString me = settings.value(u"extensionNumber").toString();
        int voicemails = 0, transcripts = 0, sms = 0, mms = 0, faxes = 0;
        for (const QJsonValue &value :
             m_fake.get(QStringLiteral("/__fake/messages")).value(u"messages").toArray()) {
            const QJsonObject message = value.toObject();
            if (message.value(u"extensionNumber").toString() != me)
                continue;
            const QString type = message.value(u"type").toString();
            for (const QJsonValue &a : message.value(u"attachments").toArray()) {
                const QString at = a.toObject().value(u"type").toString();
                transcripts += at == u"AudioTranscription";
                mms += at == u"MmsAttachment";
            }
            voicemails += type == u"VoiceMail";
            sms += type == u"SMS" || type == u"Pager";
            faxes += type == u"Fax";
        }
        QVERIFY(voicemails > 0 && transcripts > 0 && sms > 0 && mms > 0 && faxes > 0);

        QHash<ItemType, int> primary;
        int gotTranscripts = 0, gotMms = 0, recordings = 0;
        for (const ArchiveItem &item : listing.items) {
            QCOMPARE(item.extension.number, me);
            if (item.primary)
                ++primary[item.type];
            if (item.nameTag.endsWith(u"_transcript")) {
                ++gotTranscripts;
                QCOMPARE(item.fileExtension, QStringLiteral("txt"));
            } else if (item.type == ItemType::Sms && !item.primary) {
                ++gotMms;
                QVERIFY(item.fileExtension == u"png" || item.fileExtension == u"jpg" ||
                        item.fileExtension == u"gif");
            } else if (item.type == ItemType::Fax) {
                QCOMPARE(item.fileExtension, QStringLiteral("pdf"));
            }
            recordings += item.type == ItemType::CallRecording;
        }
        QCOMPARE(primary.value(ItemType::VoiceMail), voicemails);
        QCOMPARE(primary.value(ItemType::Sms), sms);
        QCOMPARE(primary.value(ItemType::Fax), faxes);
        QCOMPARE(gotTranscripts, transcripts);
        QCOMPARE(gotMms, mms);
        QVERIFY(recordings > 0);

        // The SMS text regenerates byte for byte from the stored JSON copy.
        for (const ArchiveItem &item : listing.items) {
            if (item.type != ItemType::Sms || !item.primary)
                continue;
            const ArchiveItem copy = ArchiveItem::fromJson(item.toJson());
            MemorySink sink;
            QVERIFY(!source.fetch(copy, &sink, CancelToken()));
            QCOMPARE(sink.bytesWritten(), item.expectedSize);
            QVERIFY(QString::fromUtf8(sink.data).contains(QStringLiteral("From: ")));
        }
    }

    void fetchMatchesTheFake()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({QStringLiteral("--extension-user")}, &settings));
        RingCentralSource source(settings, m_secrets.get(), kKey,
                                 RingCentralSource::View::Extension, fastOptions());
        const Listing listing = list(source, source.availableTypes());
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));

        QHash<QString, QByteArray> truth; // recording id / "msg_att" -> sha256
        for (const QJsonValue &call :
             m_fake.get(QStringLiteral("/__fake/calls?sha256=1")).value(u"calls").toArray())
            for (const QJsonValue &rec : call.toObject().value(u"recordings").toArray())
                truth.insert(rec.toObject().value(u"id").toString(),
                             rec.toObject().value(u"sha256").toString().toLatin1());
        for (const QJsonValue &value :
             m_fake.get(QStringLiteral("/__fake/messages?sha256=1")).value(u"messages").toArray()) {
            const QString id =
                QString::number(RingCentralItems::int64Id(value.toObject().value(u"id")));
            for (const QJsonValue &a : value.toObject().value(u"attachments").toArray())
                truth.insert(
                    id + u'_' +
                        QString::number(RingCentralItems::int64Id(a.toObject().value(u"id"))),
                    a.toObject().value(u"sha256").toString().toLatin1());
        }

        QSet<ItemType> fetchedTypes;
        int fetched = 0;
        for (const ArchiveItem &original : listing.items) {
            if (original.sourceData.value(u"kind").toString() != u"content")
                continue;
            if (fetchedTypes.contains(original.type) && original.primary)
                continue; // one of each kind is enough (rate limits)
            const ArchiveItem item = ArchiveItem::fromJson(original.toJson());
            MemorySink sink;
            const Error error = source.fetch(item, &sink, CancelToken());
            QVERIFY2(!error, qPrintable(describe(error)));
            const QString key = item.type == ItemType::CallRecording
                                    ? item.sourceId
                                    : item.sourceData.value(u"messageId").toString() + u'_' +
                                          item.sourceData.value(u"attachmentId").toString();
            QVERIFY2(truth.contains(key), qPrintable(key));
            QCOMPARE(sink.sha256Hex(), truth.value(key));
            if (item.expectedSize >= 0)
                QCOMPARE(sink.bytesWritten(), item.expectedSize);
            fetchedTypes.insert(item.type);
            ++fetched;
            if (fetched > 12)
                break;
        }
        QCOMPARE(fetchedTypes.size(), 4);
    }

    void resumesWithRangeAfterADrop()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QVERIFY(!listing.items.isEmpty());
        const ArchiveItem item = listing.items.first();

        QByteArray truth;
        for (const QJsonValue &call :
             m_fake.get(QStringLiteral("/__fake/calls?sha256=1")).value(u"calls").toArray())
            for (const QJsonValue &rec : call.toObject().value(u"recordings").toArray())
                if (rec.toObject().value(u"id").toString() == item.sourceId)
                    truth = rec.toObject().value(u"sha256").toString().toLatin1();

        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/recording/\\d+/content$")},
                         {QStringLiteral("kind"), QStringLiteral("drop_mid_body")},
                         {QStringLiteral("after_bytes"), 4096},
                         {QStringLiteral("count"), 2}});
        MemorySink sink;
        const Error error = source.fetch(item, &sink, CancelToken());
        QVERIFY2(!error, qPrintable(describe(error)));
        QCOMPARE(sink.sha256Hex(), truth);
        const QJsonArray downloads = m_fake.requests(QStringLiteral("/recording/\\d+/content$"));
        QCOMPARE(downloads.size(), 3);
        QVERIFY(!downloads.at(1).toObject().value(u"range").toString().isEmpty());
        QVERIFY(!downloads.at(2).toObject().value(u"range").toString().isEmpty());
    }

    void serverErrorsAreRetried()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/call-log$")},
                         {QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("count"), 2}});
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/extension$")},
                         {QStringLiteral("kind"), QStringLiteral("drop")}});
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QVERIFY(!listing.items.isEmpty());

        // A server that keeps failing ends the listing with a Transient error.
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/call-log$")},
                         {QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 500},
                         {QStringLiteral("count"), 10}});
        const Listing failing = list(source, ItemTypeFlag::CallRecording);
        QCOMPARE(failing.error.kind(), Error::Kind::Transient);
        QVERIFY2(failing.error.message().contains(QStringLiteral("CMN-203")),
                 qPrintable(failing.error.message()));
    }

    void truncatedJsonFailsCleanly()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        // Once: retried transparently.
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/call-log$")},
                         {QStringLiteral("kind"), QStringLiteral("truncate_json")}});
        QVERIFY(!list(source, ItemTypeFlag::CallRecording).error);
        // Always: a clean error.
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/call-log$")},
                         {QStringLiteral("kind"), QStringLiteral("truncate_json")},
                         {QStringLiteral("count"), 10}});
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QCOMPARE(listing.error.kind(), Error::Kind::SourceFailure);
        QVERIFY2(listing.error.message().contains(QStringLiteral("not valid JSON")),
                 qPrintable(listing.error.message()));
    }

    void expiredTokenIsRefreshedTransparently()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        QVERIFY(!list(source, ItemTypeFlag::CallRecording).error);
        m_fake.post(QStringLiteral("/__fake/expire-tokens"));
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QCOMPARE(m_fake.requests(QStringLiteral("/restapi/oauth/token")).size(),
                 2); // code + refresh
    }

    void revokedSessionNeedsReconnect()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        m_fake.post(QStringLiteral("/__fake/revoke-all"));
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QCOMPARE(listing.error.kind(), Error::Kind::Reconnect);
        QVERIFY2(
            listing.error.message().contains(QStringLiteral("no longer accepts the saved sign-in")),
            qPrintable(listing.error.message()));
        QVERIFY(listing.error.stopsJob());
    }

    void companyCallLogWithoutPermission()
    {
        QJsonObject settings;
        QVERIFY(startSignedIn({QStringLiteral("--extension-user")}, &settings));
        RingCentralSource source(settings, m_secrets.get(), kKey, RingCentralSource::View::Admin,
                                 fastOptions());
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QCOMPARE(listing.error.kind(), Error::Kind::SourceFailure);
        QCOMPARE(listing.error.message(),
                 QStringLiteral("This RingCentral account lacks the company call log permission "
                                "(FullCompanyCallLog), so it cannot archive every extension's "
                                "recordings. Switch Sync options to My Extension, or ask an "
                                "administrator for the permission."));
    }

    void missingItemIsPermanent()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY(!listing.items.isEmpty());
        ArchiveItem item = listing.items.first();
        item.sourceData.insert(QStringLiteral("uri"),
                               m_fake.url().toString() +
                                   QStringLiteral("/restapi/v1.0/account/~/recording/1/content"));
        MemorySink sink;
        const Error error = source.fetch(item, &sink, CancelToken());
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(
            error.message().startsWith(QStringLiteral("RingCentral no longer has this recording")),
            qPrintable(error.message()));
    }

    void rateLimitRetryAfterIsObeyed()
    {
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        QVERIFY(!list(source, ItemTypeFlag::CallRecording).error);
        m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/call-log$")},
                         {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                         {QStringLiteral("retry_after"), 2}});
        QElapsedTimer timer;
        timer.start();
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
        const QJsonArray calls = m_fake.requests(QStringLiteral("/account/~/call-log$"));
        // The request after the 429 waited out the penalty: no second 429.
        int refused = 0;
        for (const QJsonValue &r : calls)
            refused += r.toObject().value(u"status").toInt() == 429;
        QCOMPARE(refused, 1);
    }

    void pacingKeepsBelowTheHeavyLimit()
    {
        // Heavy 10 per 2 s: downloading many recordings provokes no 429 at all.
        std::unique_ptr<RingCentralSource> admin = startAdminSource();
        QVERIFY(admin);
        RingCentralSource &source = *admin;
        const Listing listing = list(source, ItemTypeFlag::CallRecording);
        QVERIFY2(!listing.error, qPrintable(describe(listing.error)));
        QVERIFY(listing.items.size() >= 15);
        for (int i = 0; i < 15; ++i) {
            MemorySink sink;
            const Error error = source.fetch(listing.items.at(i), &sink, CancelToken());
            QVERIFY2(!error, qPrintable(describe(error)));
        }
        int refused = 0;
        for (const QJsonValue &r : m_fake.requests(QStringLiteral("/restapi/v1.0/")))
            refused += r.toObject().value(u"status").toInt() == 429;
        QCOMPARE(refused, 0);
        QCOMPARE(source.rateLimiter()->windowSeconds(RateLimiter::Group::Heavy), 2);
    }
};

QTEST_GUILESS_MAIN(TestRingCentralSource)
#include "tst_ringcentralsource.moc"
