// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Token refreshes against the real fake RingCentral server (tests/fakes/ringcentral, a subprocess
// on 127.0.0.1) while it loses answers after rotating the tokens and closes kept-alive
// connections at random: 200 refreshes in a row, by the two sessions of one keychain entry that
// the engine's job and an audit hold, must each end signed in, and every token request goes
// through the Auth rate group.
#include "fakeringcentral.h"

#include "common/clock.h"
#include "oauth/oauthsession.h"
#include "ringcentral/ratelimiter.h"
#include "ringcentral/ringcentralsource.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace rca;
using namespace rca::test;

namespace {

const QString kKey = QStringLiteral("profile-refresh-faults/ringcentral/tokens");
constexpr int kRefreshes = 200;

OAuthTokens storedTokens(MemorySecretStore &store)
{
    return OAuthTokens::fromJson(QJsonDocument::fromJson(store.value(kKey).toUtf8()).object());
}

} // namespace

class TestOAuthRefreshFaults : public QObject
{
    Q_OBJECT

private:
    // GET who-am-I with token: the HTTP status. A connection the fake closed under the request
    // is tried again (it says nothing about the sign-in).
    int whoAmI(const QString &token)
    {
        HttpRequest request;
        request.url =
            m_fake.url().resolved(QUrl(QStringLiteral("/restapi/v1.0/account/~/extension/~")));
        request.setBearerToken(token);
        HttpResponse response;
        for (int attempt = 0; attempt < 5; ++attempt) {
            response = HttpClient().send(request);
            if (!response.transportFailed())
                break;
        }
        return response.status;
    }

    FakeRingCentral m_fake;

private slots:
    void cleanup() { m_fake.stop(); }

    void twoHundredRefreshesEndSignedIn()
    {
        // Auth allows 20 requests a second here (5 a minute at RingCentral) so that 200
        // refreshes take half a minute. A spent refresh token answers its pair again only while
        // that pair is unused (RingCentral gives 10 s more after its first use; 0 here): a client
        // that leans on that for anything but a lost answer fails at once.
        QVERIFY2(
            m_fake.start({QStringLiteral("--days"), QStringLiteral("1"),
                          QStringLiteral("--items-per-day"), QStringLiteral("1"),
                          QStringLiteral("--rate-window"), QStringLiteral("1"),
                          QStringLiteral("--penalty"), QStringLiteral("1"),
                          QStringLiteral("--rate-limit"), QStringLiteral("Auth=20"),
                          QStringLiteral("--refresh-reuse-grace"), QStringLiteral("0"),
                          QStringLiteral("--keepalive-close-probability"), QStringLiteral("0.3"),
                          QStringLiteral("--keepalive-close-max-delay-ms"), QStringLiteral("20")}),
            qPrintable(m_fake.lastError));
        MemorySecretStore secrets;
        QJsonObject settings;
        const Error signedIn = m_fake.signIn(&secrets, kKey, &settings);
        QVERIFY2(!signedIn, qPrintable(signedIn.message()));
        m_fake.control("DELETE", QStringLiteral("/__fake/requests"));

        // The engine's job and an audit: two sources, one keychain entry, one rate budget.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        RateLimiter limiter;
        limiter.setLimit(RateLimiter::Group::Auth, 20, 1);
        limiter.setSafetyFactor(1.3); // room for a busy machine's jitter at 50 ms spacing
        RingCentralSource::Options options;
        options.clock = &clock;
        options.sharedLimiter = &limiter;
        RingCentralSource job(settings, &secrets, kKey, RingCentralSource::View::Admin, options);
        RingCentralSource audit(settings, &secrets, kKey, RingCentralSource::View::Admin, options);
        QVERIFY(!job.session()->load());
        QVERIFY(!audit.session()->load());

        QRandomGenerator random(20260311);
        int lostAnswers = 0;
        for (int i = 0; i < kRefreshes; ++i) {
            OAuthSession *session = (i % 2 == 0 ? job : audit).session();
            // Some refreshes lose their answer after the tokens rotated, once or twice in a row.
            const quint32 dice = random.bounded(10);
            const int drops = dice < 3 ? 1 : dice == 3 ? 2 : 0;
            if (drops > 0) {
                m_fake.addFault({{QStringLiteral("path_regex"), QStringLiteral("/oauth/token$")},
                                 {QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("kind"), QStringLiteral("drop_after")},
                                 {QStringLiteral("count"), drops}});
                lostAnswers += drops;
            }
            clock.advanceSeconds(3600); // every token this session knows has expired

            QString token;
            const Error error = session->validAccessToken(&token);
            QVERIFY2(!error,
                     qPrintable(QStringLiteral("refresh %1: %2").arg(i).arg(error.message())));
            QVERIFY2(!session->needsReconnect(), qPrintable(QString::number(i)));
            QCOMPARE(m_fake.get(QStringLiteral("/__fake/faults"))[u"faults"].toArray().size(), 0);
            // Signed in: the new token works and the keychain holds the pair the session uses.
            QVERIFY2(whoAmI(token) == 200, qPrintable(QStringLiteral("refresh %1").arg(i)));
            QCOMPARE(storedTokens(secrets).accessToken, token);
            QCOMPARE(storedTokens(secrets).refreshToken, session->tokens().refreshToken);
        }

        const QJsonObject stats = m_fake.get(QStringLiteral("/__fake/stats"));
        QCOMPARE(stats[u"refreshes"].toInt(), kRefreshes); // one new pair per refresh
        QCOMPARE(stats[u"droppedAfterHandling"].toInt(), lostAnswers);
        QCOMPARE(stats[u"refreshReplays"].toInt(), lostAnswers); // each lost pair recovered
        QVERIFY(lostAnswers > 0);
        QVERIFY(stats[u"keepaliveCloses"].toInt() > 0);

        // Each token request went through the Auth group: paced, never refused.
        const QJsonArray tokenRequests = m_fake.requests(QStringLiteral("/oauth/token$"));
        QCOMPARE(tokenRequests.size(), kRefreshes + lostAnswers);
        QCOMPARE(limiter.requestsSent(RateLimiter::Group::Auth), qint64(tokenRequests.size()));
        for (const QJsonValue &request : tokenRequests)
            QVERIFY(request[u"status"].toInt() != 429);

        // A session that starts from the keychain now is signed in as well.
        OAuthSession later(RingCentralConfig::fromSettings(settings).sessionConfig(kKey), &secrets,
                           &clock);
        QVERIFY(!later.load());
        QString token;
        QVERIFY(!later.validAccessToken(&token));
        QCOMPARE(whoAmI(token), 200);
    }
};

QTEST_GUILESS_MAIN(TestOAuthRefreshFaults)
#include "tst_oauthrefreshfaults.moc"
