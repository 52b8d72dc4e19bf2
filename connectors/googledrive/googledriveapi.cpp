// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledriveapi.h"

#include "common/frontend.h"
#include "logging/logging.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace rca {

namespace {

const QString FolderMime = QString::fromLatin1(FolderMimeType);

QJsonObject errorObject(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"error").toObject();
}

// Doubling from baseDelayMs up to maxDelayMs, with full jitter on the upper half (never less
// than half); Retry-After lengthens a wait up to maxDelayMs (at least a second).
RetryPolicy::Options retryOptions(const DriveRetryPolicy &policy)
{
    RetryPolicy::Options retry;
    retry.maxAttempts = policy.maxAttempts;
    retry.baseDelayMs = policy.baseDelayMs;
    retry.maxDelayMs = policy.maxDelayMs;
    retry.jitterMin = 0.5;
    retry.jitterMax = 1.0;
    retry.retryAfterCapMs = std::max(policy.maxDelayMs, 1000);
    return retry;
}

RetryPolicy::Options onceOptions(const DriveRetryPolicy &policy)
{
    RetryPolicy::Options once = retryOptions(policy);
    once.maxAttempts = 1;
    return once;
}

} // namespace

GoogleDriveApi::GoogleDriveApi(QUrl apiBase, OAuthSession *session, DriveRetryPolicy policy)
    : m_apiBase(std::move(apiBase))
    , m_session(session)
    , m_policy(policy)
    , m_retry(retryOptions(policy))
    , m_once(onceOptions(policy))
{
    m_http.setDefaultHeader("User-Agent", "RC-Archiver (gzip)");
}

QUrl GoogleDriveApi::url(const QString &path) const
{
    QUrl result = m_apiBase;
    QString base = result.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    result.setPath(base + path);
    return result;
}

QString GoogleDriveApi::errorReason(const HttpResponse &response)
{
    const QJsonArray errors = errorObject(response).value(u"errors").toArray();
    return errors.isEmpty() ? QString() : errors.first().toObject().value(u"reason").toString();
}

bool GoogleDriveApi::isRetryable(const HttpResponse &response)
{
    if (response.cancelled || response.sinkFailed)
        return false;
    if (response.transportFailed() || response.timedOut)
        return true;
    if (response.status == 429 || response.status == 408 || response.status >= 500)
        return true;
    if (response.status == 403) {
        const QString reason = errorReason(response);
        return reason == QLatin1String("userRateLimitExceeded") ||
               reason == QLatin1String("rateLimitExceeded");
    }
    return false;
}

Error GoogleDriveApi::classify(const HttpResponse &response, const QString &what)
{
    if (response.status == 403) {
        const QString reason = errorReason(response);
        if (reason == QLatin1String("storageQuotaExceeded") ||
            reason == QLatin1String("quotaExceeded")) {
            return Error::storage(
                QCoreApplication::translate(
                    "rca::GoogleDriveApi",
                    "Your Google Drive is full: %1 was refused because the storage "
                    "quota is used up. Free some space in Google Drive (or buy more), "
                    "and archiving continues.")
                    .arg(what));
        }
        if (isRetryable(response)) {
            return Error::transient(
                QCoreApplication::translate(
                    "rca::GoogleDriveApi",
                    "%1: Google Drive is limiting the request rate (%2). It will be "
                    "tried again.")
                    .arg(what, reason),
                response.retryAfterSeconds());
        }
        const QString message = errorObject(response).value(u"message").toString();
        return Error::itemPermanent(
            QCoreApplication::translate("rca::GoogleDriveApi",
                                        "%1: Google Drive refused it (403 %2: %3).")
                .arg(what, reason, message));
    }
    if (response.status == 401) {
        return Error::reconnect(
            QCoreApplication::translate("rca::GoogleDriveApi",
                                        "%1: Google Drive no longer accepts the saved "
                                        "sign-in.")
                .arg(what) +
            u' ' + Frontend::reconnectAdvice(QStringLiteral("googledrive")));
    }
    if (response.status == 308)
        return {};
    return response.error(what);
}

bool GoogleDriveApi::backoff(int attempt, int retryAfterSeconds) const
{
    return m_retry.sleep(m_retry.backoffMs(attempt, retryAfterSeconds), m_cancel);
}

Error GoogleDriveApi::run(HttpRequest request, HttpResponse *response, const QString &what,
                          const std::function<void()> &beforeAttempt, const RetryPolicy &policy)
{
    QString token;
    bool refreshed = false; // the next try uses the token the refresh gave
    RetryPolicy::Hooks hooks;
    hooks.prepare = [&](HttpRequest &r) -> Error {
        if (!refreshed) {
            if (Error error = m_session->validAccessToken(&token, m_cancel))
                return error;
        }
        refreshed = false;
        if (beforeAttempt)
            beforeAttempt();
        r.setBearerToken(token);
        return {};
    };
    hooks.refresh = [&](const HttpResponse &) {
        qCInfo(lcStorage) << "Google Drive refused the access token; refreshing it";
        refreshed = true;
        return m_session->forceRefresh(&token, token, m_cancel);
    };
    const auto classifier = [&what](const HttpResponse &answer, int) {
        Error error = classify(answer, what);
        if (!error)
            return RetryDecision::succeed();
        if (answer.status == 401)
            return RetryDecision::refresh(std::move(error));
        if (error.kind() == Error::Kind::Transient && isRetryable(answer))
            return RetryDecision::retry(std::move(error));
        return RetryDecision::fail(std::move(error));
    };
    return policy.run(m_http, std::move(request), classifier, hooks, m_cancel, response);
}

