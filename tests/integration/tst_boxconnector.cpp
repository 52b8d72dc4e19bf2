// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Box connector, loaded as a plugin, against the fake Box (tests/fakes/box) on 127.0.0.1:
// browser sign-in (a "browser" that follows the authorize redirect into the loopback listener)
// with the client secret kept in the keychain, refresh-token rotation (a refresh whose request
// was lost is asked again; one whose answer was lost after Box rotated the tokens ends in a
// clear reconnect, as Box keeps no spent token), an expired token mid-upload, a revoked
// sign-in, 429s, a full account, direct uploads and upload sessions (202 commits, dropped and
// lost parts, a lost commit answer), and memory that stays flat for a large file. Every upload
// is checked against the fake's ground truth (size, SHA-1, SHA-256). What is already stored
// (existing files, refused names, listing, reading, replacing) is tst_boxarchive.
#include "boxfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace rca;
using rca::test::randomBytes;

namespace {

// The process's peak resident memory in KiB (VmHWM), after resetting it to the current
// resident size when reset; -1 when Linux does not tell or the reset failed.
qint64 peakRssKib(bool reset = false)
{
    if (reset) {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
            return -1;
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+)"));
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestBoxConnector : public rca::test::BoxFixture
{
    Q_OBJECT

private slots:
    void setUpSignsInAndCreatesTheRoot();
    void clientSecretIsAskedForAndNeverInSettings();
    void refreshRotatesTheTokens();
    void lostRefreshRequestIsAskedAgain();
    void lostRefreshAnswerNeedsReconnect();
    void expiredTokenMidUploadIsRefreshed();
    void revokedSignInNeedsReconnect();
    void directUploadIsVerifiedBySha1();
    void sessionUpload_data();
    void sessionUpload();
    void commitAnswered202IsAskedAgain();
    void droppedPartsAreResent();
    void lostCommitAnswerFindsTheFile();
    void rateLimitIsWaitedOut();
    void fullAccountStopsTheJob();
    void largeFileStreamsInBoundedMemory();
};

void TestBoxConnector::setUpSignsInAndCreatesTheRoot()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectBox({}, &settings);
    QVERIFY(connector);
    QVERIFY(m_secrets->contains(Profile + QStringLiteral("/box/tokens")));
    QCOMPARE(m_secrets->value(Profile + QStringLiteral("/box/clientSecret")),
             QStringLiteral("fake-box-client-secret"));
    const QJsonArray folders =
        control("GET", QStringLiteral("folders")).value(u"folders").toArray();
    QString rootId;
    for (const QJsonValue &f : folders) {
        if (f.toObject().value(u"path").toString() ==
            QLatin1String("/Apps/RingCentral Application"))
            rootId = f.toObject().value(u"id").toString();
    }
    QVERIFY(!rootId.isEmpty());
    QCOMPARE(settings.value(u"rootFolderId").toString(), rootId);
    QCOMPARE(connector->location(), QStringLiteral("Box: /Apps/RingCentral Application"));
    QCOMPARE(connector->locationUrl(), QStringLiteral("https://app.box.com/folder/") + rootId);
    QCOMPARE(connector->checksumName(), QStringLiteral("sha1"));
    // The sign-in went through the authorize page and the loopback redirect.
    QVERIFY(countRequests(QStringLiteral("^/api/oauth2/authorize")) >= 1); // Qt may send it twice
    QCOMPARE(requests(QStringLiteral("^/oauth2/token$")).first()[u"grant_type"].toString(),
             QStringLiteral("authorization_code"));

    // Folder ids are learnt once per job: the second ensureFolder asks nothing.
    const int before = countRequests(QStringLiteral("^/2.0/folders"));
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Alice/2026-11-25/Call Recordings")));
    QCOMPARE(countRequests(QStringLiteral("^/2.0/folders")), before + 3);
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Alice/2026-11-25/Call Recordings")));
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Alice/2026-11-25")));
    QCOMPARE(countRequests(QStringLiteral("^/2.0/folders")), before + 3);

    // A new job finds the existing folders (409 item_name_in_use names them) and makes none.
    ConnectorContext again = context(settings);
    std::unique_ptr<StorageConnector> reopened = m_factory->create(again);
    QVERIFY(!reopened->open(CancelToken()));
    QVERIFY(!reopened->ensureFolder(QStringLiteral("101 - Alice/2026-11-25/Call Recordings")));
    QCOMPARE(control("GET", QStringLiteral("folders")).value(u"folders").toArray().size(),
             folders.size() + 3);
}

void TestBoxConnector::clientSecretIsAskedForAndNeverInSettings()
{
    // A client id of one's own without its secret: asked for, before any browser opens.
    QVariantMap noSecret = options();
    noSecret.remove(QStringLiteral("clientSecret"));
    QJsonObject settings;
    Error e = m_factory->create(context())->setUp(noSecret, &settings);
    QVERIFY(e);
    QVERIFY(e.confirmation());
    QCOMPARE(e.confirmation()->kind, Confirmation::Kind::Secret);
    QCOMPARE(e.confirmation()->optionKey, QStringLiteral("clientSecret"));
    QCOMPARE(countRequests(QStringLiteral("^/api/oauth2/authorize")), 0);

    // A wrong secret: Box refuses the code exchange, and nothing is kept.
    QVariantMap wrong = options();
    wrong.insert(QStringLiteral("clientSecret"), QStringLiteral("not-the-secret"));
    e = m_factory->create(context())->setUp(wrong, &settings);
    QCOMPARE(e.kind(), Error::Kind::Reconnect);
    QVERIFY2(e.message().contains(QStringLiteral("Box")), qPrintable(e.message()));
    QVERIFY(m_secrets->isEmpty());

    // Without any app the message says how to register one.
    if (QByteArray(RCA_BOX_BUILD_CLIENT_ID).isEmpty()) {
        QVariantMap none = options();
        none.remove(QStringLiteral("clientId"));
        none.remove(QStringLiteral("clientSecret"));
        e = m_factory->create(context())->setUp(none, &settings);
        QCOMPARE(e.kind(), Error::Kind::StorageFailure);
        QVERIFY2(e.message().contains(QStringLiteral("Box Developer Console")),
                 qPrintable(e.message()));
    }

    // The secret lives in the keychain only; the settings name the client id.
    QVERIFY(connectBox({}, &settings));
    const QByteArray json = QJsonDocument(settings).toJson();
    QVERIFY(!json.contains("fake-box-client-secret"));
    QVERIFY(!settings.contains(QStringLiteral("clientSecret")));
    QCOMPARE(settings.value(u"clientId").toString(), QStringLiteral("fake-box-client-id"));
    // Opening a job reads it from there, and refreshes with it.
    control("POST", QStringLiteral("expire_tokens"));
    std::unique_ptr<StorageConnector> job = m_factory->create(context(settings));
    const Error opened = job->open(CancelToken());
    QVERIFY2(!opened, qPrintable(opened.message()));
    QCOMPARE(countRequests(QStringLiteral("^/oauth2/token$")), 3); // wrong, right, refresh
}

void TestBoxConnector::refreshRotatesTheTokens()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectBox({}, &settings);
    QVERIFY(connector);
    const QString key = Profile + QStringLiteral("/box/tokens");
    const QJsonObject before = QJsonDocument::fromJson(m_secrets->value(key).toUtf8()).object();
    // Every refresh spends the refresh token and answers a new one, stored before use.
    for (int i = 0; i < 3; ++i) {
        control("POST", QStringLiteral("expire_tokens"));
        StoredFile stored;
        const QByteArray data = randomBytes(1000 + i, quint32(i));
        const Error e =
            upload(connector.get(), QStringLiteral("rotate-%1.txt").arg(i), data, &stored);
        QVERIFY2(!e, qPrintable(e.message()));
    }
    const QJsonObject after = QJsonDocument::fromJson(m_secrets->value(key).toUtf8()).object();
    QVERIFY(after.value(u"refresh_token").toString() != before.value(u"refresh_token").toString());
    int rotated = 0;
    for (const QJsonValue &r : requests(QStringLiteral("^/oauth2/token$")))
        rotated += r.toObject().value(u"rotated").toBool();
    QCOMPARE(rotated, 3);
    QCOMPARE(control("GET", QStringLiteral("state")).value(u"refresh_tokens").toInt(), 1);
    // A new job signs in from the keychain with the newest pair.
    std::unique_ptr<StorageConnector> job = m_factory->create(context(settings));
    QVERIFY(!job->open(CancelToken()));
}

