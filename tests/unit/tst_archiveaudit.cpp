// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit and the day manifests above the connectors: the demo source archives into an
// in-memory storage through the real JobRunner, the archive is damaged in every way the audit
// must name (a file deleted, truncated, changed; a stray file; a ledger row lost), and the
// audit must name exactly those, the repair must fix what it can through the normal job path
// (uploading nothing twice), and the manifests must list every item without ever losing a line.
#include "audit/archiveaudit.h"
#include "audit/manifestwriter.h"
#include "common/clock.h"
#include "demoarchive.h"
#include "memorystorage.h"
#include "sources/demosource.h"
#include "store/auditstore.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "storetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::MemoryStorage;

namespace {

const QDateTime Start = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate);
constexpr int ItemCount = 24; // two minutes apart: 10:00 to 10:46
constexpr qint64 ItemSize = 3000;
const TimeWindow Range(Start, Start.addSecs(3600));
const ItemTypes AllTypes = ItemTypes(ItemTypeFlag::CallRecording) | ItemTypeFlag::VoiceMail |
                           ItemTypeFlag::Sms | ItemTypeFlag::Fax;

struct Fixture
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("rc-archiver.sqlite"))};
    ManualClock clock{Start.addDays(1)};
    MemoryStorage storage;
    std::unique_ptr<DemoSource> source;

    bool setUp(int itemCount = ItemCount)
    {
        if (db.open())
            return false;
        return useSource(itemCount);
    }
    bool useSource(int itemCount)
    {
        const QString manifest = dir.filePath(QStringLiteral("items-%1.json").arg(itemCount));
        if (!test::writeDemoManifest(manifest, Start, itemCount, ItemSize, 0))
            return false;
        Error error;
        source = std::make_unique<DemoSource>(QJsonObject{{QStringLiteral("manifest"), manifest}},
                                              &error);
        return !error;
    }
    JobRecord archive(const JobRequest &request)
    {
        JobRunner runner(&db, source.get(), &storage, QStringLiteral("Memory"), &clock,
                         RemoteLayout(QTimeZone::utc()));
        return runner.run(request, CancelToken());
    }
    JobRecord archiveRange(ItemTypes types = AllTypes)
    {
        JobRequest request;
        request.window = Range;
        request.types = types;
        request.trigger = JobRecord::Trigger::Range;
        return archive(request);
    }
    AuditReport audit(ItemTypes currentTypes = AllTypes)
    {
        ArchiveAudit audit(&db, source.get(), &storage, &clock, QTimeZone::utc(), currentTypes);
        return audit.run(Range, CancelToken());
    }
    QString pathOf(const QString &id)
    {
        for (ItemType type : allItemTypes()) {
            if (const auto entry = ItemLedger(&db).entry(type, id))
                return entry->remotePath;
        }
        return {};
    }
};

// "kind id-or-path", sorted: what an audit names.
QStringList named(const AuditReport &report)
{
    QStringList names;
    for (const AuditProblem &p : report.problems)
        names.append(AuditProblem::kindKey(p.kind) + u' ' +
                     (p.sourceId.isEmpty() ? p.path : p.sourceId));
    names.sort();
    return names;
}

} // namespace

class TestArchiveAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanArchiveVerifies();
    void namesExactlyTheFiveFaultsAndRepairsThem();
    void repairSurvivesAnInterruption();
    void beyondRetentionChecksLedgerAndStorageOnly();
    void providerChecksumsAndHostileNames();
    void sourceItemUnknownToTheLedger();
    void windowsFollowTheTypesOfTheirJobs();
    void reportFormats();
    void manifestsListEveryItem();
    void manifestKeepsLinesTheLedgerLost();
    void checksumLineEscapes();
    void retentionIsRecordedAndAudited();
    void retentionTexts();
};

void TestArchiveAudit::cleanArchiveVerifies()
{
    Fixture f;
    QVERIFY(f.setUp());
    const JobRecord job = f.archiveRange();
    QCOMPARE(job.status, JobRecord::Status::Completed);
    const AuditReport report = f.audit();
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QCOMPARE(report.listed, ItemCount);
    QCOMPARE(report.archived, ItemCount);
    QCOMPARE(report.verified, ItemCount);
    QCOMPARE(report.windows.size(), 2); // 10:00–10:30, 10:30–11:00
    QCOMPARE(report.windows.at(0).listed, 15);
    QCOMPARE(report.windows.at(1).verified, 9);
    QCOMPARE(report.checksum, u"SHA-256"_s);
    int byType = 0;
    for (int n : report.verifiedByType)
        byType += n;
    QCOMPARE(byType, ItemCount);
}

