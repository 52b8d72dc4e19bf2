// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archiveaudit.h"

#include "archive/sha256.h"
#include "audit/manifestwriter.h"
#include "common/clock.h"
#include "logging/logging.h"
#include "storage/storageconnector.h"
#include "store/auditstore.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rca {

namespace {

QString itemKey(ItemType type, const QString &sourceId)
{
    return itemTypeKey(type) + u'/' + sourceId;
}

// "<folder>/<name without extension and without a trailing ' (n)'>": the stored files an item
// may be under (the layout's name, another extension after the server named the content,
// "name (2).ext" when a different file held the name).
QString stemKey(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    QString name = path.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    static const QRegularExpression alternative(QStringLiteral(" \\(\\d+\\)$"));
    name.remove(alternative);
    return path.left(slash + 1) + name;
}

// Hashes what a storage reads back.
class HashSink : public ByteSink
{
public:
    explicit HashSink(const CancelToken &cancel)
        : m_cancel(cancel)
    {}
    Error write(const char *data, qint64 size) override
    {
        if (m_cancel.isCancelled())
            return Error::cancelled();
        m_hash.addData(QByteArrayView(data, size));
        m_size += size;
        return {};
    }
    qint64 bytesWritten() const override { return m_size; }
    QByteArray hexResult() { return m_hash.hexResult(); }

private:
    CancelToken m_cancel;
    Sha256 m_hash;
    qint64 m_size = 0;
};

} // namespace

// What one day folder holds, and what the checks of its ledger entries found.
struct ArchiveAudit::DayRun
{
    QHash<QString, StoredFile> stored;   // files in the day folders, by path
    QMultiHash<QString, QString> byStem; // stemKey -> path
    QSet<QString> claimed;               // paths that belong to an item
    QHash<QString, int> ledgerOutcome;   // item key -> problem index, or -1 when verified
};

ArchiveAudit::ArchiveAudit(Database *db, ArchiveSource *source, StorageConnector *storage,
                           const Clock *clock, const QTimeZone &zone, ItemTypes currentTypes)
    : m_db(db)
    , m_source(source)
    , m_storage(storage)
    , m_clock(clock)
    , m_calendar(zone)
    , m_layout(zone)
    , m_currentTypes(currentTypes)
{}

void ArchiveAudit::setProgressHandler(std::function<void(const AuditProgress &)> handler)
{
    m_progressHandler = std::move(handler);
}

void ArchiveAudit::reportProgress(const QString &phase)
{
    if (!phase.isEmpty())
        m_progress.phase = phase;
    if (m_progressHandler)
        m_progressHandler(m_progress);
}

QList<TimeWindow> ArchiveAudit::windowsOf(const TimeWindow &range) const
{
    QList<TimeWindow> windows;
    QDateTime from = range.from;
    while (from < range.to) {
        QDateTime to = m_calendar.slotAfter(from);
        if (!to.isValid() || to > range.to)
            to = range.to;
        windows.append(TimeWindow(from, to));
        from = to;
    }
    return windows;
}

int ArchiveAudit::windowIndex(const QDateTime &time) const
{
    const auto it = std::upper_bound(
        m_windows.cbegin(), m_windows.cend(), time,
        [](const QDateTime &t, const TimeWindow &window) { return t < window.to; });
    if (it == m_windows.cend() || !it->contains(time))
        return -1;
    return int(it - m_windows.cbegin());
}

ItemTypes ArchiveAudit::typesOfWindow(const TimeWindow &window) const
{
    const int index = windowIndex(window.from);
    return index >= 0 ? m_windowTypes.at(index) : m_currentTypes;
}

bool ArchiveAudit::beyondRetention(ItemType type, const TimeWindow &window) const
{
    return window.from < m_clock->now().addDays(-m_source->retentionDays(type));
}