void TestBoxConnector::lostRefreshRequestIsAskedAgain()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    // The connection drops before Box read the request: the refresh token is not spent, and
    // the same one is asked again (never a second, different refresh in between).
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/oauth2/token$")},
           {QStringLiteral("action"), QStringLiteral("drop")}});
    control("POST", QStringLiteral("expire_tokens"));
    StoredFile stored;
    const QByteArray data = randomBytes(2000, 5);
    const Error e = upload(connector.get(), QStringLiteral("after-drop.txt"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("after-drop.txt"), data);
    const QJsonArray tokenRequests = requests(QStringLiteral("^/oauth2/token$"));
    QCOMPARE(tokenRequests.size(), 3); // the code, the dropped refresh, the one asked again
    QVERIFY(tokenRequests[1].toObject().value(u"dropped").toBool());
    QVERIFY(tokenRequests[2].toObject().value(u"rotated").toBool());
}

void TestBoxConnector::lostRefreshAnswerNeedsReconnect()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectBox({}, &settings);
    QVERIFY(connector);
    // Box rotated the tokens but the answer was lost: the connector asks again with the same
    // refresh token (which recovers the pair from a provider that replays it); Box keeps no
    // spent token, so that is refused and the user is told to connect again, once, clearly.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/oauth2/token$")},
           {QStringLiteral("action"), QStringLiteral("drop_after")}});
    control("POST", QStringLiteral("expire_tokens"));
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("lost.txt"), "data", &stored);
    QCOMPARE(e.kind(), Error::Kind::Reconnect);
    QVERIFY2(e.message().contains(QStringLiteral("Box")) &&
                 e.message().contains(QStringLiteral("60 days")),
             qPrintable(e.message()));
    const QJsonArray tokenRequests = requests(QStringLiteral("^/oauth2/token$"));
    QCOMPARE(tokenRequests.size(), 3); // the code, the lost answer, the same token asked again
    QVERIFY(tokenRequests[1].toObject().value(u"rotated").toBool());
    QCOMPARE(tokenRequests[2].toObject().value(u"status").toInt(), 400);
    // Nothing more is spent: the next call says the same without asking Box.
    const Error again = upload(connector.get(), QStringLiteral("lost-2.txt"), "data", &stored);
    QCOMPARE(again.kind(), Error::Kind::Reconnect);
    QCOMPARE(countRequests(QStringLiteral("^/oauth2/token$")), 3);
    QCOMPARE(uploads(QStringLiteral("lost.txt")), 0);
}

