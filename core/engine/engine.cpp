// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine.h"

#include "audit/archiveaudit.h"
#include "common/frontend.h"
#include "engine/enginesettings.h"
#include "engine/scheduler.h"
#include "engine/slotcalendar.h"
#include "logging/logging.h"
#include "ringcentral/ratelimiter.h"
#include "sources/sourcefactory.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/auditstore.h"
#include "store/connectorstate.h"
#include "store/database.h"
#include "store/itemledger.h"

#include <QLockFile>

#include <algorithm>

namespace rca {

namespace {

Error failureOf(const JobRecord &job)
{
    const bool known = job.failureKind != Error::Kind::None;
    return Error(known ? job.failureKind : Error::Kind::Transient, job.error);
}

} // namespace

struct Engine::JobContext
{
    std::unique_ptr<ArchiveSource> source;
    std::unique_ptr<ConnectorState> journal; // outlives the storage, which uses it
    std::unique_ptr<StorageConnector> storage;
    QString storageName;
    ItemTypes types;
    int retentionDays = 90;
    std::unique_ptr<QLockFile> lock;
};

Engine::Engine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rateLimiter(std::make_unique<RateLimiter>())
{
    qRegisterMetaType<rca::JobRecord>();
    qRegisterMetaType<rca::JobProgress>();
    qRegisterMetaType<rca::AuditProgress>();
    qRegisterMetaType<rca::AuditResult>();
    qRegisterMetaType<rca::TimeWindow>();
    m_scheduler = new Scheduler(m_options.clock, this);
    connect(m_scheduler, &Scheduler::wakeUp, this, &Engine::evaluate);
    connect(m_scheduler, &Scheduler::clockJumped, this, [](qint64 seconds) {
        qCInfo(lcScheduler) << "The wall clock moved by" << seconds
                            << "s (sleep or clock change): catching up";
    });
}

Engine::~Engine() = default;

Error Engine::open()
{
    if (Error e = m_options.profile.ensureExists())
        return e;
    m_db = std::make_unique<Database>(m_options.profile.databasePath());
    if (Error e = m_db->open())
        return e;
    // RingCentral's pace is the profile's, shared with its other processes.
    m_rateLimiter->setSharedState(m_db.get());
    // A job still marked Running belongs to a process that died; when another process holds
    // the lock, it is that process's job and stays as it is.
    QLockFile lock(m_options.profile.lockFilePath());
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        int interrupted = 0;
        if (Error e = JobStore(m_db.get()).markInterrupted(m_options.clock->now(), &interrupted))
            return e;
        if (interrupted > 0)
            qCInfo(lcEngine) << interrupted << "job(s) were interrupted; their windows run again";
    }
    return {};
}

ItemTypes Engine::selectedTypes()
{
    return EngineSettings(m_db.get()).selectedTypes();
}

