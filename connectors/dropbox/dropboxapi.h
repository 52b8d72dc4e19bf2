// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DropboxApi: one Dropbox account's API calls. RPC routes go to the api host with a JSON body,
// upload and download routes to the content host with their arguments in the Dropbox-API-Arg
// header (every character >= U+007F escaped as \uXXXX). Runs under the shared RetryPolicy with
// Dropbox's classifier: 429 and too_many_write_operations wait as told (Retry-After or
// retry_after), 5xx and dropped connections back off with jitter (bounded), a 401 refreshes the
// token once and reports Reconnect after that. 409 route errors are returned to the caller with
// their JSON. Blocking; used from the thread that runs the connector (the engine's worker, or the
// sign-in's).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "net/retrypolicy.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace rca {

class OAuthSession;

struct DropboxRetryPolicy
{
    int baseDelayMs = 1000;         // first backoff after a 5xx or a drop; doubles, plus jitter
    int maxTransientRetries = 4;    // 5xx and dropped connections
    int maxRateLimitRetries = 8;    // 429 / too_many_write_operations
    int maxRetryAfterSeconds = 300; // a longer wait ends the item as Transient instead
};

class DropboxApi
{
public:
    struct Result
    {
        Error error;
        int status = 0;
        QJsonObject json;     // the answer, or the route error's body on 409
        QString errorSummary; // "path/conflict/file/.." on 409; empty otherwise
        bool hasSummary(QStringView prefix) const { return errorSummary.startsWith(prefix); }
    };

    DropboxApi(QUrl apiUrl, QUrl contentUrl, OAuthSession *session, DropboxRetryPolicy policy,
               CancelToken cancel);

    Result rpc(const QString &route, const QJsonObject &arg, const QString &what);
    Result upload(const QString &route, const QJsonObject &arg, QByteArrayView body,
                  const QString &what);
    // A download route: the body (file content) streams to onData as it arrives, the metadata
    // of the Dropbox-API-Result header goes to Result::json. A retry after a dropped transfer
    // passes on only the bytes onData has not had yet. onData returns false to stop (the
    // error is then a StorageFailure, never retried).
    using DataHandler = std::function<bool(QByteArrayView chunk)>;
    Result download(const QString &route, const QJsonObject &arg, const DataHandler &onData,
                    const QString &what);

    const CancelToken &cancelToken() const { return m_cancel; }

    // The Dropbox-API-Arg value: compact JSON, pure ASCII.
    static QByteArray apiArg(const QJsonObject &arg);
    // "/RingCentral Application/a/b" from the archive-relative "a/b"; empty when the path
    // could leave the root.
    static QString dropboxPath(const QString &relativePath);
    static QString rootPath();

private:
    enum class Style { Rpc, Upload, Download };
    Result send(Style style, const QString &route, const QByteArray &arg, QByteArrayView body,
                const QString &what, const DataHandler &onData = {});
    // What an answer means to Dropbox (json: its error body, parsed by the caller).
    RetryDecision classify(const HttpResponse &response, int retryAfterSeconds,
                           const QJsonObject &json, const QString &what) const;

    QUrl m_apiUrl;
    QUrl m_contentUrl;
    OAuthSession *m_session;
    DropboxRetryPolicy m_policy;
    RetryPolicy m_retry;
    CancelToken m_cancel;
};

} // namespace rca