AuditReport ArchiveAudit::run(const TimeWindow &range, const CancelToken &cancel)
{
    AuditReport report;
    report.range = range;
    report.storageLocation = m_storage->location();
    report.checksum =
        m_storage->checksumName().isEmpty() ? QStringLiteral("SHA-256") : m_storage->checksumName();
    m_windows = windowsOf(range);
    m_progress = {};
    m_progress.windowsTotal = int(m_windows.size());

    // The types each window was archived with: the jobs that covered it, else today's.
    m_windowTypes = QList<ItemTypes>(m_windows.size(), ItemTypes());
    QList<bool> covered(m_windows.size(), false);
    const QList<JobRecord> jobs = JobStore(m_db).jobsCovering(range.from, range.to);
    for (const JobRecord &job : jobs) {
        if (job.types == ItemTypes())
            continue; // written before jobs recorded their types
        for (int i = std::max(0, windowIndex(job.window.from)); i < m_windows.size(); ++i) {
            if (m_windows.at(i).from >= job.window.to)
                break;
            if (m_windows.at(i).to <= job.window.from)
                continue;
            m_windowTypes[i] |= job.types;
            covered[i] = true;
        }
    }
    for (int i = 0; i < m_windows.size(); ++i) {
        if (!covered.at(i))
            m_windowTypes[i] = m_currentTypes;
        AuditWindow window;
        window.window = m_windows.at(i);
        window.beyondRetention = true;
        for (ItemType type : typesIn(m_windowTypes.at(i) & m_source->availableTypes()))
            window.beyondRetention = window.beyondRetention && beyondRetention(type, window.window);
        window.listed = window.beyondRetention ? -1 : 0;
        report.windows.append(window);
    }

    // Until the first day is checked, no window is reached.
    m_reachedUntil = range.from;
    auto finish = [&](const Error &error) {
        report.error = error;
        if (error) {
            // The report speaks only of the windows it reached.
            report.windows.removeIf(
                [&](const AuditWindow &w) { return w.window.to > m_reachedUntil; });
            report.problems.removeIf([&](const AuditProblem &p) {
                return p.window.isValid() && p.window.to > m_reachedUntil;
            });
        }
        for (const AuditWindow &w : std::as_const(report.windows)) {
            report.listed += std::max(0, w.listed);
            report.archived += w.archived;
            report.verified += w.verified;
        }
        if (!error) {
            m_progress.windowsDone = m_progress.windowsTotal;
            reportProgress(tr("Done"));
        }
        return report;
    };
    if (Error e = listSource(range, cancel, &report))
        return finish(e);

    reportProgress(tr("Opening the storage"));
    if (Error e = m_storage->open(cancel))
        return finish(e);
    // The archive root: extension folders, the manifests, and nothing else.
    QStringList extensionFolders;
    Error error = m_storage->listFolder(
        QString(), false,
        [&](const StoredFile &entry) -> Error {
            if (entry.isFolder) {
                if (entry.path != ManifestWriter::folder())
                    extensionFolders.append(entry.path);
                return {};
            }
            AuditProblem problem;
            problem.kind = AuditProblem::Kind::UnknownFile;
            problem.path = entry.path;
            problem.detail = tr("A file at the top of the archive, where only folders belong.");
            report.problems.append(problem);
            ++report.unknownFiles;
            return {};
        },
        cancel);
    if (!error) {
        // Day folders in the storage's layout zone, covering the whole range.
        QDate day = range.from.toTimeZone(m_calendar.zone()).date();
        const QDate last = range.to.addMSecs(-1).toTimeZone(m_calendar.zone()).date();
        for (; day <= last && !error; day = day.addDays(1)) {
            if (cancel.isCancelled())
                error = Error::cancelled();
            else
                error = auditDay(day, range, extensionFolders, cancel, &report);
        }
    }
    m_storage->close();
    return finish(error);
}

