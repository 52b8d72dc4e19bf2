// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Small helpers for tests that work on the store: VERIFY_OK checks that an rca::Error is empty
// and prints its message when not; makeJob() and makeItem() build a finished job record and an
// item with plausible fields; storeJob() writes a job record the way the engine does (start,
// then finish when the record is finished). Test thread only. Header-only.
#pragma once

#include "archive/archiveitem.h"
#include "store/jobstore.h"

#include <QTest>

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const rca::Error error_ = (expr);                                                          \
        QVERIFY2(!error_, qPrintable(error_.message()));                                           \
    } while (false)

namespace rca::test {

// A job that started at started, ran 42 s and ended with status (a failed one with an error).
inline JobRecord makeJob(const QDateTime &started, std::array<int, ItemTypeCount> counts = {},
                         JobRecord::Status status = JobRecord::Status::Completed)
{
    JobRecord job;
    job.window = TimeWindow(started.addSecs(-2 * 3600), started.addSecs(-90 * 60));
    job.started = started;
    job.ended = started.addSecs(42);
    job.storage = QStringLiteral("Local folder");
    job.counts = counts;
    job.status = status;
    if (status == JobRecord::Status::Failed)
        job.error = QStringLiteral("Could not reach RingCentral: connection refused");
    return job;
}

// An item of extension 101 (Alice Example), inbound from +15551234567.
inline ArchiveItem makeItem(ItemType type, const QString &id, const QDateTime &created)
{
    ArchiveItem item;
    item.type = type;
    item.sourceId = id;
    item.created = created;
    item.extension = {101, QStringLiteral("101"), QStringLiteral("Alice Example")};
    item.direction = QStringLiteral("inbound");
    item.otherParty = QStringLiteral("+15551234567");
    item.nameTag = id;
    item.fileExtension = QStringLiteral("mp3");
    item.sourceData = {{QStringLiteral("uri"), QStringLiteral("https://media.example/") + id}};
    return item;
}

// Returns the record with its id; aborts the test program when the store refuses it.
inline JobRecord storeJob(Database *db, JobRecord job)
{
    JobStore jobs(db);
    const JobRecord finished = job;
    if (Error e = jobs.start(&job))
        qFatal("start: %s", qPrintable(e.message()));
    if (finished.isFinished()) {
        job.status = finished.status;
        job.ended = finished.ended;
        job.counts = finished.counts;
        job.failedItems = finished.failedItems;
        job.error = finished.error;
        if (Error e = jobs.finish(job))
            qFatal("finish: %s", qPrintable(e.message()));
    }
    return job;
}

} // namespace rca::test
