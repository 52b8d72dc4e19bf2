// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobrunner.h"

#include "archive/contenttype.h"
#include "archive/sha256.h"
#include "audit/manifestwriter.h"
#include "logging/logging.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/itemledger.h"

#include <QCoreApplication>
#include <QSet>

namespace rca {
namespace {

// How many "<name> (n).ext" alternatives to try when different files hold the final names.
constexpr int MaxAlternativeNames = 20;

// Passes the source's bytes to the storage upload, hashing and counting them on the way.
class HashingSink : public ByteSink
{
public:
    HashingSink(StorageUpload *upload, std::function<void(qint64)> onBytes)
        : m_upload(upload)
        , m_onBytes(std::move(onBytes))
    {}
    Error write(const char *data, qint64 size) override
    {
        if (Error e = m_upload->write(data, size))
            return e;
        m_hash.addData(QByteArrayView(data, size));
        m_written += size;
        m_onBytes(size);
        return {};
    }
    qint64 bytesWritten() const override { return m_written; }
    void noteContentType(const QString &contentType) override { m_contentType = contentType; }
    const QString &contentType() const { return m_contentType; }
    QByteArray sha256Hex() { return m_hash.hexResult(); }

private:
    StorageUpload *m_upload;
    std::function<void(qint64)> m_onBytes;
    Sha256 m_hash;
    qint64 m_written = 0;
    QString m_contentType;
};

// "name.mp3" with extension "wav": "name.wav".
QString withExtension(const QString &fileName, const QString &extension)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return (dot > 0 ? fileName.left(dot) : fileName) + u'.' + extension;
}

} // namespace

JobRunner::JobRunner(Database *db, ArchiveSource *source, StorageConnector *storage,
                     QString storageName, const Clock *clock, RemoteLayout layout)
    : m_db(db)
    , m_source(source)
    , m_storage(storage)
    , m_storageName(std::move(storageName))
    , m_clock(clock)
    , m_layout(std::move(layout))
{}

void JobRunner::setProgressHandler(std::function<void(const JobProgress &)> handler)
{
    m_progress = std::move(handler);
}

void JobRunner::setStartedHandler(std::function<void(const JobRecord &)> handler)
{
    m_started = std::move(handler);
}

int JobRunner::itemRetryDelaySeconds(int attempts)
{
    static const int delays[] = {300, 1200, 3600, 10800, 86400};
    if (attempts < 1 || attempts > int(std::size(delays)))
        return -1;
    return delays[attempts - 1];
}