void TestBoxConnector::expiredTokenMidUploadIsRefreshed()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(PartSize * 5 + 7, 6);
    bool expired = false;
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("expiring.wav"), data, &stored, 8192, -2,
                           [&](qint64 written) {
                               if (!expired && written > PartSize * 2) {
                                   expired = true;
                                   control("POST", QStringLiteral("expire_tokens"));
                               }
                           });
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("expiring.wav"), data);
    // The 401 of the next part (Box's empty body, WWW-Authenticate) refreshed once.
    QCOMPARE(countRequests(QStringLiteral("^/oauth2/token$")), 2);
    bool refused = false;
    for (const QJsonValue &r : requests(QStringLiteral("^/api/2.0/files/upload_sessions/")))
        refused = refused || r.toObject().value(u"status").toInt() == 401;
    QVERIFY(refused);
}

void TestBoxConnector::revokedSignInNeedsReconnect()
{
    QJsonObject settings;
    std::unique_ptr<StorageConnector> connector = connectBox({}, &settings);
    QVERIFY(connector);
    control("POST", QStringLiteral("revoke"));
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("after-revoke.txt"), "data", &stored);
    QCOMPARE(e.kind(), Error::Kind::Reconnect);
    // Box's 401 made the connector try its refresh token once; Box refused that too, and the
    // message says why and what to do.
    const QJsonArray tokenRequests = requests(QStringLiteral("^/oauth2/token$"));
    QCOMPARE(tokenRequests.size(), 2);
    QCOMPARE(tokenRequests[1].toObject().value(u"status").toInt(), 400);
    QVERIFY2(e.message().contains(QStringLiteral("Box no longer accepts the saved sign-in")) &&
                 e.message().contains(QStringLiteral("removed in Box")) &&
                 e.message().contains(QStringLiteral("onnect")),
             qPrintable(e.message()));
    // A new job says the same when it opens.
    std::unique_ptr<StorageConnector> again = m_factory->create(context(settings));
    QCOMPARE(again->open(CancelToken()).kind(), Error::Kind::Reconnect);
}