void TestArchiveAudit::namesExactlyTheFiveFaultsAndRepairsThem()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    const QString deleted = f.pathOf(u"item-1"_s), truncated = f.pathOf(u"item-2"_s),
                  changed = f.pathOf(u"item-3"_s), unrecorded = f.pathOf(u"item-5"_s);
    const QString stray = deleted.left(deleted.lastIndexOf(u'/')) + u"/stray.mp3"_s;
    f.storage.files.remove(deleted);
    f.storage.files[truncated].truncate(100);
    f.storage.files[changed][1234] = char(f.storage.files[changed][1234] ^ 0x20);
    f.storage.files.insert(stray, "not ours");
    QSqlQuery forget(f.db.connection());
    QVERIFY(forget.exec(u"DELETE FROM archived_items WHERE source_id = 'item-5'"_s));

    const AuditReport report = f.audit();
    QCOMPARE(named(report), QStringList({u"checksum-differs item-3"_s, u"missing-file item-1"_s,
                                         u"not-in-ledger item-5"_s, u"size-differs item-2"_s,
                                         u"unknown-file "_s + stray}));
    QCOMPARE(report.repairableCount(), 4);
    QCOMPARE(report.verified, ItemCount - 4);
    for (const AuditProblem &p : report.problems) {
        if (p.kind == AuditProblem::Kind::NotInLedger)
            QCOMPARE(p.path, unrecorded);
    }

    const int uploadsBefore = f.storage.uploads;
    VERIFY_OK(ArchiveAudit::scheduleRepairs(&f.db, report, f.clock.now()));
    const JobRecord repair = f.archive(ArchiveAudit::repairRequest(Range));
    QCOMPARE(repair.status, JobRecord::Status::Completed);
    QCOMPARE(repair.totalArchived(), 4);
    // Three files written again; the unrecorded one was found identical, not sent again. The
    // two manifests of the day are rewritten beside them.
    QStringList written = f.storage.writtenPaths.mid(f.storage.writtenPaths.size() -
                                                     (f.storage.uploads - uploadsBefore));
    written.removeIf([](const QString &p) { return p.startsWith(u"manifest/"_s); });
    written.sort();
    QStringList expected = {deleted, truncated, changed};
    expected.sort();
    QCOMPARE(written, expected);
    // The damaged ones were replaced in place, not stored beside.
    QCOMPARE(f.pathOf(u"item-2"_s), truncated);
    QCOMPARE(f.pathOf(u"item-3"_s), changed);
    QCOMPARE(f.pathOf(u"item-5"_s), unrecorded);

    const AuditReport after = f.audit();
    QCOMPARE(named(after), QStringList({u"unknown-file "_s + stray}));
    QCOMPARE(after.verified, ItemCount);
    QCOMPARE(ItemLedger(&f.db).archivedCount(), ItemCount);
}

void TestArchiveAudit::repairSurvivesAnInterruption()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    const QString damaged = f.pathOf(u"item-5"_s);
    f.storage.files[damaged].truncate(10);
    const AuditReport report = f.audit();
    VERIFY_OK(ArchiveAudit::scheduleRepairs(&f.db, report, f.clock.now()));
    // The process dies before the repair job: the item waits as due, with its replace path,
    // and the next ordinary job (which retries due items first) puts it right.
    const std::optional<FailedItem> waiting =
        ItemLedger(&f.db).failure(ItemType::VoiceMail, u"item-5"_s);
    QVERIFY(waiting);
    QCOMPARE(waiting->replacePath, damaged);
    QVERIFY(!ItemLedger(&f.db).isArchived(ItemType::VoiceMail, u"item-5"_s));
    // Scheduling it again (a second audit --repair) keeps the path it must replace.
    AuditReport second = report;
    second.problems.first().kind = AuditProblem::Kind::NotInLedger;
    VERIFY_OK(ArchiveAudit::scheduleRepairs(&f.db, second, f.clock.now()));
    QCOMPARE(ItemLedger(&f.db).failure(ItemType::VoiceMail, u"item-5"_s)->replacePath, damaged);

    f.clock.advanceSeconds(1800);
    JobRequest next;
    next.window = TimeWindow(Start.addDays(1), Start.addDays(1).addSecs(1800)); // nothing there
    next.types = AllTypes;
    const JobRecord job = f.archive(next);
    QCOMPARE(job.status, JobRecord::Status::Completed);
    QCOMPARE(f.pathOf(u"item-5"_s), damaged);
    QCOMPARE(f.storage.files.value(damaged).size(), ItemSize);
    QVERIFY(f.audit().isClean());
}

