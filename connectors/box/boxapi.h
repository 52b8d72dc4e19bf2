// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxApi: one Box account's API calls: JSON calls to the API host, uploads to the upload host,
// downloads that stream into the caller. Runs every request under the shared RetryPolicy with
// Box's classifier: 429 waits as retry-after says (a 202 "not ready yet" to a commit or a
// download too, where the caller allows it), 5xx and dropped connections back off with jitter
// (bounded), a 401 refreshes the token once through the OAuthSession (single-use rotating
// refresh tokens, replay-safe) and reports Reconnect after that, a full account is a
// StorageFailure at once. Other refusals (404, 409 item_name_in_use, …) come back to the caller
// with Box's error object. Blocking; used from the thread that runs the connector.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace rca {

class OAuthSession;

struct BoxRetryPolicy
{
    int baseDelayMs = 1000;         // first backoff after a 5xx or a drop; doubles, plus jitter
    int maxTransientRetries = 4;    // 5xx and dropped connections
    int maxRateLimitRetries = 8;    // 429
    int maxAcceptedWaits = 60;      // 202 to a commit or a download: "ask again later"
    int maxRetryAfterSeconds = 300; // a longer wait ends the item as Transient instead
};

// A file or folder as Box lists it.
struct BoxItem
{
    QString id;
    QString type; // "file", "folder", "web_link"
    QString name;
    qint64 size = -1;
    QString sha1; // lower-case hex; files only, may be empty
    bool isFolder() const { return type == QLatin1String("folder"); }
    bool isFile() const { return type == QLatin1String("file"); }
};

class BoxApi
{
public:
    struct Result
    {
        Error error;
        int status = 0;
        QJsonObject json; // the answer; Box's error object when error is set
        QString code;     // Box's error code when error is set: "item_name_in_use", …
    };
    struct Call
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        HttpHeaders headers;
        QByteArray body; // sent without a copy
        // 202 with retry-after means "not ready yet" (a commit still assembling the parts, a
        // download of a file just uploaded): wait and ask again.
        bool waitWhileAccepted = false;
        // A download: the 2xx body streams here as it arrives. A retry after a dropped
        // transfer passes on only the bytes not passed on before. Returning false stops it
        // (a StorageFailure-like error from the sink; never retried).
        std::function<bool(QByteArrayView chunk)> onData;
        int transferTimeoutMs = 60 * 1000;
        // One try (and one more after a token refresh): an abort on the way out.
        bool once = false;
    };
    using ItemHandler = std::function<Error(const BoxItem &item, bool *stop)>;

    BoxApi(QUrl apiUrl, QUrl uploadUrl, OAuthSession *session, BoxRetryPolicy policy,
           CancelToken cancel);

    // apiUrl + path ("/folders/0/items"), with the query items given.
    QUrl apiUrl(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QUrl uploadUrl(const QString &path) const;
    // An upload session endpoint Box named, when it is safe to send the token there (the
    // configured upload host's origin, or https on a box.com host); else fallback.
    QUrl sessionEndpoint(const QString &named, const QUrl &fallback) const;

    Result send(const Call &call, const QString &what);
    Result getJson(const QUrl &url, const QString &what);
    Result sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                    const QString &what);

    // Every item of a folder (fields name,size,sha1,type), page after page, to handle, which
    // may stop early. When notFound is given, a folder that is gone (404) sets it and is no
    // error.
    Error listItems(const QString &folderId, const QString &what, const ItemHandler &handle,
                    bool *notFound = nullptr);
    // The file's current metadata (id, name, size, sha1); *notFound when it is gone.
    Error fileInfo(const QString &fileId, BoxItem *item, bool *notFound = nullptr);

    static BoxItem itemFromJson(const QJsonObject &json);
    // The items context_info.conflicts names (an object or an array of them).
    static QList<BoxItem> conflicts(const QJsonObject &error);
    static QString quotaMessage(const QString &what);

private:
    RetryDecision classify(const HttpResponse &response, int retryAfterSeconds,
                           const QJsonObject &error, const Call &call, const QString &what) const;

    QUrl m_apiUrl;
    QUrl m_uploadUrl;
    OAuthSession *m_session;
    BoxRetryPolicy m_policy;
    RetryPolicy m_retry;
    CancelToken m_cancel;
    HttpClient m_http;
};

} // namespace rca