Error ArchiveAudit::listSource(const TimeWindow &range, const CancelToken &cancel,
                               AuditReport *report)
{
    Q_UNUSED(report)
    reportProgress(tr("Listing what %1 holds").arg(m_source->displayName()));
    AuditStore scratch(m_db);
    if (Error e = scratch.clearListed())
        return e;
    ItemTypes wanted;
    for (const ItemTypes &types : std::as_const(m_windowTypes))
        wanted |= types;
    wanted &= m_source->availableTypes();
    // One listing per retention period (call recordings 90 days, SMS longer): the whole range
    // at once, so the source pages it as a job would.
    QMap<qint64, ItemTypes> byStart;
    const QDateTime now = m_clock->now();
    for (ItemType type : typesIn(wanted)) {
        const QDateTime oldest = now.addDays(-m_source->retentionDays(type));
        const QDateTime from = std::max(range.from, oldest);
        if (from < range.to)
            byStart[from.toMSecsSinceEpoch()] |= flagOf(type);
    }
    for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
        const TimeWindow window(QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC), range.to);
        if (Error e = m_source->listItems(window, it.value(), cancel,
                                          [&](const QList<ArchiveItem> &page) -> Error {
                                              if (cancel.isCancelled())
                                                  return Error::cancelled();
                                              return scratch.addListed(page);
                                          }))
            return e;
    }
    return {};
}

Error ArchiveAudit::auditDay(const QDate &day, const TimeWindow &range,
                             const QStringList &extensionFolders, const CancelToken &cancel,
                             AuditReport *report)
{
    const QString dayName = day.toString(Qt::ISODate);
    const TimeWindow dayRange(
        std::max(range.from, day.startOfDay(m_calendar.zone()).toUTC()),
        std::min(range.to, day.addDays(1).startOfDay(m_calendar.zone()).toUTC()));
    reportProgress(tr("Checking %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
    DayRun run;
    for (const QString &extension : extensionFolders) {
        if (Error e = m_storage->listFolder(
                extension + u'/' + dayName, true,
                [&](const StoredFile &entry) -> Error {
                    if (!entry.isFolder) {
                        run.stored.insert(entry.path, entry);
                        run.byStem.insert(stemKey(entry.path), entry.path);
                    }
                    return {};
                },
                cancel))
            return e;
    }

    // What the ledger says was archived in this part of the range.
    ItemLedger ledger(m_db);
    auto addProblem = [&](AuditProblem problem, int windowIndex) {
        if (windowIndex >= 0) {
            problem.window = m_windows.at(windowIndex);
            ++report->windows[windowIndex].problems;
        }
        report->problems.append(problem);
        return int(report->problems.size() - 1);
    };
    if (Error e = ledger.forEachCreatedIn(
            dayRange.from, dayRange.to, [&](const LedgerEntry &entry) -> Error {
                if (cancel.isCancelled())
                    return Error::cancelled();
                const int w = windowIndex(entry.created);
                if (w >= 0)
                    ++report->windows[w].archived;
                const QString key = itemKey(entry.type, entry.sourceId);
                AuditProblem problem;
                problem.type = entry.type;
                problem.sourceId = entry.sourceId;
                problem.path = entry.remotePath;
                StoredFile file;
                auto found = run.stored.constFind(entry.remotePath);
                if (found != run.stored.cend()) {
                    file = *found;
                } else if (entry.day != dayName) {
                    // Filed under another day (the time zone changed since): look it up there.
                    if (Error e = m_storage->stat(entry.remotePath, &file))
                        return e;
                }
                run.claimed.insert(entry.remotePath);
                ++m_progress.filesChecked;
                bool intact = false;
                if (Error e = checkFile(entry, file, &intact, &problem, cancel))
                    return e;
                if (!intact) {
                    run.ledgerOutcome.insert(key, addProblem(problem, w));
                    return {};
                }
                run.ledgerOutcome.insert(key, -1);
                if (w >= 0)
                    ++report->windows[w].verified;
                if (entry.primary)
                    ++report->verifiedByType[static_cast<int>(entry.type)];
                return {};
            }))
        return e;

    // What the source lists: each item must be one the ledger knows.
    if (Error e = AuditStore(m_db).forEachListed(
            dayRange.from, dayRange.to, [&](const ArchiveItem &item) -> Error {
                const int w = windowIndex(item.created);
                if (w < 0 || !m_windowTypes.at(w).testFlag(flagOf(item.type)) ||
                    beyondRetention(item.type, m_windows.at(w)))
                    return {};
                ++report->windows[w].listed;
                const QString key = itemKey(item.type, item.sourceId);
                const auto outcome = run.ledgerOutcome.constFind(key);
                if (outcome != run.ledgerOutcome.cend()) {
                    if (*outcome >= 0) {
                        AuditProblem &problem = report->problems[*outcome];
                        problem.item = item;
                        // The bytes are intact where only the retention is weaker: archiving
                        // them again would not give the old file back its protection.
                        problem.repairable = problem.kind != AuditProblem::Kind::NotVerifiable &&
                                             problem.kind != AuditProblem::Kind::RetentionWeakened;
                    }
                    return {};
                }
                if (ledger.isArchived(item.type, item.sourceId))
                    return {}; // archived and checked under another day
                addProblem(unrecordedItem(item, &run), w);
                return {};
            }))
        return e;

    // Files that nobody knows: not an item of the ledger, not one the source lists.
    QStringList unknown;
    for (auto it = run.stored.cbegin(); it != run.stored.cend(); ++it) {
        if (!run.claimed.contains(it.key()) && !ledger.isRecordedPath(it.key()))
            unknown.append(it.key());
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &path : std::as_const(unknown)) {
        AuditProblem problem;
        problem.kind = AuditProblem::Kind::UnknownFile;
        problem.path = path;
        problem.detail = tr("%1 bytes; no ledger entry and no item of %2 matches it.")
                             .arg(run.stored.value(path).size)
                             .arg(m_source->displayName());
        report->problems.append(problem);
        ++report->unknownFiles;
    }
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).from >= dayRange.from && m_windows.at(i).from < dayRange.to)
            ++m_progress.windowsDone;
    }
    m_reachedUntil = dayRange.to;
    reportProgress({});
    return {};
}

