// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobstore.h"

#include "database.h"

#include <QSqlQuery>

namespace rca {

namespace {

// SQLite stores a null QString as NULL; the text columns are NOT NULL and want ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString JobColumns = QStringLiteral(
    "id, window_from, window_to, status, \"trigger\", started_at, ended_at, storage, "
    "count_call_recording, count_voicemail, count_sms, count_fax, failed_items, error, types");

const QString AuditCondition = QStringLiteral("\"trigger\" IN ('audit', 'weekly-audit')");

// Which jobs SHOW LESS keeps: those that archived something or failed.
const QString WithDataCondition = QStringLiteral(
    "(count_call_recording + count_voicemail + count_sms + count_fax > 0 OR failed_items > 0 "
    "OR status IN ('failed', 'problems-found'))");

QDateTime timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

JobRecord jobFromRow(const QSqlQuery &query)
{
    JobRecord job;
    job.id = query.value(0).toLongLong();
    job.window = TimeWindow(timeFromMs(query.value(1)), timeFromMs(query.value(2)));
    job.status = JobRecord::statusFromKey(query.value(3).toString());
    job.trigger = JobRecord::triggerFromKey(query.value(4).toString());
    job.started = timeFromMs(query.value(5));
    job.ended = timeFromMs(query.value(6));
    job.storage = query.value(7).toString();
    for (int i = 0; i < ItemTypeCount; ++i)
        job.counts[i] = query.value(8 + i).toInt();
    job.failedItems = query.value(12).toInt();
    job.error = query.value(13).toString();
    job.types = itemTypesFromString(query.value(14).toString());
    return job;
}

// "started_at >= :from AND started_at < :to", leaving out an invalid bound.
QString rangeCondition(const QDateTime &from, const QDateTime &to, bool withDataOnly)
{
    QStringList conditions;
    if (from.isValid())
        conditions << QStringLiteral("started_at >= :from");
    if (to.isValid())
        conditions << QStringLiteral("started_at < :to");
    if (withDataOnly)
        conditions << WithDataCondition;
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindRange(QSqlQuery &query, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid())
        query.bindValue(QStringLiteral(":from"), from.toMSecsSinceEpoch());
    if (to.isValid())
        query.bindValue(QStringLiteral(":to"), to.toMSecsSinceEpoch());
}

} // namespace

int JobRecord::totalArchived() const
{
    int total = 0;
    for (int count : counts)
        total += count;
    return total;
}

QString JobRecord::statusKey(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::CompletedWithErrors:
        return QStringLiteral("completed-with-errors");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Interrupted:
        return QStringLiteral("interrupted");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Verified:
        return QStringLiteral("verified");
    case Status::ProblemsFound:
        return QStringLiteral("problems-found");
    }
    return {};
}

JobRecord::Status JobRecord::statusFromKey(const QString &key)
{
    for (Status status :
         {Status::Running, Status::Completed, Status::CompletedWithErrors, Status::Failed,
          Status::Interrupted, Status::Expired, Status::Verified, Status::ProblemsFound}) {
        if (statusKey(status) == key)
            return status;
    }
    // A key from a newer version, or damage: show it as failed rather than as fine.
    return Status::Failed;
}

QString JobRecord::statusText(Status status)
{
    switch (status) {
    case Status::Running:
        return QCoreApplication::translate("rca::JobRecord", "Running");
    case Status::Completed:
        return QCoreApplication::translate("rca::JobRecord", "Complete");
    case Status::CompletedWithErrors:
        return QCoreApplication::translate("rca::JobRecord", "Complete with errors");
    case Status::Failed:
        return QCoreApplication::translate("rca::JobRecord", "Failed");
    case Status::Interrupted:
        return QCoreApplication::translate("rca::JobRecord", "Interrupted");
    case Status::Expired:
        return QCoreApplication::translate("rca::JobRecord", "Expired");
    case Status::Verified:
        return QCoreApplication::translate("rca::JobRecord", "Verified");
    case Status::ProblemsFound:
        return QCoreApplication::translate("rca::JobRecord", "Problems found");
    }
    return {};
}

