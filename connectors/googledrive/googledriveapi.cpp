#include "googledriveapi.h"

#include "logging/logging.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

namespace rca {

namespace {

const QString FolderMime = QString::fromLatin1(FolderMimeType);

QJsonObject errorObject(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"error").toObject();
}

} // namespace

GoogleDriveApi::GoogleDriveApi(QUrl apiBase, OAuthSession *session, DriveRetryPolicy policy)
    : m_apiBase(std::move(apiBase))
    , m_session(session)
    , m_policy(policy)
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
                                        "sign-in. Connect Google Drive again in the "
                                        "Accounts tab.")
                .arg(what));
    }
    if (response.status == 308)
        return {};
    return response.error(what);
}

bool GoogleDriveApi::backoff(int attempt, int retryAfterSeconds) const
{
    qint64 delay = qint64(m_policy.baseDelayMs) << std::min(attempt - 1, 16);
    delay = std::min<qint64>(delay, m_policy.maxDelayMs);
    // Full jitter on the upper half: spreads clients apart, never waits less than half.
    delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
    if (retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, std::min<qint64>(qint64(retryAfterSeconds) * 1000,
                                                         std::max(m_policy.maxDelayMs, 1000)));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < delay) {
        if (m_cancel.isCancelled())
            return false;
        QThread::msleep(std::min<qint64>(50, delay - timer.elapsed() + 1));
    }
    return !m_cancel.isCancelled();
}

Error GoogleDriveApi::sendOnce(HttpRequest request, HttpResponse *response, const QString &what)
{
    QString token;
    if (Error error = m_session->validAccessToken(&token, m_cancel))
        return error;
    request.setBearerToken(token);
    *response = m_http.send(request, m_cancel);
    if (response->status == 401) {
        qCInfo(lcStorage) << "Google Drive refused the access token; refreshing it";
        if (Error error = m_session->forceRefresh(&token, token, m_cancel))
            return error;
        request.setBearerToken(token);
        *response = m_http.send(request, m_cancel);
    }
    return classify(*response, what);
}

Error GoogleDriveApi::send(HttpRequest request, HttpResponse *response, const QString &what,
                           const std::function<void()> &beforeAttempt)
{
    for (int attempt = 1;; ++attempt) {
        if (beforeAttempt)
            beforeAttempt();
        Error error = sendOnce(request, response, what);
        if (!error || error.kind() != Error::Kind::Transient || !isRetryable(*response) ||
            attempt >= m_policy.maxAttempts)
            return error;
        qCInfo(lcStorage).noquote()
            << "Google Drive:" << what << "failed (status" << response->status
            << errorReason(*response) << "); retry" << attempt;
        if (!backoff(attempt, response->retryAfterSeconds()))
            return Error::cancelled();
    }
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
    QString pageToken;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(q)));
        query.addQueryItem(QStringLiteral("spaces"), QStringLiteral("drive"));
        query.addQueryItem(QStringLiteral("orderBy"), QStringLiteral("createdTime"));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("fields"),
                           QString::fromLatin1(QUrl::toPercentEncoding(
                               QStringLiteral("nextPageToken,files(id,name,size,md5Checksum)"))));
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"),
                               QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
        HttpRequest request;
        request.url = url(QStringLiteral("/drive/v3/files"));
        request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        HttpResponse response;
        const QString what =
            QCoreApplication::translate("rca::GoogleDriveApi", "Looking for \"%1\" in Google Drive")
                .arg(name);
        if (Error error = send(request, &response, what))
            return error;
        QJsonObject json;
        if (Error error = response.json(&json, what))
            return Error::transient(error.message());
        const QJsonArray files = json.value(u"files").toArray();
        for (const QJsonValue &value : files) {
            DriveFile file = fileFromJson(value.toObject());
            // Drive's name match is exact, but be strict in case a server folds case.
            if (file.name == name)
                found->append(file);
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

Error GoogleDriveApi::ensureChildFolder(const QString &parentId, const QString &name, QString *id)
{
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
    return createFolder(parentId, name, id);
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