Error ArchiveAudit::scheduleRepairs(Database *db, const AuditReport &report, const QDateTime &now)
{
    ItemLedger ledger(db);
    for (const AuditProblem &problem : report.problems) {
        if (!problem.repairable || !problem.item)
            continue;
        // A damaged file is replaced where it is; anything else is archived as new.
        const bool damaged = problem.kind == AuditProblem::Kind::SizeDiffers ||
                             problem.kind == AuditProblem::Kind::ChecksumDiffers;
        if (Error e =
                ledger.scheduleRepair(*problem.item, damaged ? problem.path : QString(),
                                      report.jobId, AuditProblem::kindText(problem.kind), now))
            return e;
    }
    return {};
}

JobRequest ArchiveAudit::repairRequest(const TimeWindow &range)
{
    JobRequest request;
    request.window = range;
    request.trigger = JobRecord::Trigger::Repair;
    request.types = ItemTypes(ItemTypeFlag::CallRecording) | ItemTypeFlag::VoiceMail |
                    ItemTypeFlag::Sms | ItemTypeFlag::Fax;
    request.listWindow = false;
    return request;
}

Error ArchiveAudit::checkFile(const LedgerEntry &entry, const StoredFile &file, bool *intact,
                              AuditProblem *problem, const CancelToken &cancel)
{
    *intact = false;
    const QString checksum = m_storage->checksumName();
    if (file.size < 0) {
        problem->kind = AuditProblem::Kind::MissingFile;
        problem->detail =
            tr("The ledger records %1 bytes archived on %2; the storage has no file there.")
                .arg(entry.size)
                .arg(entry.archived.toLocalTime().toString(Qt::ISODate));
        return {};
    }
    if (file.size != entry.size) {
        problem->kind = AuditProblem::Kind::SizeDiffers;
        problem->detail = tr("%1 bytes stored, %2 archived.").arg(file.size).arg(entry.size);
        return {};
    }
    bool same = false;
    if (!checksum.isEmpty()) {
        if (file.providerChecksum.isEmpty() || entry.providerChecksum.isEmpty()) {
            problem->kind = AuditProblem::Kind::NotVerifiable;
            problem->detail = file.providerChecksum.isEmpty()
                                  ? tr("The storage gave no %1 for the file.").arg(checksum)
                                  : tr("No %1 was recorded when it was archived.").arg(checksum);
            return {};
        }
        same = file.providerChecksum.compare(entry.providerChecksum, Qt::CaseInsensitive) == 0;
    } else if (Error e = verifyContent(entry.remotePath, entry.sha256, &same, cancel)) {
        if (e.kind() != Error::Kind::ItemPermanent)
            return e;
        problem->kind = AuditProblem::Kind::NotVerifiable;
        problem->detail = e.message();
        return {};
    }
    if (!same) {
        problem->kind = AuditProblem::Kind::ChecksumDiffers;
        problem->detail = tr("The stored bytes are not the ones archived (%1 differs).")
                              .arg(checksum.isEmpty() ? QStringLiteral("SHA-256") : checksum);
        return {};
    }
    // Written write-once (S3 Object Lock): the protection must still be there. Listings do
    // not carry it; the storage is asked for the file itself.
    if (!entry.retention.isEmpty()) {
        StoredFile current = file;
        if (current.retention.isEmpty()) {
            if (Error e = m_storage->stat(entry.remotePath, &current))
                return e;
        }
        const QString weakened = entry.retention.weakenedIn(current.retention);
        if (!weakened.isEmpty()) {
            problem->kind = AuditProblem::Kind::RetentionWeakened;
            problem->detail = tr("Archived with %1; %2.").arg(entry.retention.text(), weakened);
            return {};
        }
    }
    *intact = true;
    return {};
}