void TestArchiveAudit::beyondRetentionChecksLedgerAndStorageOnly()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    f.clock.setNow(Start.addDays(120)); // the demo source keeps 90 days
    AuditReport report = f.audit();
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QVERIFY(report.windows.at(0).beyondRetention);
    QCOMPARE(report.windows.at(0).listed, -1);
    QCOMPARE(report.listed, 0);
    QCOMPARE(report.verified, ItemCount);

    f.storage.files.remove(f.pathOf(u"item-4"_s));
    report = f.audit();
    QCOMPARE(named(report), QStringList({u"missing-file item-4"_s}));
    QVERIFY(!report.problems.first().repairable); // the source has it no more
    QVERIFY(report.toText().contains(u"retention"_s));
}

void TestArchiveAudit::providerChecksumsAndHostileNames()
{
    Fixture f;
    f.storage.providerChecksums = true;
    QVERIFY(f.setUp());
    f.archiveRange();
    QVERIFY(f.audit().isClean());
    QCOMPARE(f.audit().checksum, u"md5Checksum"_s);

    const QString noChecksum = f.pathOf(u"item-6"_s);
    f.storage.checksumMissing.insert(noChecksum);
    const QString day = noChecksum.section(u'/', 0, 1);
    f.storage.hostileNames.insert(QString(), u"..\u202Egnp.exe"_s);
    f.storage.hostileNames.insert(day, u"SMS/evil\x1b[2J\nname.txt"_s);
    f.storage.hostileNames.insert(day, u"../../escape"_s);
    const int uploads = f.storage.uploads;
    const AuditReport report = f.audit();
    QCOMPARE(report.problems.size(), 4);
    QCOMPARE(named(report).first(), u"not-verifiable item-6"_s);
    for (const AuditProblem &p : report.problems) {
        if (p.kind == AuditProblem::Kind::NotVerifiable)
            QVERIFY2(p.detail.contains(u"md5Checksum"_s), qPrintable(p.detail));
    }
    int unknown = 0;
    for (const AuditProblem &p : report.problems) {
        if (p.kind != AuditProblem::Kind::UnknownFile)
            continue;
        ++unknown;
        QVERIFY(!p.repairable);
        const QString shown = AuditProblem::printable(p.path);
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 && c.category() != QChar::Other_Format, qPrintable(shown));
    }
    QCOMPARE(unknown, 3);
    QVERIFY(report.toText().contains(u"\\x1b[2J\\x0aname.txt"_s));
    QVERIFY(report.toText().contains(u"\\u202e"_s));
    // An audit writes nothing, and a repair of this report would write nowhere outside.
    QCOMPARE(f.storage.uploads, uploads);
    QCOMPARE(report.repairableCount(), 0);
}

void TestArchiveAudit::sourceItemUnknownToTheLedger()
{
    Fixture f;
    QVERIFY(f.setUp(ItemCount));
    f.archiveRange();
    QVERIFY(f.useSource(ItemCount + 2)); // RingCentral now lists two more in the range
    const AuditReport report = f.audit();
    QCOMPARE(named(report), QStringList({u"not-archived item-24"_s, u"not-archived item-25"_s}));
    QVERIFY(report.problems.first().repairable);
    QCOMPARE(report.listed, ItemCount + 2);
    QCOMPARE(report.archived, ItemCount);
    VERIFY_OK(ArchiveAudit::scheduleRepairs(&f.db, report, f.clock.now()));
    QCOMPARE(f.archive(ArchiveAudit::repairRequest(Range)).totalArchived(), 2);
    QVERIFY(f.audit().isClean());
}

