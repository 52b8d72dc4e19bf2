// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The archive engine: keeps the schedule, runs the due jobs one at a time and reports what
// happens. The GUI and --headless move it to a worker QThread and talk to it through queued
// slots and signals; `rc-archiver run-once` calls runDue()/runRange() directly. Source and
// storage are built from the profile's settings at the start of each job, so settings changed
// in between take effect at the next job. A lock file in the profile keeps two processes from
// running jobs at the same time.
#pragma once

#include "audit/auditreport.h"
#include "common/clock.h"
#include "common/error.h"
#include "engine/jobrunner.h"
#include "engine/scheduleplanner.h"
#include "profile.h"
#include "rcacore_export.h"
#include "store/itemledger.h"
#include "store/jobstore.h"

#include <QObject>
#include <QTimeZone>

#include <atomic>
#include <memory>

namespace rca {

class ConnectorRegistry;
class Database;
class RateLimiter;
class Scheduler;
class SecretStore;

// An audit and, when a repair was asked for, the repair job and the audit after it.
struct RCACORE_EXPORT AuditResult
{
    AuditReport report;
    std::optional<JobRecord> repairJob;
    std::optional<AuditReport> afterRepair;
    // The last word: the audit after the repair when there was one.
    const AuditReport & final() const { return afterRepair ? *afterRepair : report; }
};

class RCACORE_EXPORT Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Profile profile;
        const Clock *clock = nullptr;
        ConnectorRegistry *connectors = nullptr;
        SecretStore *secrets = nullptr;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    struct Status
    {
        bool backupEnabled = false;
        QString source; // display names; empty when not connected
        QString storage;
        QString storageLocation;
        QStringList storageDetails; // StorageConnector::details()
        // Write-once protection of what is archived (S3 Object Lock), from the ledger.
        ItemLedger::RetentionSummary retention;
        QString account;   // who is signed in at the source, for people
        QString attention; // what only the user can fix (a refused sign-in); empty when fine
        ScheduleState schedule;
        bool waitingForManualRetry = false;
        QDateTime nextJob; // UTC; invalid when none is planned
        std::optional<JobRecord> lastJob;
        int pendingFailures = 0;   // items that will be retried automatically
        int permanentFailures = 0; // items that wait for a manual retry
        int archivedItems = 0;
    };

    explicit Engine(Options options, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the profile's database and marks the jobs of a process that died as Interrupted.
    // Call in the thread the engine will run in, before anything else.
    Error open();
    Database *database() const { return m_db.get(); }

    // Archives every window that is due now, oldest first, stopping at the first job that
    // fails. manual: a Run now / run-once, which also retries a window that waits for a
    // manual retry. Returns the jobs run (empty when nothing was due).
    QList<JobRecord> runDue(bool manual, Error *error);
    // Archives a past range now, whatever the schedule (items already archived are skipped).
    std::optional<JobRecord> runRange(const TimeWindow &window, Error *error);
    // Thread-safe: asks a running job to stop at the next item.
    void requestStop();
    // Thread-safe and async-signal-safe (only atomic stores): the process is stopping (SIGTERM,
    // Ctrl+C). The running job stops at the next safe point and is marked Interrupted, the
    // item in flight is abandoned, and no further job starts in this process.
    void shutDown();
    bool isShuttingDown() const { return m_shuttingDown.load(); }
    // True while another process holds the profile's job lock (a job of its own is running).
    bool isProfileBusy() const;

    // Audits the range now in the calling thread (`rc-archiver audit`): re-lists what the
    // source holds, compares it with the ledger and the storage and checks every stored
    // file. repair: then archives what is missing or damaged through the normal job path
    // (exactly once; a damaged file is replaced by a fresh atomic write) and audits again.
    // The audit is a row in the job log (Trigger::Audit or WeeklyAudit). *error is set when
    // it could not run at all (nothing connected, the profile busy).
    AuditResult audit(const TimeWindow &range, bool repair, Error *error,
                      JobRecord::Trigger trigger = JobRecord::Trigger::Audit);

    Status status();
    // The types the next job archives, from the settings and what the source offers.
    ItemTypes selectedTypes();

public Q_SLOTS:
    // Starts scheduling (GUI, --headless): a check right away, then on the scheduler's wake-ups.
    void start();
    void stop();
    // Run now: the due windows, retrying a failed one at once.
    void runNow();
    void setBackupEnabled(bool enabled);
    // Verify archive… in the Logs tab: audit() in the engine's thread, reported through
    // auditProgress and auditFinished; requestStop() cancels it.
    void startAudit(const rca::TimeWindow &range, bool repair);
    // Settings were changed elsewhere (Sync options, Accounts): re-plan.
    void reload();

Q_SIGNALS:
    void jobStarted(const rca::JobRecord &job);
    void jobProgress(const rca::JobProgress &progress);
    void jobFinished(const rca::JobRecord &job);
    void busyChanged(bool busy);
    void nextJobChanged(const QDateTime &when);
    // Something only the user can fix: a reconnect, a storage that went away.
    void attentionNeeded(const QString &reason);
    void auditProgress(const rca::AuditProgress &progress);
    // Every audit, asked for or weekly; with an error when it could not run.
    void auditFinished(const rca::AuditResult &result);

private:
    void evaluate();
    struct JobContext;
    std::unique_ptr<JobContext> prepare(Error *error);
    SchedulePlanner planner(const JobContext *context);
    ScheduleState loadState();
    Error saveState(const ScheduleState &state);
    JobRecord runJob(JobContext *context, const JobRequest &request);
    JobRecord recordExpired(const TimeWindow &window, const QString &storage);
    AuditReport runAudit(JobContext *context, const TimeWindow &range, JobRecord::Trigger trigger);
    void runWeeklyAuditIfDue();
    void updateNextJob();

    Options m_options;
    std::unique_ptr<Database> m_db;
    // RingCentral's pacing, shared by every job and audit of this engine: one budget.
    std::unique_ptr<RateLimiter> m_rateLimiter;
    Scheduler *m_scheduler = nullptr;
    CancelToken m_cancel;
    std::atomic_bool m_shuttingDown{false};
    bool m_busy = false;
    bool m_started = false;
};

} // namespace rca

Q_DECLARE_METATYPE(rca::JobRecord)
Q_DECLARE_METATYPE(rca::JobProgress)
Q_DECLARE_METATYPE(rca::AuditProgress)
Q_DECLARE_METATYPE(rca::AuditResult)
Q_DECLARE_METATYPE(rca::TimeWindow)