std::unique_ptr<Engine::JobContext> Engine::prepare(Error *error)
{
    auto context = std::make_unique<JobContext>();
    context->lock = std::make_unique<QLockFile>(m_options.profile.lockFilePath());
    context->lock->setStaleLockTime(0);
    if (!context->lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        context->lock->getLockInfo(&pid, &host, &app);
        *error =
            Error::transient(
                tr("Another RC Archiver (process %1) is archiving with this profile.").arg(pid))
                .withDetail(QStringLiteral("profileBusy"), pid);
        return nullptr;
    }

    const EngineSettings::Connections connections = EngineSettings(m_db.get()).connections();
    SourceContext sourceContext;
    sourceContext.secrets = m_options.secrets;
    sourceContext.profileId = m_options.profile.id();
    sourceContext.view = connections.view;
    sourceContext.rateLimiter = m_rateLimiter.get();
    context->source = SourceFactory::create(connections.sourceKind, connections.sourceSettings,
                                            sourceContext, error);
    if (!context->source)
        return nullptr;

    const QString &storageKind = connections.storageKind;
    StorageConnectorFactory *factory =
        m_options.connectors ? m_options.connectors->factory(storageKind) : nullptr;
    if (storageKind.isEmpty()) {
        *error = Error::storage(tr("No storage is connected.") + u' ' +
                                Frontend::connectAdvice(m_options.connectors
                                                            ? m_options.connectors->ids().join(u'|')
                                                            : QStringLiteral("STORAGE")))
                     .withDetail(QStringLiteral("notConnected"), true);
        return nullptr;
    }
    if (!factory) {
        *error = Error::storage(
            tr("The storage connector \"%1\" is not installed (no plugin found in %2).")
                .arg(storageKind, ConnectorRegistry::defaultDirectories().join(u", ")));
        return nullptr;
    }
    ConnectorContext connectorContext;
    connectorContext.settings = connections.storageSettings;
    connectorContext.secrets = m_options.secrets;
    connectorContext.profileId = m_options.profile.id();
    connectorContext.profileDirectory = m_options.profile.dataDirectory();
    context->journal = std::make_unique<ConnectorState>(m_db.get(), storageKind);
    connectorContext.journal = context->journal.get();
    context->storage = factory->create(connectorContext);
    context->storageName = factory->displayName();

    context->types = selectedTypes() & context->source->availableTypes();
    int retention = 0;
    for (ItemType type : typesIn(context->types)) {
        const int days = context->source->retentionDays(type);
        retention = retention == 0 ? days : std::min(retention, days);
    }
    context->retentionDays = retention > 0 ? retention : 90;
    return context;
}

SchedulePlanner Engine::planner(const JobContext *context)
{
    return EngineSettings(m_db.get())
        .planner(m_options.zone, context ? context->retentionDays : 90);
}

ScheduleState Engine::loadState()
{
    return EngineSettings(m_db.get()).scheduleState();
}

Error Engine::saveState(const ScheduleState &state)
{
    return EngineSettings(m_db.get()).saveScheduleState(state);
}

JobRecord Engine::runJob(JobContext *context, const JobRequest &request)
{
    JobRunner runner(m_db.get(), context->source.get(), context->storage.get(),
                     context->storageName, m_options.clock, RemoteLayout(m_options.zone));
    runner.setStartedHandler([this](const JobRecord &job) { Q_EMIT jobStarted(job); });
    runner.setProgressHandler(
        [this](const JobProgress &progress) { Q_EMIT jobProgress(progress); });
    m_cancel.reset();
    if (m_shuttingDown)
        m_cancel.cancel();
    JobRecord job = runner.run(request, m_cancel);
    Q_EMIT jobFinished(job);
    return job;
}

JobRecord Engine::recordExpired(const TimeWindow &window, const QString &storage)
{
    JobStore jobs(m_db.get());
    JobRecord job;
    job.window = window;
    job.trigger = JobRecord::Trigger::CatchUp;
    job.started = m_options.clock->now();
    job.storage = storage;
    job.status = JobRecord::Status::Expired;
    job.error = tr("Not archived: the source no longer keeps data this old.");
    if (!jobs.start(&job)) {
        job.status = JobRecord::Status::Expired;
        job.ended = m_options.clock->now();
        jobs.finish(job);
    }
    ItemLedger(m_db.get()).expireFailures(window.to, job.error);
    qCWarning(lcEngine).noquote() << "Window" << window.toString() << "expired at the source";
    Q_EMIT jobFinished(job);
    return job;
}