JobRecord JobRunner::run(const JobRequest &request, const CancelToken &cancel)
{
    JobStore jobs(m_db);
    ItemLedger ledger(m_db);
    JobRecord job;
    job.window = request.window;
    job.trigger = request.trigger;
    job.started = m_clock->now();
    job.storage = m_storageName;
    job.types = request.types;
    m_readyFolders.clear();

    auto finish = [&](JobRecord::Status status, const QString &error) {
        job.status = status;
        job.error = error;
        job.ended = m_clock->now();
        if (job.id != 0) {
            if (Error e = jobs.finish(job))
                qCWarning(lcEngine) << "Could not save the end of job" << job.id << e.message();
        }
        qCInfo(lcEngine).noquote() << "Job" << job.id << job.window.toString()
                                   << "ended:" << JobRecord::statusText(status) << error;
        return job;
    };

    if (Error e = jobs.start(&job)) {
        job.status = JobRecord::Status::Failed;
        job.error = e.message();
        job.ended = m_clock->now();
        return job;
    }
    qCInfo(lcEngine).noquote() << "Job" << job.id << "started for" << job.window.toString();
    if (m_started)
        m_started(job);
    m_state = {};
    m_state.jobId = job.id;

    // Archives a batch of items; a job-stopping error ends the job.
    bool storageOpen = false;
    QHash<QString, QString> replacePaths; // item key -> the damaged file a repair replaces
    auto archiveBatch = [&](const QList<ArchiveItem> &batch) -> Error {
        m_state.itemsTotal += int(batch.size());
        if (m_progress)
            m_progress(m_state);
        if (!storageOpen && !batch.isEmpty()) {
            if (Error e = m_storage->open(cancel))
                return e;
            storageOpen = true;
        }
        for (const ArchiveItem &item : batch) {
            if (cancel.isCancelled())
                return Error::cancelled();
            Error error;
            const Outcome outcome =
                archiveItem(item, replacePaths.value(itemTypeKey(item.type) + u'/' + item.sourceId),
                            &job, cancel, &error);
            ++m_state.itemsDone;
            if (m_progress)
                m_progress(m_state);
            if (outcome != Outcome::Failed)
                continue;
            if (error.stopsJob())
                return error;
            ++job.failedItems;
            if (Error e = recordFailure(item, job, error))
                return e;
        }
        return {};
    };

    // Earlier failures first: they are older, and closer to the source's retention limit.
    QSet<QString> retried;
    Error error;
    if (request.retryDueFailures) {
        QList<ArchiveItem> due;
        const QList<FailedItem> failures = ledger.dueFailures(m_clock->now());
        for (const FailedItem &failed : failures) {
            if (request.types.testFlag(flagOf(failed.item.type))) {
                due.append(failed.item);
                const QString key = itemTypeKey(failed.item.type) + u'/' + failed.item.sourceId;
                retried.insert(key);
                if (!failed.replacePath.isEmpty())
                    replacePaths.insert(key, failed.replacePath);
            }
        }
        error = archiveBatch(due);
    }
    // Then the window, a page at a time as the source lists it.
    if (!error && request.listWindow) {
        error = m_source->listItems(
            request.window, request.types, cancel, [&](const QList<ArchiveItem> &page) {
                if (retried.isEmpty())
                    return archiveBatch(page);
                QList<ArchiveItem> fresh;
                for (const ArchiveItem &item : page) {
                    if (!retried.contains(itemTypeKey(item.type) + u'/' + item.sourceId))
                        fresh.append(item);
                }
                return archiveBatch(fresh);
            });
    }
    if (!error || error.kind() != Error::Kind::Cancelled) {
        if (!storageOpen && !ItemLedger(m_db).pendingManifestDays().isEmpty())
            storageOpen = !m_storage->open(cancel);
        if (storageOpen)
            writeManifests(cancel);
    }
    if (storageOpen)
        m_storage->close();
    if (error) {
        if (error.kind() == Error::Kind::Cancelled)
            return finish(
                JobRecord::Status::Interrupted,
                QCoreApplication::translate("rca::JobRunner", "Stopped before the job finished."));
        job.failureKind = error.kind();
        return finish(JobRecord::Status::Failed, error.message());
    }
    if (job.failedItems > 0) {
        return finish(
            JobRecord::Status::CompletedWithErrors,
            QCoreApplication::translate("rca::JobRunner",
                                        "%1 item(s) could not be archived; see the job's details.")
                .arg(job.failedItems));
    }
    return finish(JobRecord::Status::Completed, {});
}

void JobRunner::writeManifests(const CancelToken &cancel)
{
    int written = 0;
    if (Error e = ManifestWriter(m_db, m_storage).writePending(cancel, &written)) {
        if (e.kind() != Error::Kind::Cancelled)
            qCWarning(lcEngine).noquote()
                << "Could not write the day manifests; the next job tries again:" << e.message();
        return;
    }
    if (written > 0)
        qCInfo(lcEngine) << "Wrote the manifests of" << written << "day(s)";
}

JobRunner::Outcome JobRunner::archiveItem(const ArchiveItem &item, const QString &replacePath,
                                          JobRecord *job, const CancelToken &cancel, Error *error)
{
    ItemLedger ledger(m_db);
    if (ledger.isArchived(item.type, item.sourceId))
        return Outcome::AlreadyArchived;

    // A repair puts the item back where its damaged copy is, replacing it in one step.
    const qsizetype slash = replacePath.lastIndexOf(u'/');
    const bool replace = slash > 0;
    const QString folder = replace ? replacePath.left(slash) : m_layout.folderFor(item);
    const QString fileName = replace ? replacePath.mid(slash + 1) : m_layout.fileNameFor(item);
    m_state.currentItem = folder + u'/' + fileName;
    if (!m_readyFolders.contains(folder)) {
        if (Error e = m_storage->ensureFolder(folder)) {
            *error = e;
            return Outcome::Failed;
        }
        m_readyFolders.insert(folder);
    }

    StoredFile stored;
    Error e;
    for (int n = 0; n <= MaxAlternativeNames; ++n) {
        const QString name = n == 0 ? fileName : RemoteLayout::alternativeName(fileName, n);
        e = upload(item, folder, name, replace, cancel, &stored);
        if (replace || !e.isConflict())
            break;
        qCWarning(lcEngine).noquote()
            << "A different file holds" << folder + u'/' + name << "- trying another name";
    }
    if (e) {
        *error = e;
        return Outcome::Failed;
    }

    LedgerEntry entry;
    entry.type = item.type;
    entry.sourceId = item.sourceId;
    entry.jobId = job->id;
    entry.remotePath = stored.path;
    entry.size = stored.size;
    entry.sha256 = stored.sha256;
    entry.providerChecksum = stored.providerChecksum;
    entry.retention = stored.retention;
    entry.created = item.created;
    entry.archived = m_clock->now();
    entry.primary = item.primary;
    entry.day = LedgerEntry::dayOfPath(stored.path);
    entry.metadata = LedgerEntry::metadataOf(item);
    JobRecord progressed = *job;
    if (item.primary)
        ++progressed.counts[static_cast<int>(item.type)];
    // The ledger entry and the job's counts are committed together. Should this fail, the file
    // is stored but not recorded: the next run finds it identical and records it then.
    if (Error le = m_db->transaction([&]() -> Error {
            if (Error e = ledger.recordArchived(entry))
                return e;
            return JobStore(m_db).saveProgress(progressed);
        })) {
        *error = Error::storage(
            QCoreApplication::translate("rca::JobRunner", "Could not record an archived item: %1")
                .arg(le.message()));
        return Outcome::Failed;
    }
    *job = progressed;
    qCDebug(lcEngine).noquote() << (stored.alreadyPresent ? "Found already stored:" : "Archived:")
                                << stored.path << stored.size << "bytes";
    return Outcome::Archived;
}