void TestArchiveAudit::windowsFollowTheTypesOfTheirJobs()
{
    Fixture f;
    QVERIFY(f.setUp());
    // The settings of that time archived call recordings only; today's ask for everything.
    f.archiveRange(ItemTypeFlag::CallRecording);
    const AuditReport report = f.audit(AllTypes);
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QCOMPARE(report.listed, ItemCount / 4);
    QCOMPARE(report.verified, ItemCount / 4);
}

void TestArchiveAudit::reportFormats()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    f.storage.files.remove(f.pathOf(u"item-0"_s));
    const AuditReport report = f.audit();
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"clean").toBool(), false);
    QCOMPARE(json.value(u"totals").toObject().value(u"verified").toInt(), ItemCount - 1);
    const QJsonObject problem = json.value(u"problems").toArray().first().toObject();
    QCOMPARE(problem.value(u"kind").toString(), u"missing-file"_s);
    QCOMPARE(problem.value(u"type").toString(), u"call-recording"_s);
    QCOMPARE(problem.value(u"id").toString(), u"item-0"_s);
    QVERIFY(problem.value(u"repairable").toBool());
    const QList<QByteArray> csv = report.toCsv().split('\n');
    QVERIFY(csv.first().startsWith("record,from,to,listed"));
    QVERIFY(csv.at(1).startsWith("window,2026-11-24T10:00:00Z,2026-11-24T10:30:00Z,15,15,14,1"));
    QVERIFY(report.toCsv().contains("problem,2026-11-24T10:00:00Z,2026-11-24T10:30:00Z,,,,,"
                                    "missing-file,call-recording,item-0,"));
}

void TestArchiveAudit::manifestsListEveryItem()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    QVERIFY(ItemLedger(&f.db).pendingManifestDays().isEmpty());
    const QByteArray list = f.storage.files.value(u"manifest/2026-11-24.jsonl"_s);
    const QByteArray sums = f.storage.files.value(u"manifest/2026-11-24.sha256"_s);
    QCOMPARE(list.count('\n'), ItemCount);
    QCOMPARE(sums.count('\n'), ItemCount);
    const QJsonObject first = QJsonDocument::fromJson(list.split('\n').first()).object();
    for (const char *key : {"id", "type", "extension", "direction", "parties", "start",
                            "durationSeconds", "size", "sha256", "path", "archivedAt"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(u"size").toInteger(), ItemSize);
    QCOMPARE(first.value(u"parties").toObject().value(u"to").toString().size(), 3);
    // Every stored file's line: "<sha256>  <path>", the hash of the bytes stored there.
    for (const QByteArray &line : sums.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString path = QString::fromUtf8(line.mid(66));
        QVERIFY2(f.storage.files.contains(path), qPrintable(path));
        QCOMPARE(line.left(64),
                 DemoSource::contentSha256(path.section(u'_', -1).section(u'.', 0, 0), ItemSize));
    }
    // Nothing changed: writing again rewrites nothing.
    const int uploads = f.storage.uploads;
    bool changed = true;
    VERIFY_OK(ManifestWriter(&f.db, &f.storage).writeDay(u"2026-11-24"_s, {}, &changed));
    QVERIFY(!changed);
    QCOMPARE(f.storage.uploads, uploads);
}

void TestArchiveAudit::manifestKeepsLinesTheLedgerLost()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.archiveRange();
    const QString path = u"manifest/2026-11-24.jsonl"_s;
    f.storage.files[path] += "{\"id\":\"from-another-copy\",\"type\":\"sms\",\"path\":\"x/y\","
                             "\"sha256\":\"00\"}\nnot json at all\n";
    QSqlQuery forget(f.db.connection());
    QVERIFY(forget.exec(u"DELETE FROM archived_items WHERE source_id = 'item-9'"_s));
    // A later job of the same day: the manifest gets its line, and keeps every other one.
    QVERIFY(f.useSource(ItemCount + 1));
    QCOMPARE(f.archiveRange().totalArchived(), 1 + 1); // item-24, and item-9 found stored
    const QByteArray list = f.storage.files.value(path);
    QCOMPARE(list.count('\n'), ItemCount + 1 + 2);
    QVERIFY(list.contains("from-another-copy"));
    QVERIFY(list.contains("not json at all"));
    QVERIFY(list.contains("\"id\":\"item-24\""));
    QCOMPARE(list.count("\"id\":\"item-9\""), 1);
    QVERIFY(f.storage.files.value(u"manifest/2026-11-24.sha256"_s).contains("00  x/y\n"));
}