QList<JobRecord> Engine::runDue(bool manual, Error *error)
{
    *error = {};
    QList<JobRecord> done;
    if (m_busy)
        return done;
    std::unique_ptr<JobContext> context = prepare(error);
    if (!context)
        return done;
    m_busy = true;
    Q_EMIT busyChanged(true);

    const SchedulePlanner plan = planner(context.get());
    ScheduleState state = loadState();
    const QDateTime now = m_options.clock->now();
    if (!state.watermark.isValid()) {
        state = plan.initialState(now);
        *error = saveState(state);
    }
    if (manual && state.failedAttempts > 0)
        state = plan.afterManualRetry(state, now);

    while (!error->isError() && !m_cancel.isCancelled() && !m_shuttingDown) {
        const std::optional<PlannedJob> due = plan.due(state, m_options.clock->now());
        if (!due)
            break;
        if (due->kind == PlannedJob::Kind::Expired) {
            done.append(recordExpired(due->window, context->storageName));
            state = plan.afterSuccess(state, due->window);
            *error = saveState(state);
            continue;
        }
        JobRequest request;
        request.window = due->window;
        request.types = context->types;
        request.trigger = manual                                   ? JobRecord::Trigger::Manual
                          : due->kind == PlannedJob::Kind::Retry   ? JobRecord::Trigger::Retry
                          : due->kind == PlannedJob::Kind::CatchUp ? JobRecord::Trigger::CatchUp
                                                                   : JobRecord::Trigger::Scheduled;
        const JobRecord job = runJob(context.get(), request);
        done.append(job);
        if (job.status == JobRecord::Status::Completed ||
            job.status == JobRecord::Status::CompletedWithErrors) {
            state = plan.afterSuccess(state, due->window);
            *error = saveState(state);
            continue;
        }
        if (job.status != JobRecord::Status::Interrupted)
            state = plan.afterFailure(state, m_options.clock->now());
        if (job.failureKind == Error::Kind::Reconnect) {
            // Only the user can fix a refused sign-in: say so until they connect again.
            EngineSettings(m_db.get()).setSourceAttention(job.error);
            Q_EMIT attentionNeeded(job.error);
        }
        *error = saveState(state);
        if (!error->isError())
            *error = failureOf(job);
        if (!m_cancel.isCancelled() && plan.waitingForManualRetry(state)) {
            Q_EMIT attentionNeeded(
                tr("Archiving has failed repeatedly (%1). Fix the cause, then %2.")
                    .arg(job.error, Frontend::runNowAdvice()));
        }
        break;
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
    return done;
}

std::optional<JobRecord> Engine::runRange(const TimeWindow &window, Error *error)
{
    *error = {};
    if (!window.isValid()) {
        *error = Error::source(tr("The range is empty: --from must be before --to."));
        return std::nullopt;
    }
    std::unique_ptr<JobContext> context = prepare(error);
    if (!context)
        return std::nullopt;
    const QDateTime oldest = m_options.clock->now().addDays(-context->retentionDays);
    if (window.from < oldest) {
        *error =
            Error::source(tr("The range starts before %1: the source keeps data for %2 days only.")
                              .arg(oldest.toLocalTime().toString(Qt::ISODate))
                              .arg(context->retentionDays));
        return std::nullopt;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    JobRequest request;
    request.window = window;
    request.types = context->types;
    request.trigger = JobRecord::Trigger::Range;
    request.retryDueFailures = false;
    JobRecord job = runJob(context.get(), request);
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (job.failureKind == Error::Kind::Reconnect) {
        // As for a scheduled job: the user must sign in again before anything else works.
        EngineSettings(m_db.get()).setSourceAttention(job.error);
        Q_EMIT attentionNeeded(job.error);
    }
    if (job.status != JobRecord::Status::Completed &&
        job.status != JobRecord::Status::CompletedWithErrors)
        *error = failureOf(job);
    return job;
}

void Engine::requestStop()
{
    m_cancel.cancel();
}

bool Engine::isProfileBusy() const
{
    QLockFile lock(m_options.profile.lockFilePath());
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

void Engine::shutDown()
{
    m_shuttingDown.store(true);
    m_cancel.cancel();
}

void Engine::start()
{
    m_started = true;
    m_scheduler->start();
    evaluate();
}

void Engine::stop()
{
    m_started = false;
    m_cancel.cancel();
    m_scheduler->stop();
}

void Engine::runNow()
{
    Error error;
    runDue(true, &error);
    if (error)
        qCWarning(lcEngine).noquote() << "Run now:" << error.message();
    updateNextJob();
}

void Engine::setBackupEnabled(bool enabled)
{
    if (Error e = EngineSettings(m_db.get()).setBackupEnabled(enabled)) {
        Q_EMIT attentionNeeded(e.message());
        return;
    }
    if (enabled && !loadState().watermark.isValid())
        saveState(planner(nullptr).initialState(m_options.clock->now()));
    reload();
}

void Engine::reload()
{
    if (m_started)
        evaluate();
}

void Engine::evaluate()
{
    if (m_busy || !m_started)
        return;
    if (EngineSettings(m_db.get()).backupEnabled()) {
        Error error;
        runDue(false, &error);
        if (error) {
            qCWarning(lcEngine).noquote() << error.message();
            if (error.kind() == Error::Kind::Reconnect)
                Q_EMIT attentionNeeded(error.message());
        }
        runWeeklyAuditIfDue();
    }
    updateNextJob();
}

AuditReport Engine::runAudit(JobContext *context, const TimeWindow &range,
                             JobRecord::Trigger trigger)
{
    JobStore jobs(m_db.get());
    JobRecord job;
    job.window = range;
    job.trigger = trigger;
    job.started = m_options.clock->now();
    job.storage = context->storageName;
    job.types = context->types;
    AuditReport report;
    report.range = range;
    report.storage = context->storageName;
    if (Error e = jobs.start(&job)) {
        report.error = e;
        return report;
    }
    Q_EMIT jobStarted(job);
    ArchiveAudit audit(m_db.get(), context->source.get(), context->storage.get(), m_options.clock,
                       m_options.zone, context->types);
    audit.setProgressHandler(
        [this](const AuditProgress &progress) { Q_EMIT auditProgress(progress); });
    report = audit.run(range, m_cancel);
    report.jobId = job.id;
    report.storage = context->storageName;

    job.ended = m_options.clock->now();
    job.counts = report.verifiedByType;
    job.failedItems = int(report.problems.size());
    if (report.error) {
        job.status = report.error.kind() == Error::Kind::Cancelled ? JobRecord::Status::Interrupted
                                                                   : JobRecord::Status::Failed;
        job.error = report.error.kind() == Error::Kind::Cancelled
                        ? tr("The check was stopped before it finished.")
                        : report.error.message();
    } else if (report.problems.isEmpty()) {
        job.status = JobRecord::Status::Verified;
        job.error = tr("%n item(s) archived and verified.", nullptr, report.verified);
    } else {
        job.status = JobRecord::Status::ProblemsFound;
        job.error = tr("%n problem(s) found; %1 of %2 archived item(s) verified.", nullptr,
                       int(report.problems.size()))
                        .arg(report.verified)
                        .arg(report.archived);
    }
    if (Error e = AuditStore(m_db.get()).saveProblems(job.id, report.problems))
        qCWarning(lcEngine).noquote() << e.message();
    if (Error e = jobs.finish(job))
        qCWarning(lcEngine).noquote() << e.message();
    qCInfo(lcEngine).noquote() << "Audit" << job.id << range.toString()
                               << "ended:" << JobRecord::statusText(job.status) << job.error;
    Q_EMIT jobFinished(job);
    return report;
}

AuditResult Engine::audit(const TimeWindow &range, bool repair, Error *error,
                          JobRecord::Trigger trigger)
{
    *error = {};
    AuditResult result;
    result.report.range = range;
    if (!range.isValid()) {
        *error = Error::source(tr("The range is empty: --from must be before --to."));
        result.report.error = *error;
        return result;
    }
    if (m_busy) {
        *error = Error::transient(tr("A job is running; check the archive when it has ended."));
        result.report.error = *error;
        return result;
    }
    std::unique_ptr<JobContext> context = prepare(error);
    if (!context) {
        result.report.error = *error;
        return result;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    m_cancel.reset();
    if (m_shuttingDown)
        m_cancel.cancel();
    result.report = runAudit(context.get(), range, trigger);
    if (repair && !result.report.error && result.report.repairableCount() > 0) {
        if (Error e =
                ArchiveAudit::scheduleRepairs(m_db.get(), result.report, m_options.clock->now())) {
            *error = e;
        } else {
            // The normal job path: the items just scheduled, each archived exactly once.
            result.repairJob = runJob(context.get(), ArchiveAudit::repairRequest(range));
            if (!m_cancel.isCancelled())
                result.afterRepair = runAudit(context.get(), range, trigger);
        }
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT auditFinished(result);
    return result;
}

void Engine::startAudit(const TimeWindow &range, bool repair)
{
    Error error;
    const AuditResult result = audit(range, repair, &error);
    if (error && !result.report.jobId) {
        // It could not start: say so to whoever waits for it.
        qCWarning(lcEngine).noquote() << "Audit:" << error.message();
        if (!m_busy)
            Q_EMIT auditFinished(result);
    }
    // Jobs that came due meanwhile run now.
    QMetaObject::invokeMethod(this, &Engine::reload, Qt::QueuedConnection);
}

void Engine::runWeeklyAuditIfDue()
{
    EngineSettings settings(m_db.get());
    if (!settings.weeklyAuditEnabled() || m_busy)
        return;
    const QDateTime now = m_options.clock->now();
    const QDateTime last = settings.lastWeeklyAudit();
    if (last.isValid() && last.addDays(7) > now)
        return;
    const ScheduleState state = loadState();
    if (!state.watermark.isValid())
        return;
    // The last 7 days that jobs have archived, from the first window a job covered.
    TimeWindow range(state.watermark.addDays(-7), state.watermark);
    const QList<JobRecord> covering = JobStore(m_db.get()).jobsCovering(range.from, range.to);
    if (covering.isEmpty())
        return;
    range.from = std::max(range.from, covering.first().window.from);
    if (!range.isValid())
        return;
    // Marked first: a check that cannot run is not tried again at every tick.
    if (Error e = settings.setLastWeeklyAudit(now))
        qCWarning(lcEngine).noquote() << e.message();
    Error error;
    audit(range, false, &error, JobRecord::Trigger::WeeklyAudit);
    if (error)
        qCWarning(lcEngine).noquote() << "Weekly check:" << error.message();
}

void Engine::updateNextJob()
{
    QDateTime next;
    if (EngineSettings(m_db.get()).backupEnabled())
        next = planner(nullptr).nextWakeUp(loadState(), m_options.clock->now());
    m_scheduler->scheduleAt(next);
    Q_EMIT nextJobChanged(next);
}

Engine::Status Engine::status()
{
    Status status;
    EngineSettings settings(m_db.get());
    const EngineSettings::Connections connections = settings.connections();
    status.backupEnabled = settings.backupEnabled();
    if (!connections.sourceKind.isEmpty()) {
        status.source = SourceFactory::displayName(connections.sourceKind);
        status.account =
            SourceFactory::describeAccount(connections.sourceKind, connections.sourceSettings);
    }
    const QString &storageKind = connections.storageKind;
    if (StorageConnectorFactory *factory =
            m_options.connectors ? m_options.connectors->factory(storageKind) : nullptr) {
        status.storage = factory->displayName();
        ConnectorContext context;
        context.settings = connections.storageSettings;
        context.secrets = m_options.secrets;
        context.profileId = m_options.profile.id();
        context.profileDirectory = m_options.profile.dataDirectory();
        const std::unique_ptr<StorageConnector> connector = factory->create(context);
        status.storageLocation = connector->location();
        status.storageDetails = connector->details();
    } else if (!storageKind.isEmpty()) {
        status.storage = storageKind + tr(" (plugin not found)");
    }
    status.attention = settings.sourceAttention();
    status.schedule = loadState();
    const SchedulePlanner plan = planner(nullptr);
    status.waitingForManualRetry =
        status.schedule.failedAttempts > 0 && plan.waitingForManualRetry(status.schedule);
    if (status.backupEnabled)
        status.nextJob = plan.nextWakeUp(status.schedule, m_options.clock->now());
    status.lastJob = JobStore(m_db.get()).lastJob();
    ItemLedger ledger(m_db.get());
    const QList<FailedItem> failures = ledger.allFailures();
    for (const FailedItem &failure : failures)
        ++(failure.permanent ? status.permanentFailures : status.pendingFailures);
    status.archivedItems = ledger.archivedCount();
    status.retention = ledger.retentionSummary();
    return status;
}

} // namespace rca
