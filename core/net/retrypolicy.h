// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RetryPolicy: how one API request is tried again, shared by every provider. It sends through
// an HttpClient and asks the provider's classifier what each answer means: success, failure,
// another try after an exponential back-off with jitter (lengthened by Retry-After, in seconds
// or as an HTTP-date), a wait the server named (rate limits), or one token refresh after a 401.
// Sleeps end early when the CancelToken is raised; the sleep and the clock can be replaced so
// tests never sleep for real. What an answer means stays with the provider (its classifier);
// the counting, the waiting and the refresh-once live here. Value type, stateless between
// calls; run() blocks on the calling thread (see HttpClient).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "net/httpclient.h"
#include "rcacore_export.h"

#include <functional>
#include <limits>

namespace rca {

class Clock;

// What the classifier makes of one answer.
struct RCACORE_EXPORT RetryDecision
{
    enum class Action {
        Succeed, // done: run() returns no error
        Fail,    // done: run() returns error
        Retry,   // try again after the back-off; error is returned once the tries run out
        Wait,    // try again after waitMs (a rate limit); error once those tries run out
        Refresh, // a refused token: refresh once and try again; error on a second refusal
    };
    Action action = Action::Succeed;
    Error error;
    qint64 waitMs = 0;

    static RetryDecision succeed() { return {}; }
    static RetryDecision fail(Error error) { return {Action::Fail, std::move(error)}; }
    static RetryDecision retry(Error error) { return {Action::Retry, std::move(error)}; }
    static RetryDecision wait(Error error, qint64 ms)
    {
        return {Action::Wait, std::move(error), ms};
    }
    static RetryDecision refresh(Error reconnect)
    {
        return {Action::Refresh, std::move(reconnect)};
    }
};

class RCACORE_EXPORT RetryPolicy
{
public:
    struct Options
    {
        int maxAttempts = 4;    // tries while the classifier says Retry, the first included
        int maxWaits = 5;       // tries while it says Wait, the first included (a separate count)
        int baseDelayMs = 1000; // back-off after the first failure
        int maxDelayMs = std::numeric_limits<int>::max(); // doubling stops here
        double jitterMin = 0.75;                          // the back-off is multiplied by
        double jitterMax = 1.25;                          // a random factor in [min, max]
        int retryAfterCapMs = 60 * 1000; // Retry-After lengthens a back-off up to this; 0: ignored
    };

    // The classifier sees every answer that was not cancelled; retryAfterSeconds is its
    // Retry-After header read against the policy's clock (-1 when absent).
    using Classifier =
        std::function<RetryDecision(const HttpResponse &response, int retryAfterSeconds)>;

    // All optional. prepare runs before every try (token, Range header, a rate limiter's
    // acquire); its error ends the request. observe sees every answer first. refresh gets a new
    // token after a Refresh decision (at most once per run). progress reports bytes moved so far:
    // a try that moved some starts the Retry count afresh (a long download that keeps dropping).
    struct Hooks
    {
        std::function<Error(HttpRequest &request)> prepare;
        std::function<void(const HttpResponse &response)> observe;
        std::function<Error(const HttpResponse &refused)> refresh;
        std::function<qint64()> progress;
    };

    // Waits ms unless cancel is raised first; false when cancelled.
    using SleepFunction = std::function<bool(qint64 ms, const CancelToken &cancel)>;

    RetryPolicy() = default;
    explicit RetryPolicy(Options options)
        : m_options(options)
    {}

    const Options &options() const { return m_options; }
    // Tests: a sleep that returns at once (recording the wait), a ManualClock for HTTP-dates.
    void setSleepFunction(SleepFunction sleep) { m_sleep = std::move(sleep); }
    void setClock(const Clock *clock) { m_clock = clock; } // not owned; null: the system time

    // Sends request until the classifier decides; *response holds the last answer.
    Error run(const HttpClient &client, HttpRequest request, const Classifier &classify,
              const Hooks &hooks, const CancelToken &cancel, HttpResponse *response) const;

    // The wait before try failures + 1 after that many failures in a row (1-based), at least
    // the server's Retry-After (capped) when it gave one.
    qint64 backoffMs(int failures, int retryAfterSeconds = -1) const;
    bool sleep(qint64 ms, const CancelToken &cancel) const;
    int retryAfterSeconds(const HttpResponse &response) const;

    // A classifier on HttpResponse::error alone: Transient retries, 401 refreshes, the rest
    // fails. For requests with nothing provider-specific in their answers.
    static RetryDecision classifyByStatus(const HttpResponse &response, const QString &what);
    // The default sleep: QThread::msleep in slices, checking cancel between them.
    static bool sleepInSlices(qint64 ms, const CancelToken &cancel);

private:
    Options m_options;
    SleepFunction m_sleep;
    const Clock *m_clock = nullptr;
};

} // namespace rca