void TestBoxConnector::directUploadIsVerifiedBySha1()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(Threshold, 1); // the largest single request
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("a/b/small.mp3"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("a/b/small.mp3"), data);
    QCOMPARE(stored.size, data.size());
    QCOMPARE(stored.sha256, sha256(data));
    QCOMPARE(stored.providerChecksum, sha1Hex(data));
    QVERIFY(!stored.alreadyPresent);
    const QJsonArray sent = requests(QStringLiteral("^/api/2.0/files/content$"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first()[u"content_md5"].toString(), sha1Hex(data)); // Box checks it
    QCOMPARE(countRequests(QStringLiteral("upload_sessions")), 0);

    // Box's sha1 differs from what was sent: the copy is removed and the item retried.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/content$")},
           {QStringLiteral("action"), QStringLiteral("corrupt")}});
    Error bad = upload(connector.get(), QStringLiteral("a/b/corrupt.mp3"), data, &stored);
    QCOMPARE(bad.kind(), Error::Kind::Transient);
    QVERIFY2(bad.message().contains(QStringLiteral("sha1")), qPrintable(bad.message()));
    QVERIFY(!files().contains(Root + QStringLiteral("a/b/corrupt.mp3")));
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/corrupt.mp3"), data, &stored));
    verifyStored(QStringLiteral("a/b/corrupt.mp3"), data);

    // retarget before commit: stored under the new name only.
    Error error;
    std::unique_ptr<StorageUpload> u =
        connector->beginUpload(QStringLiteral("a/b/x.mp3"), 3, &error);
    QVERIFY(u && !u->write("abc", 3));
    QVERIFY(!u->retarget(QStringLiteral("a/c/x.wav"))); // another folder: no
    QVERIFY(u->retarget(QStringLiteral("a/b/x.wav")));
    QVERIFY(!u->commit(sha256("abc"), &stored));
    verifyStored(QStringLiteral("a/b/x.wav"), "abc");
    QVERIFY(!files().contains(Root + QStringLiteral("a/b/x.mp3")));

    // An empty file.
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/empty.txt"), QByteArray(), &stored));
    verifyStored(QStringLiteral("a/b/empty.txt"), QByteArray());
}

void TestBoxConnector::sessionUpload_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("sizeKnown");
    QTest::newRow("known, uneven") << PartSize * 4 + 123 << true;
    QTest::newRow("known, whole parts") << PartSize * 3 << true;
    QTest::newRow("known, just above") << Threshold + 1 << true;
    QTest::newRow("unknown, spooled") << PartSize * 5 + 9 << false;
}

void TestBoxConnector::sessionUpload()
{
    QFETCH(qint64, size);
    QFETCH(bool, sizeKnown);
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    const QByteArray data = randomBytes(size, quint32(size));
    const QString path = QStringLiteral("big/session-%1.wav").arg(size);
    StoredFile stored;
    const Error e = upload(connector.get(), path, data, &stored, 10000, sizeKnown ? -2 : -1);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(path, data);
    QCOMPARE(stored.providerChecksum, sha1Hex(data));
    QCOMPARE(stored.sha256, sha256(data));
    const qint64 parts = (size + PartSize - 1) / PartSize;
    const QJsonArray sent = requests(QStringLiteral("^/api/2.0/files/upload_sessions/[^/]+$"));
    QCOMPARE(sent.size(), parts);
    for (const QJsonValue &r : sent) {
        QCOMPARE(r[u"method"].toString(), QStringLiteral("PUT"));
        QVERIFY(r[u"content_length"].toInteger() <= PartSize);
        QVERIFY(r[u"digest"].toString().startsWith(QLatin1String("sha=")));
    }
    QCOMPARE(countRequests(QStringLiteral("/commit$")), 1);
    QCOMPARE(countRequests(QStringLiteral("^/api/2.0/files/content$")), 0);
    QCOMPARE(control("GET", QStringLiteral("sessions")).value(u"sessions").toArray().size(), 0);
}

void TestBoxConnector::commitAnswered202IsAskedAgain()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    config({{QStringLiteral("commit_202_count"), 2}, {QStringLiteral("commit_retry_after"), 1}});
    const QByteArray data = randomBytes(PartSize * 3 + 1, 9);
    QElapsedTimer timer;
    timer.start();
    StoredFile stored;
    const Error e = upload(connector.get(), QStringLiteral("assembling.wav"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("assembling.wav"), data);
    const QJsonArray commits = requests(QStringLiteral("/commit$"));
    QCOMPARE(commits.size(), 3);
    QCOMPARE(commits[0].toObject().value(u"status").toInt(), 202);
    QCOMPARE(commits[2].toObject().value(u"status").toInt(), 201);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
}

