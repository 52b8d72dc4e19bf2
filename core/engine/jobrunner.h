// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs one job to the end: lists the window's items at the source, retries earlier failures
// that are due, and archives each item not yet in the ledger: streamed from the source into
// an atomic upload, verified, then recorded. The ledger entry is written only after the
// storage committed the file, and a file found already stored with the same content counts as
// archived, so a crash at any point neither loses an item nor stores it twice.
// Blocking; runs in the engine's worker thread (or the main thread of `run-once`).
#pragma once

#include "archive/archivesource.h"
#include "archive/remotelayout.h"
#include "common/clock.h"
#include "rcacore_export.h"
#include "store/jobstore.h"

#include <QSet>

#include <functional>

namespace rca {

class Database;
class StorageConnector;
struct StoredFile;

struct RCACORE_EXPORT JobRequest
{
    TimeWindow window;
    JobRecord::Trigger trigger = JobRecord::Trigger::Scheduled;
    ItemTypes types;
    bool retryDueFailures = true; // also retry earlier items whose retry time has come
    bool listWindow = true;       // false: only the due failures (a repair)
};

struct RCACORE_EXPORT JobProgress
{
    qint64 jobId = 0;
    int itemsDone = 0;  // archived, skipped or failed
    int itemsTotal = 0; // known after listing
    qint64 bytesDone = 0;
    QString currentItem; // remote path being archived
};

class RCACORE_EXPORT JobRunner
{
public:
    JobRunner(Database *db, ArchiveSource *source, StorageConnector *storage, QString storageName,
              const Clock *clock, RemoteLayout layout);

    void setProgressHandler(std::function<void(const JobProgress &)> handler);
    // Called with the record once it is saved as Running (the Logs tab shows it at once).
    void setStartedHandler(std::function<void(const JobRecord &)> handler);

    // Runs the job and returns its final record (already saved).
    JobRecord run(const JobRequest &request, const CancelToken &cancel);

    // Delay before an item's next automatic attempt after `attempts` failures; -1 after the
    // last one (the item then waits for a manual retry).
    static int itemRetryDelaySeconds(int attempts);

private:
    enum class Outcome { Archived, AlreadyArchived, Failed };
    // replacePath: a damaged stored file that a repair replaces (the item goes there).
    Outcome archiveItem(const ArchiveItem &item, const QString &replacePath, JobRecord *job,
                        const CancelToken &cancel, Error *error);
    Error upload(const ArchiveItem &item, const QString &folder, const QString &fileName,
                 bool replace, const CancelToken &cancel, StoredFile *stored);
    // Brings the manifests of the days this job (or an earlier, interrupted one) touched up to
    // date; a failure is logged and left for the next job.
    void writeManifests(const CancelToken &cancel);
    Error recordFailure(const ArchiveItem &item, const JobRecord &job, const Error &error);

    Database *m_db;
    ArchiveSource *m_source;
    StorageConnector *m_storage;
    QString m_storageName;
    const Clock *m_clock;
    RemoteLayout m_layout;
    std::function<void(const JobProgress &)> m_progress;
    std::function<void(const JobRecord &)> m_started;
    JobProgress m_state;
    QSet<QString> m_readyFolders;
};

} // namespace rca
