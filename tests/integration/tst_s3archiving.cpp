// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real program into S3 with Object Lock: `rc-archiver connect s3` against the fake S3
// (tests/fakes/s3, every signature checked by botocore) with governance retention, then
// `run-once` over items large enough for multipart uploads, killed with SIGKILL again and
// again in the middle of its uploads. The last run must leave every item stored exactly once
// (one version per key, the demo source's bytes, each written by one successful PUT or
// CompleteMultipartUpload: parts held from a killed run are resumed, not sent again), no
// multipart upload left unfinished, every object carrying the retention counted from its
// item's creation; `status` shows the earliest date anything could be deleted, and `audit`
// finds the archive intact, then names a retention someone shortened.
#include "demoarchive.h"
#include "fakeserver.h"
#include "programrun.h"
#include "sources/demosource.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int ItemCount = 8;
constexpr qint64 ItemSize = 11 * 1024 * 1024; // three parts of 5 MiB
const QString program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");
const QString Script = QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/s3/fake_s3.py");

using Run = rca::test::ProgramRun;

} // namespace

class TestS3Archiving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedRunsLoseNothingAndUploadNothingTwice();

private:
    Run run(const QStringList &arguments, int killAfterMs = -1);
    QJsonArray get(const QString &path, const char *field);

    QTemporaryDir m_dir;
    rca::test::FakeServer m_fake;
    QString m_profile;
    QDateTime m_from;
    QDateTime m_to;
};

Run TestS3Archiving::run(const QStringList &arguments, int killAfterMs)
{
    return rca::test::runProgram(m_profile, arguments, killAfterMs); // SIGKILL when killed
}

QJsonArray TestS3Archiving::get(const QString &path, const char *field)
{
    return m_fake.call("GET", path).value(QLatin1String(field)).toArray();
}