void TestBoxConnector::droppedPartsAreResent()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    // A part cut in the middle, and one that arrived but whose answer was lost: Box answers the
    // resend of the same bytes with the part again.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/upload_sessions/[^/]+$")},
           {QStringLiteral("method"), QStringLiteral("PUT")},
           {QStringLiteral("action"), QStringLiteral("drop_mid_body")},
           {QStringLiteral("skip"), 1}});
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/upload_sessions/[^/]+$")},
           {QStringLiteral("method"), QStringLiteral("PUT")},
           {QStringLiteral("action"), QStringLiteral("drop_after")},
           {QStringLiteral("skip"), 1}});
    const QByteArray data = randomBytes(PartSize * 5 + 77, 3);
    StoredFile stored;
    Error e = upload(connector.get(), QStringLiteral("dropped.wav"), data, &stored, 16384);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("dropped.wav"), data);
    int dropped = 0;
    for (const QJsonValue &r : requests(QStringLiteral("^/api/2.0/files/upload_sessions/")))
        dropped += r.toObject().value(u"dropped").toBool();
    QCOMPARE(dropped, 2);

    // Box refuses a second copy of a part it holds (416): the session's list of parts shows
    // it arrived, and the upload goes on from there.
    config({{QStringLiteral("part_retry_conflict"), true}});
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/upload_sessions/[^/]+$")},
           {QStringLiteral("method"), QStringLiteral("PUT")},
           {QStringLiteral("action"), QStringLiteral("drop_after")},
           {QStringLiteral("skip"), 2}});
    const QByteArray other = randomBytes(PartSize * 4 + 5, 4);
    e = upload(connector.get(), QStringLiteral("lost-part.wav"), other, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("lost-part.wav"), other);
    QCOMPARE(countRequests(QStringLiteral("/parts")), 1);
}

void TestBoxConnector::lostCommitAnswerFindsTheFile()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    // The commit stored the file, its answer was lost; the retry finds the session gone and
    // the file there with the right sha1 and size.
    fault({{QStringLiteral("path_regex"), QStringLiteral("/commit$")},
           {QStringLiteral("action"), QStringLiteral("drop_after")}});
    const QByteArray data = randomBytes(PartSize * 2 + 17, 6);
    StoredFile stored;
    Error e = upload(connector.get(), QStringLiteral("lost-commit.wav"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("lost-commit.wav"), data);
    QCOMPARE(stored.providerChecksum, sha1Hex(data));
    QCOMPARE(uploads(QStringLiteral("lost-commit.wav")), 1);

    // A lost answer of a direct upload: the retry meets the file it wrote -> already there.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/content$")},
           {QStringLiteral("action"), QStringLiteral("drop_after")}});
    const QByteArray small = randomBytes(1000, 5);
    e = upload(connector.get(), QStringLiteral("lost-small.txt"), small, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    verifyStored(QStringLiteral("lost-small.txt"), small);
    QCOMPARE(uploads(QStringLiteral("lost-small.txt")), 1);
}

void TestBoxConnector::rateLimitIsWaitedOut()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/content$")},
           {QStringLiteral("action"), QStringLiteral("rate_limit")},
           {QStringLiteral("retry_after"), 1},
           {QStringLiteral("count"), 3}});
    QElapsedTimer timer;
    timer.start();
    StoredFile stored;
    const QByteArray data = randomBytes(5000, 7);
    const Error e = upload(connector.get(), QStringLiteral("storm.txt"), data, &stored);
    QVERIFY2(!e, qPrintable(e.message()));
    QVERIFY2(timer.elapsed() >= 2900, qPrintable(QString::number(timer.elapsed())));
    verifyStored(QStringLiteral("storm.txt"), data);
    QCOMPARE(countRequests(QStringLiteral("^/api/2.0/files/content$")), 4);

    // A wait longer than the connector takes ends the item as Transient, with Box's wait.
    fault({{QStringLiteral("path_regex"), QStringLiteral("^/api/2.0/files/content$")},
           {QStringLiteral("action"), QStringLiteral("rate_limit")},
           {QStringLiteral("retry_after"), 3600}});
    const Error later = upload(connector.get(), QStringLiteral("later.txt"), data, &stored);
    QCOMPARE(later.kind(), Error::Kind::Transient);
    QCOMPARE(later.retryAfterSeconds(), 3600);
    QVERIFY2(later.message().contains(QStringLiteral("429")), qPrintable(later.message()));
}

