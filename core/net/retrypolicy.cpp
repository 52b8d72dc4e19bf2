// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "retrypolicy.h"

#include "common/clock.h"
#include "httputil.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace rca {

Error RetryPolicy::run(const HttpClient &client, HttpRequest request, const Classifier &classify,
                       const Hooks &hooks, const CancelToken &cancel, HttpResponse *response) const
{
    int failures = 0;
    int waits = 0;
    bool refreshed = false;
    qint64 lastProgress = hooks.progress ? hooks.progress() : 0;
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        if (hooks.prepare) {
            if (Error error = hooks.prepare(request))
                return error;
        }
        *response = client.send(request, cancel);
        if (hooks.observe)
            hooks.observe(*response);
        if (response->cancelled)
            return Error::cancelled();

        const int retryAfter = retryAfterSeconds(*response);
        RetryDecision decision = classify(*response, retryAfter);
        qint64 delay = 0;
        switch (decision.action) {
        case RetryDecision::Action::Succeed:
            return {};
        case RetryDecision::Action::Fail:
            return decision.error;
        case RetryDecision::Action::Refresh:
            // A second refusal right after a refresh means the sign-in itself is gone: refreshing
            // again would only spend another single-use refresh token.
            if (refreshed || !hooks.refresh)
                return decision.error;
            refreshed = true;
            if (Error error = hooks.refresh(*response))
                return error;
            continue;
        case RetryDecision::Action::Wait:
            if (++waits >= m_options.maxWaits)
                return decision.error;
            delay = decision.waitMs;
            qCInfo(lcNet).noquote() << decision.error.message() << "(wait" << waits << "of"
                                    << m_options.maxWaits << "; again in" << delay << "ms)";
            break;
        case RetryDecision::Action::Retry:
            if (hooks.progress) {
                // Bytes moved since the last failure: the connection works, it only drops.
                const qint64 now = hooks.progress();
                if (now > lastProgress)
                    failures = 0;
                lastProgress = now;
            }
            if (++failures >= m_options.maxAttempts)
                return decision.error;
            delay = backoffMs(failures, retryAfter);
            qCInfo(lcNet).noquote() << decision.error.message() << "(try" << failures << "of"
                                    << m_options.maxAttempts << "; again in" << delay << "ms)";
            break;
        }
        if (!sleep(delay, cancel))
            return Error::cancelled();
    }
}

qint64 RetryPolicy::backoffMs(int failures, int retryAfterSeconds) const
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    double ms = std::min(double(m_options.baseDelayMs) * double(qint64(1) << doublings),
                         double(m_options.maxDelayMs));
    // Jitter spreads clients that failed together apart, so they do not return together.
    const double span = m_options.jitterMax - m_options.jitterMin;
    ms *= m_options.jitterMin + QRandomGenerator::global()->generateDouble() * span;
    if (m_options.retryAfterCapMs > 0 && retryAfterSeconds >= 0)
        ms = std::max(ms, std::min(retryAfterSeconds * 1000.0, double(m_options.retryAfterCapMs)));
    return qint64(ms);
}

bool RetryPolicy::sleep(qint64 ms, const CancelToken &cancel) const
{
    if (cancel.isCancelled())
        return false;
    if (ms <= 0)
        return true;
    return m_sleep ? m_sleep(ms, cancel) : sleepInSlices(ms, cancel);
}

bool RetryPolicy::sleepInSlices(qint64 ms, const CancelToken &cancel)
{
    // Slices short enough that a cancelled job stops within a blink.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancel.isCancelled())
            return false;
        QThread::msleep(
            static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return !cancel.isCancelled();
}

int RetryPolicy::retryAfterSeconds(const HttpResponse &response) const
{
    return HttpClient::parseRetryAfter(response.header("Retry-After"),
                                       m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
}

RetryDecision RetryPolicy::classifyByStatus(const HttpResponse &response, const QString &what)
{
    Error error = response.error(what);
    if (!error)
        return RetryDecision::succeed();
    if (response.status == 401 && !response.transportFailed())
        return RetryDecision::refresh(std::move(error));
    if (error.kind() == Error::Kind::Transient)
        return RetryDecision::retry(std::move(error));
    return RetryDecision::fail(std::move(error));
}

} // namespace rca
