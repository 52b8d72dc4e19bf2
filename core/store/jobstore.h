// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The jobs table: one row per job, what the Logs tab and `rc-archiver logs` show.
// Any thread (through Database's per-thread connections).
#pragma once

#include "archive/itemtype.h"
#include "archive/timewindow.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rca {

class Database;

struct RCACORE_EXPORT JobRecord
{
    enum class Status {
        Running,
        Completed,           // everything in the window archived
        CompletedWithErrors, // the window is done; some items failed and wait for a retry
        Failed,              // the job stopped; its window stays open for a retry
        Interrupted,         // the program ended during the job (crash, kill, power)
        Expired,             // the window is older than the source keeps data: not archived
        // An audit's outcome (Trigger::Audit, WeeklyAudit): every item it checked is there
        // and intact, or it found problems (listed in the report).
        Verified,
        ProblemsFound,
    };
    // Audit and WeeklyAudit rows are checks, not archiving jobs: their counts are the items
    // verified, failedItems the problems found. Repair archives what an audit found missing.
    enum class Trigger { Scheduled, CatchUp, Retry, Manual, Range, Audit, WeeklyAudit, Repair };

    qint64 id = 0;
    TimeWindow window;
    Status status = Status::Running;
    Trigger trigger = Trigger::Scheduled;
    QDateTime started;                       // UTC
    QDateTime ended;                         // UTC; invalid while running
    QString storage;                         // display name of the storage, "Local folder"
    std::array<int, ItemTypeCount> counts{}; // primary items archived, indexed by ItemType
    ItemTypes types; // what the job archived (the sync settings of its time); audits: checked
    int failedItems = 0;
    QString error; // why it failed, for the user
    // What kind of failure stopped the job; known only to the process that ran it.
    Error::Kind failureKind = Error::Kind::None;

    int count(ItemType type) const { return counts[static_cast<int>(type)]; }
    int totalArchived() const;
    bool isFinished() const { return status != Status::Running; }
    bool isAudit() const { return trigger == Trigger::Audit || trigger == Trigger::WeeklyAudit; }

    static QString statusKey(Status status); // "running", "completed", …
    static Status statusFromKey(const QString &key);
    static QString statusText(Status status); // "Completed with errors", for people
    static QString triggerKey(Trigger trigger);
    static Trigger triggerFromKey(const QString &key);
};

class RCACORE_EXPORT JobStore
{
    Q_DECLARE_TR_FUNCTIONS(rca::JobStore)

public:
    explicit JobStore(Database *db);

    // Inserts job (status Running) and sets job->id.
    Error start(JobRecord *job);
    // Saves counts while the job runs, so a crash keeps what was done.
    Error saveProgress(const JobRecord &job);
    // Saves the final status, end time, counts and error.
    Error finish(const JobRecord &job);
    // At start-up: every job still Running belongs to a process that died; mark it
    // Interrupted with ended = now. Returns how many.
    Error markInterrupted(const QDateTime &now, int *count = nullptr);

    std::optional<JobRecord> job(qint64 id);
    // The newest archiving job (audits left out).
    std::optional<JobRecord> lastJob();
    // The newest audit, of either trigger.
    std::optional<JobRecord> lastAudit();
    // The archiving jobs whose window overlaps [from, to), oldest first: what the sync
    // settings were when each window was archived.
    QList<JobRecord> jobsCovering(const QDateTime &from, const QDateTime &to);
    // Jobs whose start lies in [from, to), newest first. withDataOnly keeps jobs that
    // archived something or failed (SHOW LESS). limit < 0: all.
    QList<JobRecord> jobs(const QDateTime &from, const QDateTime &to, bool withDataOnly = false,
                          int limit = -1, int offset = 0);
    int jobCount(const QDateTime &from, const QDateTime &to, bool withDataOnly = false);

private:
    Database *m_db;
};

} // namespace rca
