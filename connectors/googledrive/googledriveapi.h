// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveApi: the Drive v3 calls the connector makes (folder and file look-ups, folder
// creation, deletes) over one HttpClient, under the shared RetryPolicy with Drive's classifier:
// a fresh bearer token from the OAuthSession, one forced refresh after a 401, and retries with
// exponential backoff and jitter for 5xx, 429 and the rate-limit 403s (rateLimitExceeded,
// userRateLimitExceeded); a storage-quota 403 becomes a StorageFailure at once. Used from the
// engine's worker thread only (blocking).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace rca {

class OAuthSession;

inline constexpr auto FolderMimeType = "application/vnd.google-apps.folder";

struct DriveFile
{
    QString id;
    QString name;
    QString mimeType;
    qint64 size = -1;
    QString md5;
};

struct DriveRetryPolicy
{
    int maxAttempts = 7;    // first try included
    int baseDelayMs = 1000; // doubled per attempt, with jitter
    int maxDelayMs = 32000; // one wait never exceeds this
};

class GoogleDriveApi
{
public:
    GoogleDriveApi(QUrl apiBase, OAuthSession *session, DriveRetryPolicy policy);

    void setCancelToken(const CancelToken &cancel) { m_cancel = cancel; }
    const CancelToken &cancelToken() const { return m_cancel; }
    const DriveRetryPolicy &policy() const { return m_policy; }
    // apiBase + path (+ query), e.g. url("/drive/v3/files").
    QUrl url(const QString &path) const;

    // Sends with auth, refresh-once-on-401 and backoff; *response holds the last answer. The
    // error is None for 2xx and for 308 (resumable uploads); 404 is returned as an
    // ItemPermanent error whose caller may look at response->status. beforeAttempt, when set,
    // runs before every attempt (a streamed download resets its position there).
    Error send(HttpRequest request, HttpResponse *response, const QString &what,
               const std::function<void()> &beforeAttempt = {});
    // One attempt with auth and refresh-once-on-401, but no backoff loop: the resumable upload
    // decides itself how to recover (it asks the session what arrived).
    Error sendOnce(HttpRequest request, HttpResponse *response, const QString &what);

    // files.list of the query q, page after page (pageSize per page, the files' fields as given,
    // ordered by orderBy when not empty): each file to handleFile. The handler's error stops it.
    Error listFiles(const QString &q, const QString &fileFields, int pageSize,
                    const QString &orderBy, const QString &what,
                    const std::function<Error(const DriveFile &file)> &handleFile);
    // Children of parentId named name, oldest first; folders only or files only.
    Error findChildren(const QString &parentId, const QString &name, bool folders,
                       QList<DriveFile> *found);
    Error createFolder(const QString &parentId, const QString &name, QString *id);
    // Find-or-create: the oldest folder of that name, or a new one (then *created, when given,
    // is true).
    Error ensureChildFolder(const QString &parentId, const QString &name, QString *id,
                            bool *created = nullptr);
    // False in *exists for a deleted, trashed or unknown folder.
    Error folderExists(const QString &id, bool *exists);
    Error deleteFile(const QString &id);

    // Classifies a Drive answer (without retry): quota → StorageFailure, rate limits and 5xx →
    // Transient, 401 → Reconnect, others as HttpResponse::error.
    static Error classify(const HttpResponse &response, const QString &what);
    // A response whose receiver stopped it (onData returned false) is never retried.
    static bool isRetryable(const HttpResponse &response);
    // The first errors[].reason of a Google error body, empty when there is none.
    static QString errorReason(const HttpResponse &response);
    // A Drive query string literal: '…' with \ and ' escaped.
    static QString quoted(const QString &value);
    static DriveFile fileFromJson(const class QJsonObject &json);

    // Sleeps for the attempt-th backoff (1-based), honouring Retry-After and the cancel token;
    // false when cancelled.
    bool backoff(int attempt, int retryAfterSeconds) const;

private:
    QUrl m_apiBase;
    OAuthSession *m_session;
    // One request under policy (m_retry for send, m_once for sendOnce) with Drive's classifier.
    Error run(HttpRequest request, HttpResponse *response, const QString &what,
              const std::function<void()> &beforeAttempt, const RetryPolicy &policy);

    DriveRetryPolicy m_policy;
    RetryPolicy m_retry; // also times the resumable upload's own retries (backoff)
    RetryPolicy m_once;  // one try, and one more after a token refresh
    HttpClient m_http;
    CancelToken m_cancel;
};

} // namespace rca