QString JobRecord::triggerKey(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Scheduled:
        return QStringLiteral("scheduled");
    case Trigger::CatchUp:
        return QStringLiteral("catch-up");
    case Trigger::Retry:
        return QStringLiteral("retry");
    case Trigger::Manual:
        return QStringLiteral("manual");
    case Trigger::Range:
        return QStringLiteral("range");
    case Trigger::Audit:
        return QStringLiteral("audit");
    case Trigger::WeeklyAudit:
        return QStringLiteral("weekly-audit");
    case Trigger::Repair:
        return QStringLiteral("repair");
    }
    return {};
}

JobRecord::Trigger JobRecord::triggerFromKey(const QString &key)
{
    for (Trigger trigger :
         {Trigger::Scheduled, Trigger::CatchUp, Trigger::Retry, Trigger::Manual, Trigger::Range,
          Trigger::Audit, Trigger::WeeklyAudit, Trigger::Repair}) {
        if (triggerKey(trigger) == key)
            return trigger;
    }
    return Trigger::Scheduled;
}

JobStore::JobStore(Database *db)
    : m_db(db)
{}

Error JobStore::start(JobRecord *job)
{
    const QString what = tr("Could not save the job log");
    if (!job->window.from.isValid() || !job->window.to.isValid())
        return Error::storage(what + QStringLiteral(": ") + tr("the job has no time window"));
    if (!job->started.isValid())
        job->started = QDateTime::currentDateTimeUtc();
    job->status = JobRecord::Status::Running;
    job->ended = QDateTime();
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("INSERT INTO jobs (window_from, window_to, status, \"trigger\", "
                                  "started_at, ended_at, storage, count_call_recording, "
                                  "count_voicemail, count_sms, count_fax, failed_items, error, "
                                  "types) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::withContext(what, e);
    query.addBindValue(job->window.from.toMSecsSinceEpoch());
    query.addBindValue(job->window.to.toMSecsSinceEpoch());
    query.addBindValue(JobRecord::statusKey(job->status));
    query.addBindValue(JobRecord::triggerKey(job->trigger));
    query.addBindValue(job->started.toMSecsSinceEpoch());
    query.addBindValue(text(job->storage));
    for (int count : job->counts)
        query.addBindValue(count);
    query.addBindValue(job->failedItems);
    query.addBindValue(text(job->error));
    query.addBindValue(text(itemTypesToString(job->types)));
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    job->id = query.lastInsertId().toLongLong();
    return {};
}

Error JobStore::saveProgress(const JobRecord &job)
{
    const QString what = tr("Could not save the progress of job %1").arg(job.id);
    QSqlQuery query(m_db->connection());
    if (Error e =
            m_db->prepare(query, QStringLiteral("UPDATE jobs SET count_call_recording = ?, "
                                                "count_voicemail = ?, count_sms = ?, "
                                                "count_fax = ?, failed_items = ? WHERE id = ?")))
        return Database::withContext(what, e);
    for (int count : job.counts)
        query.addBindValue(count);
    query.addBindValue(job.failedItems);
    query.addBindValue(job.id);
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    if (query.numRowsAffected() != 1)
        return Error::storage(what + QStringLiteral(": ") + tr("there is no such job"));
    return {};
}

Error JobStore::finish(const JobRecord &job)
{
    const QString what = tr("Could not save the end of job %1").arg(job.id);
    if (!job.isFinished())
        return Error::storage(what + QStringLiteral(": ") + tr("the job is still running"));
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("UPDATE jobs SET status = ?, ended_at = ?, "
                                  "count_call_recording = ?, count_voicemail = ?, count_sms = ?, "
                                  "count_fax = ?, failed_items = ?, error = ? WHERE id = ?")))
        return Database::withContext(what, e);
    query.addBindValue(JobRecord::statusKey(job.status));
    query.addBindValue(
        (job.ended.isValid() ? job.ended : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    for (int count : job.counts)
        query.addBindValue(count);
    query.addBindValue(job.failedItems);
    query.addBindValue(text(job.error));
    query.addBindValue(job.id);
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    if (query.numRowsAffected() != 1)
        return Error::storage(what + QStringLiteral(": ") + tr("there is no such job"));
    return {};
}

Error JobStore::markInterrupted(const QDateTime &now, int *count)
{
    if (count)
        *count = 0;
    const QString what = tr("Could not mark unfinished jobs as interrupted");
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query,
                                QStringLiteral("UPDATE jobs SET status = ?, ended_at = ?, "
                                               "error = CASE WHEN error = '' THEN ? ELSE error END "
                                               "WHERE status = ?")))
        return Database::withContext(what, e);
    query.addBindValue(JobRecord::statusKey(JobRecord::Status::Interrupted));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(tr("RC Archiver ended while the job was running."));
    query.addBindValue(JobRecord::statusKey(JobRecord::Status::Running));
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    if (count)
        *count = query.numRowsAffected();
    return {};
}