Error GoogleDriveApi::sendOnce(HttpRequest request, HttpResponse *response, const QString &what)
{
    return run(std::move(request), response, what, {}, m_once);
}

Error GoogleDriveApi::send(HttpRequest request, HttpResponse *response, const QString &what,
                           const std::function<void()> &beforeAttempt)
{
    return run(std::move(request), response, what, beforeAttempt, m_retry);
}

QString GoogleDriveApi::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

DriveFile GoogleDriveApi::fileFromJson(const QJsonObject &json)
{
    DriveFile file;
    file.id = json.value(u"id").toString();
    file.name = json.value(u"name").toString();
    file.mimeType = json.value(u"mimeType").toString();
    const QJsonValue size = json.value(u"size");
    if (size.isString())
        file.size = size.toString().toLongLong();
    else if (size.isDouble())
        file.size = qint64(size.toDouble());
    file.md5 = json.value(u"md5Checksum").toString().toLower();
    return file;
}

Error GoogleDriveApi::findChildren(const QString &parentId, const QString &name, bool folders,
                                   QList<DriveFile> *found)
{
    found->clear();
    const QString q = QStringLiteral("name = %1 and mimeType %2 %3 and %4 in parents and "
                                     "trashed = false")
                          .arg(quoted(name), folders ? QStringLiteral("=") : QStringLiteral("!="),
                               quoted(FolderMime), quoted(parentId));
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveApi", "Looking for \"%1\" in Google Drive")
            .arg(name);
    return listFiles(q, QStringLiteral("id,name,size,md5Checksum"), 100,
                     QStringLiteral("createdTime"), what, [&](const DriveFile &file) {
                         // Drive's name match is exact, but be strict in case a server folds
                         // case.
                         if (file.name == name)
                             found->append(file);
                         return Error();
                     });
}

Error GoogleDriveApi::listFiles(const QString &q, const QString &fileFields, int pageSize,
                                const QString &orderBy, const QString &what,
                                const std::function<Error(const DriveFile &file)> &handleFile)
{
    auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QString pageToken;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), encoded(q));
        query.addQueryItem(QStringLiteral("spaces"), QStringLiteral("drive"));
        if (!orderBy.isEmpty())
            query.addQueryItem(QStringLiteral("orderBy"), orderBy);
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("fields"),
                           encoded(QStringLiteral("nextPageToken,files(%1)").arg(fileFields)));
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), encoded(pageToken));
        HttpRequest request;
        request.url = url(QStringLiteral("/drive/v3/files"));
        request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        HttpResponse response;
        if (Error error = send(request, &response, what))
            return error;
        QJsonObject json;
        if (Error error = response.json(&json, what))
            return Error::transient(error.message());
        const QJsonArray files = json.value(u"files").toArray();
        for (const QJsonValue &value : files) {
            if (Error error = handleFile(fileFromJson(value.toObject())))
                return error;
        }
        pageToken = json.value(u"nextPageToken").toString();
    } while (!pageToken.isEmpty());
    return {};
}

Error GoogleDriveApi::createFolder(const QString &parentId, const QString &name, QString *id)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QStringLiteral("/drive/v3/files"));
    request.url.setQuery(QStringLiteral("fields=id"));
    request.setHeader("Content-Type", "application/json; charset=UTF-8");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("mimeType"), FolderMime},
                                             {QStringLiteral("parents"), QJsonArray{parentId}}})
                       .toJson(QJsonDocument::Compact);
    HttpResponse response;
    const QString what = QCoreApplication::translate("rca::GoogleDriveApi",
                                                     "Creating the folder \"%1\" in Google Drive")
                             .arg(name);
    if (Error error = send(request, &response, what))
        return error;
    QJsonObject json;
    if (Error error = response.json(&json, what))
        return Error::transient(error.message());
    *id = json.value(u"id").toString();
    if (id->isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveApi", "%1: the answer named no folder id.")
                .arg(what));
    return {};
}

Error GoogleDriveApi::ensureChildFolder(const QString &parentId, const QString &name, QString *id,
                                        bool *created)
{
    if (created)
        *created = false;
    QList<DriveFile> found;
    if (Error error = findChildren(parentId, name, true, &found))
        return error;
    if (!found.isEmpty()) {
        if (found.size() > 1)
            qCInfo(lcStorage).noquote() << "Google Drive holds" << found.size() << "folders named"
                                        << name << "; using the oldest";
        *id = found.first().id;
        return {};
    }
    if (Error error = createFolder(parentId, name, id))
        return error;
    if (created)
        *created = true;
    return {};
}

Error GoogleDriveApi::folderExists(const QString &id, bool *exists)
{
    *exists = false;
    HttpRequest request;
    request.url =
        url(QStringLiteral("/drive/v3/files/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    request.url.setQuery(QStringLiteral("fields=id,mimeType,trashed"));
    HttpResponse response;
    const Error error =
        send(request, &response,
             QCoreApplication::translate("rca::GoogleDriveApi", "Opening the archive folder"));
    if (response.status == 404)
        return {};
    if (error)
        return error;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    *exists = !json.value(u"trashed").toBool() && json.value(u"mimeType").toString() == FolderMime;
    return {};
}

Error GoogleDriveApi::deleteFile(const QString &id)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url =
        url(QStringLiteral("/drive/v3/files/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    HttpResponse response;
    const Error error =
        send(request, &response,
             QCoreApplication::translate("rca::GoogleDriveApi", "Deleting a damaged upload"));
    if (response.status == 404)
        return {};
    return error;
}

} // namespace rca