void TestBoxConnector::fullAccountStopsTheJob()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    config({{QStringLiteral("quota_bytes"), 1000}});
    StoredFile stored;
    for (const qint64 size : {qint64(5000), PartSize * 3}) {
        const Error e = upload(connector.get(), QStringLiteral("huge-%1.wav").arg(size),
                               randomBytes(size, 41), &stored);
        QCOMPARE(e.kind(), Error::Kind::StorageFailure);
        QVERIFY2(e.message().contains(QStringLiteral("Box account is full")),
                 qPrintable(e.message()));
    }
    QCOMPARE(countRequests(QStringLiteral("^/api/2.0/files/upload_sessions/")), 0); // no parts
}

void TestBoxConnector::largeFileStreamsInBoundedMemory()
{
    std::unique_ptr<StorageConnector> connector = connectBox();
    QVERIFY(connector);
    constexpr qint64 Part = 1024 * 1024;
    constexpr qint64 Size = 48 * Part + 4321;
    config({{QStringLiteral("part_size"), Part}});
    const QByteArray piece = randomBytes(256 * 1024, 77);
    // The data comes from a generator, never whole in this process: what grows is the
    // connector's.
    const auto feed = [&](StorageUpload *upload, const std::function<void(qint64)> &after) {
        for (qint64 at = 0; at < Size;) {
            const qint64 n = std::min<qint64>(piece.size(), Size - at);
            QByteArray chunk = piece.left(n);
            chunk[0] = char(at / piece.size()); // every piece different
            if (Error e = upload->write(chunk.constData(), n))
                return e;
            at += n;
            if (after)
                after(at);
        }
        return Error();
    };

    // Announced size: parts leave as they fill, so Box holds all but the last part before
    // the commit, and no request is larger than a part.
    Error error;
    std::unique_ptr<StorageUpload> known =
        connector->beginUpload(QStringLiteral("L/known.wav"), Size, &error);
    QVERIFY(known);
    const qint64 baseline = peakRssKib(true);
    int behind = 0;
    QVERIFY(!feed(known.get(), [&](qint64 written) {
        if (written % (8 * Part) != 0)
            return;
        const QJsonArray sessions =
            control("GET", QStringLiteral("sessions")).value(u"sessions").toArray();
        const qint64 held =
            sessions.isEmpty() ? 0 : sessions.first()[u"parts"].toArray().size() * Part;
        behind = std::max(behind, int((written - held) / Part));
    }));
    QVERIFY2(behind <= 1, qPrintable(QString::number(behind)));
    StoredFile stored;
    QVERIFY(!known->commit("unused", &stored));
    QCOMPARE(stored.size, Size);
    const qint64 knownGrowth = peakRssKib() - baseline;

    // Unknown size: what passes the threshold waits in a temporary file, not in memory.
    std::unique_ptr<StorageUpload> unknown =
        connector->beginUpload(QStringLiteral("L/unknown.wav"), -1, &error);
    QVERIFY(unknown);
    const qint64 before = peakRssKib(true);
    QVERIFY(!feed(unknown.get(), {}));
    QVERIFY(!unknown->commit("unused", &stored));
    QCOMPARE(stored.size, Size);
    const qint64 unknownGrowth = peakRssKib() - before;
    qInfo() << "peak RSS growth (KiB): announced" << knownGrowth << "unknown" << unknownGrowth;
    if (baseline < 0 || before < 0)
        QSKIP("the peak resident size (VmHWM) cannot be reset here");
    // 48 MiB went through each upload; a few parts' worth of growth is the connector's.
    QVERIFY2(knownGrowth < 12 * 1024, qPrintable(QString::number(knownGrowth)));
    QVERIFY2(unknownGrowth < 12 * 1024, qPrintable(QString::number(unknownGrowth)));
    for (const QJsonValue &r : requests(QStringLiteral("^/api/2.0/files/")))
        QVERIFY(r.toObject().value(u"content_length").toInteger() <= Part + 4096);
    QCOMPARE(files()[Root + QStringLiteral("L/known.wav")].value(u"size").toInteger(), Size);
    QCOMPARE(files()[Root + QStringLiteral("L/unknown.wav")].value(u"size").toInteger(), Size);
}

QTEST_GUILESS_MAIN(TestBoxConnector)
#include "tst_boxconnector.moc"
