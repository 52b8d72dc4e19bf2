// Small helpers for tests that work on the store: VERIFY_OK checks that an rca::Error is empty
// and prints its message when not; storeJob() writes a job record the way the engine does
// (start, then finish when the record is finished). Test thread only. Header-only.
#pragma once

#include "store/jobstore.h"

#include <QTest>

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const rca::Error error_ = (expr);                                                          \
        QVERIFY2(!error_, qPrintable(error_.message()));                                           \
    } while (false)

namespace rca::test {

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