std::optional<JobRecord> JobStore::job(qint64 id)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT ") + JobColumns +
                                 QStringLiteral(" FROM jobs WHERE id = ?")))
        return std::nullopt;
    query.addBindValue(id);
    if (m_db->execRead(query) || !query.next())
        return std::nullopt;
    return jobFromRow(query);
}

std::optional<JobRecord> JobStore::lastJob()
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT ") + JobColumns +
                                 QStringLiteral(" FROM jobs WHERE NOT ") + AuditCondition +
                                 QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT 1")))
        return std::nullopt;
    if (m_db->execRead(query) || !query.next())
        return std::nullopt;
    return jobFromRow(query);
}

std::optional<JobRecord> JobStore::lastAudit()
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT ") + JobColumns +
                                 QStringLiteral(" FROM jobs WHERE ") + AuditCondition +
                                 QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT 1")))
        return std::nullopt;
    if (m_db->execRead(query) || !query.next())
        return std::nullopt;
    return jobFromRow(query);
}

QList<JobRecord> JobStore::jobsCovering(const QDateTime &from, const QDateTime &to)
{
    QList<JobRecord> result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (m_db->prepare(query, QStringLiteral("SELECT ") + JobColumns +
                                 QStringLiteral(" FROM jobs WHERE NOT ") + AuditCondition +
                                 QStringLiteral(" AND \"trigger\" != 'repair' AND window_from < ? "
                                                "AND window_to > ? ORDER BY started_at, id")))
        return result;
    query.addBindValue(to.toMSecsSinceEpoch());
    query.addBindValue(from.toMSecsSinceEpoch());
    if (m_db->execRead(query))
        return result;
    while (query.next())
        result.append(jobFromRow(query));
    return result;
}

QList<JobRecord> JobStore::jobs(const QDateTime &from, const QDateTime &to, bool withDataOnly,
                                int limit, int offset)
{
    QList<JobRecord> result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM jobs") +
                        rangeCondition(from, to, withDataOnly) +
                        QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT :limit "
                                       "OFFSET :offset");
    if (m_db->prepare(query, sql))
        return result;
    bindRange(query, from, to);
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    query.bindValue(QStringLiteral(":offset"), qMax(0, offset));
    if (m_db->execRead(query))
        return result;
    while (query.next())
        result.append(jobFromRow(query));
    return result;
}

int JobStore::jobCount(const QDateTime &from, const QDateTime &to, bool withDataOnly)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT COUNT(*) FROM jobs") +
                                 rangeCondition(from, to, withDataOnly)))
        return 0;
    bindRange(query, from, to);
    if (m_db->execRead(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace rca