AuditProblem ArchiveAudit::unrecordedItem(const ArchiveItem &item, DayRun *run)
{
    ItemLedger ledger(m_db);
    AuditProblem problem;
    problem.type = item.type;
    problem.sourceId = item.sourceId;
    problem.item = item;
    problem.repairable = true;
    // Its file may be there under the layout's name or a variant of it (another extension, or
    // "name (n)" when a different file held the name), as long as no entry claims that file.
    const QString expected = m_layout.pathFor(item);
    const QList<QString> candidates = run->byStem.values(stemKey(expected));
    for (const QString &candidate : candidates) {
        if (run->claimed.contains(candidate) || ledger.isRecordedPath(candidate))
            continue;
        run->claimed.insert(candidate);
        problem.kind = AuditProblem::Kind::NotInLedger;
        problem.path = candidate;
        problem.detail = tr("%1 lists it and the storage holds its file (%2 bytes), but the "
                            "ledger has no record of it.")
                             .arg(m_source->displayName())
                             .arg(run->stored.value(candidate).size);
        return problem;
    }
    problem.kind = AuditProblem::Kind::NotArchived;
    problem.path = expected;
    const std::optional<FailedItem> failure = ledger.failure(item.type, item.sourceId);
    problem.detail =
        failure ? tr("%1 lists it; archiving it failed %n time(s): %2", nullptr, failure->attempts)
                      .arg(m_source->displayName(), failure->lastError)
                : tr("%1 lists it; it is neither in the ledger nor in the storage.")
                      .arg(m_source->displayName());
    return problem;
}

Error ArchiveAudit::verifyContent(const QString &path, const QByteArray &sha256Hex, bool *same,
                                  const CancelToken &cancel)
{
    HashSink sink(cancel);
    if (Error e = m_storage->readFile(path, &sink, cancel))
        return e;
    *same = sink.hexResult() == sha256Hex.toLower();
    return {};
}

} // namespace rca