Error JobRunner::upload(const ArchiveItem &item, const QString &folder, const QString &fileName,
                        bool replace, const CancelToken &cancel, StoredFile *stored)
{
    QString path = folder + u'/' + fileName;
    Error error;
    std::unique_ptr<StorageUpload> upload =
        replace ? m_storage->beginReplace(path, item.expectedSize, &error)
                : m_storage->beginUpload(path, item.expectedSize, &error);
    if (!upload)
        return error ? error
                     : Error::storage(QCoreApplication::translate("rca::JobRunner",
                                                                  "Could not start an upload."));
    upload->setItemCreated(item.created);
    HashingSink sink(upload.get(), [this](qint64 n) { m_state.bytesDone += n; });
    if (Error e = m_source->fetch(item, &sink, cancel))
        return e;
    if (item.expectedSize >= 0 && sink.bytesWritten() != item.expectedSize) {
        return Error::transient(
            QCoreApplication::translate("rca::JobRunner",
                                        "The download of %1 was incomplete (%2 of %3 bytes).")
                .arg(path)
                .arg(sink.bytesWritten())
                .arg(item.expectedSize));
    }
    // The server may know better than the listing what the content is (WAV, not MP3).
    const QString extension = fileExtensionForContentType(sink.contentType(), item.fileExtension);
    if (!replace && extension != item.fileExtension && !item.fileExtension.isEmpty()) {
        const QString retargeted = folder + u'/' + withExtension(fileName, extension);
        if (upload->retarget(retargeted))
            path = retargeted;
    }
    const QByteArray sha256 = sink.sha256Hex();
    if (Error e = upload->commit(sha256, stored))
        return e;
    if (stored->size != sink.bytesWritten()) {
        return Error::transient(
            QCoreApplication::translate("rca::JobRunner",
                                        "The storage reports %1 bytes for %2, %3 were sent.")
                .arg(stored->size)
                .arg(path)
                .arg(sink.bytesWritten()));
    }
    if (stored->path.isEmpty())
        stored->path = path;
    if (stored->sha256.isEmpty())
        stored->sha256 = sha256;
    return {};
}

Error JobRunner::recordFailure(const ArchiveItem &item, const JobRecord &job, const Error &error)
{
    ItemLedger ledger(m_db);
    const std::optional<FailedItem> previous = ledger.failure(item.type, item.sourceId);
    const int attempts = (previous ? previous->attempts : 0) + 1;
    const int delay = itemRetryDelaySeconds(attempts);
    const bool permanent = error.kind() == Error::Kind::ItemPermanent || delay < 0;
    const QDateTime now = m_clock->now();
    int wait = delay;
    if (error.retryAfterSeconds() > wait)
        wait = error.retryAfterSeconds();
    qCWarning(lcEngine).noquote() << "Item" << itemTypeKey(item.type) << item.sourceId
                                  << "failed:" << error.message()
                                  << (permanent ? "(waits for a manual retry)" : "");
    return ledger.recordFailure(item, job.id, error.message(), now,
                                permanent ? QDateTime() : now.addSecs(wait), permanent);
}

} // namespace rca