void TestArchiveAudit::checksumLineEscapes()
{
    QCOMPARE(ManifestWriter::checksumLine("ab", u"a/b c.mp3"_s), QByteArray("ab  a/b c.mp3"));
    QCOMPARE(ManifestWriter::checksumLine("ab", u"a\\b\nc"_s), QByteArray("\\ab  a\\\\b\\nc"));
}

void TestArchiveAudit::retentionIsRecordedAndAudited()
{
    Fixture f;
    f.storage.retentionMode = ObjectRetention::Mode::Compliance;
    f.storage.retentionDays = 2555;
    QVERIFY(f.setUp());
    f.archiveRange();
    // The ledger and the manifest keep what each file was written with, counted from the
    // item's creation; `status` reads the earliest date from the ledger.
    const auto first = ItemLedger(&f.db).entry(ItemType::CallRecording, u"item-0"_s);
    QVERIFY(first);
    QCOMPARE(first->retention.mode, ObjectRetention::Mode::Compliance);
    QCOMPARE(first->retention.retainUntil, first->created.addDays(2555));
    const ItemLedger::RetentionSummary summary = ItemLedger(&f.db).retentionSummary();
    QCOMPARE(summary.withRetention, ItemCount);
    QCOMPARE(summary.withoutRetention, 0);
    QCOMPARE(summary.earliestRetainUntil, Start.addDays(2555));
    const QByteArray list = f.storage.files.value(u"manifest/2026-11-24.jsonl"_s);
    const QJsonObject line = QJsonDocument::fromJson(list.split('\n').first()).object();
    QCOMPARE(
        ObjectRetention::fromJson(line.value(u"retention").toObject()),
        ItemLedger(&f.db).entry(ItemType::CallRecording, line.value(u"id").toString())->retention);
    QVERIFY(f.audit().isClean());

    // Someone shortened one file's retention (governance bypass) and lifted another's mode.
    const QString shortened = f.pathOf(u"item-3"_s);
    f.storage.retention[shortened].retainUntil = Start.addDays(1);
    const QString lifted = f.pathOf(u"item-5"_s);
    f.storage.retention[lifted].mode = ObjectRetention::Mode::Governance;
    const int uploads = f.storage.uploads;
    const AuditReport report = f.audit();
    QCOMPARE(named(report),
             QStringList({u"retention-weakened item-3"_s, u"retention-weakened item-5"_s}));
    for (const AuditProblem &p : report.problems) {
        QVERIFY(!p.repairable); // the bytes are intact; uploading again would not help
        QVERIFY2(p.detail.contains(u"compliance mode"_s), qPrintable(p.detail));
    }
    QCOMPARE(f.storage.uploads, uploads);
    // A file whose retention was only extended is still as protected as it was written.
    f.storage.retention[shortened].retainUntil = Start.addDays(4000);
    f.storage.retention[lifted].mode = ObjectRetention::Mode::Compliance;
    QVERIFY(f.audit().isClean());
}

void TestArchiveAudit::retentionTexts()
{
    ObjectRetention written;
    written.mode = ObjectRetention::Mode::Compliance;
    written.retainUntil = Start.addYears(7);
    written.legalHold = true;
    QCOMPARE(ObjectRetention::fromJson(written.toJson()), written);
    QCOMPARE(written.toJson().value(u"mode").toString(), u"COMPLIANCE"_s);
    QVERIFY(ObjectRetention::fromJson({}).isEmpty());
    QVERIFY(ObjectRetention::fromJson(QJsonObject{{u"mode"_s, u"WORM"_s}}).isEmpty());
    QVERIFY(written.weakenedIn(written).isEmpty());
    ObjectRetention later = written;
    later.retainUntil = written.retainUntil.addDays(1);
    QVERIFY(written.weakenedIn(later).isEmpty());
    ObjectRetention none;
    none.legalHold = false;
    const QString gone = written.weakenedIn(none);
    QVERIFY2(gone.contains(u"no longer has a retention date"_s), qPrintable(gone));
    QVERIFY2(gone.contains(u"legal hold was removed"_s), qPrintable(gone));
    QVERIFY(written.text().contains(u"legal hold"_s));
    QCOMPARE(none.text(), u"none"_s);
}

QTEST_GUILESS_MAIN(TestArchiveAudit)
#include "tst_archiveaudit.moc"