void TestS3Archiving::initTestCase()
{
    QVERIFY(QFile::exists(program));
    QVERIFY(m_fake.start(Script, {u"--bucket"_s, u"archive:lock"_s}));
    m_profile = m_dir.filePath(u"profile"_s);
    m_from = QDateTime::currentDateTimeUtc().addDays(-2);
    m_from.setTime(QTime(0, 0));
    m_to = m_from.addSecs(ItemCount * 120);
    const QString manifest = m_dir.filePath(u"items.json"_s);
    // Downloads throttled to 24 MiB/s: a run takes a few seconds, and kills land mid-upload.
    QVERIFY(rca::test::writeDemoManifest(manifest, m_from, ItemCount, ItemSize, 24 * 1024 * 1024,
                                         u"Eve ../../etc"_s));
    Run r = run({u"connect"_s, u"demo"_s, u"--manifest"_s, manifest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = run({u"connect"_s, u"s3"_s, u"--option"_s, u"endpoint="_s + m_fake.url(), u"--option"_s,
             u"bucket=archive"_s, u"--option"_s, u"accessKeyId=AKIAIOSFODNN7EXAMPLE"_s,
             u"--option"_s, u"secretAccessKey=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s,
             u"--option"_s, u"retentionMode=governance"_s, u"--option"_s, u"retentionDays=30"_s,
             u"--option"_s, u"partSizeMiB=5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(u"s3://archive/RingCentral Application/"_s), qPrintable(r.output));
}

void TestS3Archiving::killedRunsLoseNothingAndUploadNothingTwice()
{
    const QStringList range = {u"run-once"_s, u"--from"_s, m_from.toString(Qt::ISODate), u"--to"_s,
                               m_to.toString(Qt::ISODate)};
    // Killed again and again; as the work left shrinks, a run may finish before its kill.
    int kills = 0, killsMidMultipart = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const Run r = run(range, 300 + QRandomGenerator::global()->bounded(1000));
        if (r.status != QProcess::CrashExit)
            break;
        ++kills;
        if (!get(u"/__fake/uploads"_s, "uploads").isEmpty())
            ++killsMidMultipart;
    }
    qInfo() << kills << "runs killed," << killsMidMultipart << "of them mid-multipart";
    QVERIFY2(killsMidMultipart > 0, "no kill landed in the middle of a multipart upload");
    // The last run completes what is left; that may be nothing, when a kill landed only after
    // the work was done (what is stored is checked below either way).
    const Run last = run(range);
    QVERIFY2(last.exitCode == 0, qPrintable(last.output));
    QVERIFY2(last.output.contains(u": Complete"_s), qPrintable(last.output));
    QVERIFY2(!last.output.contains(QRegularExpression(u" [1-9]\\d* failed"_s)),
             qPrintable(last.output));

    // Every item once, with its bytes and its retention; nothing unfinished left behind.
    QVERIFY(get(u"/__fake/uploads"_s, "uploads").isEmpty());
    const QRegularExpression idPattern(u"_(item-\\d+)\\.[a-z0-9]+$"_s);
    QHash<QString, QString> keyOf;
    for (const QJsonValue &value : get(u"/__fake/objects?bucket=archive"_s, "objects")) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(u"key").toString();
        const QRegularExpressionMatch match = idPattern.match(key);
        if (!match.hasMatch())
            continue; // the day manifests
        const QString id = match.captured(1);
        QVERIFY2(!keyOf.contains(id), qPrintable(u"stored twice: "_s + key));
        keyOf.insert(id, key);
        QCOMPARE(object.value(u"sha256").toString().toLatin1(),
                 rca::DemoSource::contentSha256(id, ItemSize));
        const QJsonObject retention = object.value(u"retention").toObject();
        QCOMPARE(retention.value(u"mode").toString(), u"GOVERNANCE"_s);
    }
    QCOMPARE(keyOf.size(), ItemCount);
    // Each item's object written by exactly one successful request: resumed parts, a completed
    // upload found again, never a second copy.
    QHash<QString, int> writes;
    int partsStored = 0, resumes = 0;
    for (const QJsonValue &value : get(u"/__fake/requests"_s, "requests")) {
        const QJsonObject request = value.toObject();
        const QString operation = request.value(u"operation").toString();
        partsStored += operation == u"UploadPart" && request.value(u"status").toInt() == 200;
        resumes += operation == u"ListParts" && request.value(u"status").toInt() == 200;
        if (request.value(u"status").toInt() == 200 &&
            (operation == u"PutObject" || operation == u"CompleteMultipartUpload"))
            ++writes[request.value(u"key").toString()];
    }
    for (const QString &key : std::as_const(keyOf))
        QVERIFY2(writes.value(key) == 1, qPrintable(key));
    // Uploads cut short were resumed: the parts they held were not sent again. At most the
    // parts in flight at each kill (four at a time) went up twice.
    qInfo() << partsStored << "parts stored," << resumes << "uploads resumed";
    QVERIFY(resumes >= 1);
    QVERIFY2(partsStored <= ItemCount * 3 + kills * 4, qPrintable(QString::number(partsStored)));

    const Run status = run({u"status"_s});
    QVERIFY2(status.output.contains(u"Object Lock: on, no default retention"_s),
             qPrintable(status.output));
    QVERIFY2(status.output.contains(u"Each object: governance mode for 30 days"_s),
             qPrintable(status.output));
    QVERIFY2(status.output.contains(u"Protected: nothing archived can be deleted before"_s),
             qPrintable(status.output));
    const QString auditFrom = m_from.toString(Qt::ISODate);
    const QString auditTo = m_to.toString(Qt::ISODate);
    Run audit = run({u"audit"_s, u"--from"_s, auditFrom, u"--to"_s, auditTo});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.output));

    // Someone with the bypass permission shortens one object's retention: the audit names it.
    const QString key = keyOf.value(u"item-3"_s);
    m_fake.call("POST", u"/__fake/retention"_s,
                {{u"bucket"_s, u"archive"_s},
                 {u"key"_s, key},
                 {u"retention"_s, QJsonObject{{u"mode"_s, u"GOVERNANCE"_s},
                                              {u"until"_s, u"2026-01-01T00:00:00Z"_s}}}});
    audit = run({u"audit"_s, u"--from"_s, auditFrom, u"--to"_s, auditTo});
    QVERIFY2(audit.exitCode != 0, qPrintable(audit.output));
    QVERIFY2(audit.output.contains(u"Retention weakened"_s), qPrintable(audit.output));
    QVERIFY2(audit.output.contains(u"its retention date moved"_s), qPrintable(audit.output));
}

QTEST_MAIN(TestS3Archiving)
#include "tst_s3archiving.moc"
