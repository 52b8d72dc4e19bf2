// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledriveupload.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>

#include <future>
#include <memory>
#include <utility>

namespace rca {

namespace {

constexpr qint64 Granularity = 256 * 1024;

QString folderOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    return slash < 0 ? QString() : relativePath.left(slash);
}

QByteArray mimeTypeFor(const QString &name)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    return type.isValid() ? type.name().toLatin1() : QByteArrayLiteral("application/octet-stream");
}

} // namespace

GoogleDriveUpload::GoogleDriveUpload(GoogleDriveApi *api, GoogleDriveFolderIndex *index,
                                     QString folderId, QString relativePath, qint64 expectedSize,
                                     DriveUploadOptions options, Mode mode)
    : m_api(api)
    , m_index(index)
    , m_folderId(std::move(folderId))
    , m_relativePath(std::move(relativePath))
    , m_expectedSize(expectedSize)
    , m_options(options)
    , m_mode(mode)
{}

GoogleDriveUpload::~GoogleDriveUpload()
{
    if (!m_finished) {
        cancelSession();
        if (m_requested)
            m_index->markUnsure(m_folderId, name());
    }
}

QString GoogleDriveUpload::name() const
{
    return m_relativePath.mid(m_relativePath.lastIndexOf(u'/') + 1);
}

void GoogleDriveUpload::hashBuffered()
{
    const qint64 from = m_hashed - m_bufferStart; // never negative: bytes leave once hashed
    if (from < m_buffer.size()) {
        m_md5.addData(QByteArrayView(m_buffer.constData() + from, m_buffer.size() - from));
        m_hashed = m_bufferStart + m_buffer.size();
    }
}

QString GoogleDriveUpload::md5Hex()
{
    hashBuffered();
    return QString::fromLatin1(m_md5.result().toHex());
}

Error GoogleDriveUpload::keep(Error error)
{
    if (error && !m_failure)
        m_failure = error;
    return error;
}

bool GoogleDriveUpload::retarget(const QString &relativePath)
{
    // Only before any byte left for Drive, and only within the same folder.
    if (m_finished || m_failure || !m_sessionUrl.isEmpty() || !m_existing.isEmpty() ||
        folderOf(relativePath) != folderOf(m_relativePath) ||
        relativePath.mid(relativePath.lastIndexOf(u'/') + 1).isEmpty())
        return false;
    m_relativePath = relativePath;
    m_checkedExisting = false;
    m_replaceId.clear();
    return true;
}

Error GoogleDriveUpload::lookUpExisting()
{
    if (m_checkedExisting)
        return {};
    if (Error error =
            m_index->filesNamed(m_folderId, folderOf(m_relativePath), name(), &m_existing))
        return error;
    m_checkedExisting = true;
    if (m_mode == Mode::Replace) {
        m_replaceId = m_existing.isEmpty() ? QString() : m_existing.first().id;
        m_existing.clear();
    }
    if (!m_existing.isEmpty()) {
        // Nothing will be uploaded: the bytes are only hashed to compare with what is there.
        hashBuffered();
        m_buffer.clear();
        m_buffer.squeeze();
    }
    return {};
}

Error GoogleDriveUpload::write(const char *data, qint64 size)
{
    if (m_finished)
        return Error::transient(QCoreApplication::translate("rca::GoogleDriveUpload",
                                                            "The upload of %1 is already finished.")
                                    .arg(m_relativePath));
    if (m_failure)
        return m_failure;
    if (size <= 0)
        return {};
    m_total += size;
    if (!m_existing.isEmpty()) {
        m_md5.addData(QByteArrayView(data, size));
        m_hashed += size;
        return {};
    }
    m_buffer.append(data, size);

    if (m_sessionUrl.isEmpty()) {
        if (m_total <= m_options.simpleUploadLimit)
            return {}; // one multipart request at commit, hashed while it is out
        hashBuffered();
        if (Error error = keep(lookUpExisting()))
            return error;
        if (!m_existing.isEmpty())
            return {};
        if (Error error = keep(startSession()))
            return error;
    }
    hashBuffered(); // before any byte leaves the buffer
    // Keep at least one byte back: the final chunk must carry the total size.
    while (m_bufferStart + m_buffer.size() - m_confirmed > m_options.chunkSize) {
        if (Error error = keep(sendUpTo(m_confirmed + m_options.chunkSize, false)))
            return error;
    }
    return {};
}

Error GoogleDriveUpload::startSession()
{
    m_requested = true;
    // A replacement updates the existing file (same id and name, a new revision).
    QJsonObject metadata{{QStringLiteral("name"), name()}};
    HttpRequest request;
    request.method = "POST";
    QString path = QStringLiteral("/upload/drive/v3/files");
    if (m_replaceId.isEmpty()) {
        metadata.insert(QStringLiteral("parents"), QJsonArray{m_folderId});
    } else {
        request.method = "PATCH";
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_replaceId));
    }
    request.url = m_api->url(path);
    request.url.setQuery(QStringLiteral("uploadType=resumable&fields=id,name,md5Checksum,size"));
    request.setHeader("Content-Type", "application/json; charset=UTF-8");
    request.setHeader("X-Upload-Content-Type", mimeTypeFor(name()));
    if (m_expectedSize >= 0)
        request.setHeader("X-Upload-Content-Length", QByteArray::number(m_expectedSize));
    request.body = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    HttpResponse response;
    const QString what = QCoreApplication::translate("rca::GoogleDriveUpload",
                                                     "Starting the upload of %1 to Google Drive")
                             .arg(name());
    if (Error error = m_api->send(request, &response, what))
        return error;
    m_sessionUrl = QUrl::fromEncoded(response.header("Location"));
    if (!m_sessionUrl.isValid() || m_sessionUrl.isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveUpload",
                                        "%1: Google Drive named no upload session.")
                .arg(what));
    m_confirmed = 0;
    return {};
}

Error GoogleDriveUpload::acceptRange(const HttpResponse &response)
{
    // "Range: bytes=0-N": the server holds N + 1 bytes; no Range header: none yet.
    qint64 held = 0;
    const QByteArray range = response.header("Range");
    static const QRegularExpression pattern(QStringLiteral("^bytes=0-(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(range.trimmed()));
    if (match.hasMatch())
        held = match.captured(1).toLongLong() + 1;
    else if (!range.isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveUpload",
                                        "Google Drive reported an unreadable upload "
                                        "state (%1) for %2; it will be uploaded again.")
                .arg(QString::fromLatin1(range), name()));
    if (held < m_bufferStart || held > m_total) {
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveUpload",
                                        "Google Drive lost part of the upload of %1 "
                                        "(it holds %2 bytes); it will be uploaded again.")
                .arg(name())
                .arg(held));
    }
    if (held != m_confirmed)
        qCDebug(lcStorage).noquote() << "Google Drive holds" << held << "bytes of" << name();
    m_confirmed = held;
    m_buffer.remove(0, held - m_bufferStart);
    m_bufferStart = held;
    return {};
}

Error GoogleDriveUpload::sendUpTo(qint64 end, bool last)
{
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveUpload", "Uploading %1 to Google Drive")
            .arg(name());
    const DriveRetryPolicy &policy = m_api->policy();
    bool askStatus = false;
    int failures = 0;
    for (;;) {
        qint64 length = end - m_confirmed;
        if (!last) {
            length = length / Granularity * Granularity;
            if (length <= 0)
                return {};
        }
        HttpRequest request;
        request.method = "PUT";
        request.url = m_sessionUrl;
        request.transferTimeoutMs = 60 * 1000;
        const QByteArray total = last ? QByteArray::number(m_total) : QByteArrayLiteral("*");
        if (askStatus || (last && length == 0)) {
            request.setHeader("Content-Range", "bytes */" + total);
        } else {
            const qint64 offset = m_confirmed - m_bufferStart;
            // The buffer is not touched until send() returns: no copy needed.
            request.body = QByteArray::fromRawData(m_buffer.constData() + offset, length);
            request.setHeader("Content-Range", "bytes " + QByteArray::number(m_confirmed) + '-' +
                                                   QByteArray::number(m_confirmed + length - 1) +
                                                   '/' + total);
        }
        request.setHeader("Content-Type", "application/octet-stream");

        HttpResponse response;
        const Error error = m_api->sendOnce(request, &response, what);
        if (response.status == 200 || response.status == 201) {
            if (!last)
                return Error::transient(
                    QCoreApplication::translate("rca::GoogleDriveUpload",
                                                "%1: Google Drive ended the upload "
                                                "before the last byte.")
                        .arg(what));
            if (Error parseError = response.json(&m_finalFile, what))
                return Error::transient(parseError.message());
            return {};
        }
        if (response.status == 308) {
            const qint64 before = m_confirmed;
            if (Error rangeError = acceptRange(response))
                return rangeError;
            askStatus = false;
            if (m_confirmed > before)
                failures = 0;
            if (!last && m_confirmed >= end)
                return {};
            continue;
        }
        if (response.status == 404 || response.status == 410) {
            m_sessionUrl.clear();
            return Error::transient(
                QCoreApplication::translate("rca::GoogleDriveUpload",
                                            "%1: the upload session expired; the file "
                                            "will be uploaded again.")
                    .arg(what));
        }
        if (error.kind() == Error::Kind::Transient && GoogleDriveApi::isRetryable(response) &&
            ++failures < policy.maxAttempts) {
            qCInfo(lcStorage).noquote()
                << "Google Drive: a chunk of" << name() << "failed (status" << response.status
                << GoogleDriveApi::errorReason(response) << "); asking what arrived";
            if (!m_api->backoff(failures, response.retryAfterSeconds()))
                return Error::cancelled();
            askStatus = true;
            continue;
        }
        return error ? error
                     : Error::transient(QCoreApplication::translate("rca::GoogleDriveUpload",
                                                                    "%1: unexpected answer %2.")
                                            .arg(what)
                                            .arg(response.status));
    }
}

Error GoogleDriveUpload::uploadMultipart(QJsonObject *file)
{
    // The MD5 that Drive's answer is checked against is computed on a pool thread while the
    // body is built and the request is out: on a fast link, hashing first would add a sixth to
    // the time of a 100 KiB file. Nothing below touches m_buffer, m_hashed or m_md5 before
    // joining it (and every return joins it).
    std::future<void> hashing;
    if (m_hashed < m_bufferStart + m_buffer.size()) {
        auto task = std::make_shared<std::packaged_task<void()>>([this] { hashBuffered(); });
        hashing = task->get_future();
        if (!QThreadPool::globalInstance()->tryStart([task] { (*task)(); }))
            (*task)();
    }
    struct Join
    {
        std::future<void> &future;
        ~Join()
        {
            if (future.valid())
                future.wait();
        }
    } join{hashing};
    auto md5 = [&]() {
        if (hashing.valid())
            hashing.get();
        return md5Hex();
    };

    const QByteArray boundary =
        "rca-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray metadata =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), name()},
                                  {QStringLiteral("parents"), QJsonArray{m_folderId}}})
            .toJson(QJsonDocument::Compact);
    QByteArray body;
    body.reserve(m_buffer.size() + metadata.size() + 256);
    body += "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n";
    body += metadata;
    body += "\r\n--" + boundary + "\r\nContent-Type: " + mimeTypeFor(name()) + "\r\n\r\n";
    body += m_buffer;
    body += "\r\n--" + boundary + "--\r\n";

    HttpRequest request;
    request.method = "POST";
    request.url = m_api->url(QStringLiteral("/upload/drive/v3/files"));
    request.url.setQuery(QStringLiteral("uploadType=multipart&fields=id,name,md5Checksum,size"));
    request.setHeader("Content-Type", "multipart/related; boundary=" + boundary);
    request.body = body;

    const QString what =
        QCoreApplication::translate("rca::GoogleDriveUpload", "Uploading %1 to Google Drive")
            .arg(name());
    m_requested = true;
    for (int attempt = 1;; ++attempt) {
        HttpResponse response;
        const Error error = m_api->sendOnce(request, &response, what);
        if (!error) {
            if (Error parseError = response.json(file, what))
                return Error::transient(parseError.message());
            return {};
        }
        if (error.kind() != Error::Kind::Transient || !GoogleDriveApi::isRetryable(response) ||
            attempt >= m_api->policy().maxAttempts)
            return error;
        if (!m_api->backoff(attempt, response.retryAfterSeconds()))
            return Error::cancelled();
        // A dropped answer may hide a file that was created: never create a second one.
        QList<DriveFile> found;
        if (response.transportFailed() && !m_api->findChildren(m_folderId, name(), false, &found)) {
            for (const DriveFile &existing : std::as_const(found)) {
                if (existing.size == m_total && existing.md5 == md5()) {
                    *file = QJsonObject{{QStringLiteral("id"), existing.id},
                                        {QStringLiteral("md5Checksum"), existing.md5},
                                        {QStringLiteral("size"), QString::number(existing.size)}};
                    return {};
                }
            }
            if (!found.isEmpty()) {
                m_existing = found;
                return {};
            }
        }
    }
}

Error GoogleDriveUpload::conflictResult(const QByteArray &sha256Hex, StoredFile *stored)
{
    const QString md5 = md5Hex();
    for (const DriveFile &existing : m_existing) {
        if (existing.size == m_total && existing.md5 == md5) {
            if (stored) {
                stored->path = m_relativePath;
                stored->size = m_total;
                stored->sha256 = sha256Hex.toLower();
                stored->providerChecksum = md5;
                stored->alreadyPresent = true;
            }
            return {};
        }
    }
    return Error::conflict(
        QCoreApplication::translate("rca::GoogleDriveUpload",
                                    "A different file already exists at %1 in Google "
                                    "Drive; it was not overwritten.")
            .arg(m_relativePath));
}

Error GoogleDriveUpload::verify(const QJsonObject &file, const QByteArray &sha256Hex,
                                StoredFile *stored)
{
    const DriveFile uploaded = GoogleDriveApi::fileFromJson(file);
    const QString md5 = md5Hex();
    if (uploaded.id.isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveUpload",
                                        "Google Drive did not confirm the upload of %1.")
                .arg(m_relativePath));
    if (uploaded.size != m_total || uploaded.md5 != md5) {
        qCWarning(lcStorage).noquote()
            << "Google Drive stored" << uploaded.size << "bytes with MD5" << uploaded.md5 << "for"
            << m_relativePath << "but" << m_total << "bytes with MD5" << md5 << "were sent";
        // Remove the damaged copy, or the retry would find it and refuse to overwrite it. A
        // replaced file stays: the retry replaces it again.
        const Error deleteError = m_replaceId.isEmpty() ? m_api->deleteFile(uploaded.id) : Error();
        if (deleteError)
            qCWarning(lcStorage).noquote()
                << "Could not delete the damaged copy:" << deleteError.message();
        return Error::transient(
            QCoreApplication::translate("rca::GoogleDriveUpload",
                                        "The copy of %1 in Google Drive does not match "
                                        "what was sent (size or MD5); it will be "
                                        "uploaded again.")
                .arg(m_relativePath));
    }
    m_stored = uploaded;
    if (stored) {
        stored->path = m_relativePath;
        stored->size = m_total;
        stored->sha256 = sha256Hex.toLower();
        stored->providerChecksum = md5;
        stored->alreadyPresent = false;
    }
    return {};
}

Error GoogleDriveUpload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    const Error error = finish(sha256Hex, stored);
    // The index learns what this upload stored; where the outcome is unknown (a request went
    // out but no verified answer came back) the next look-up of the name asks Drive.
    if (!m_stored.id.isEmpty())
        m_index->recordStored(m_folderId, name(), m_stored);
    else if (m_requested)
        m_index->markUnsure(m_folderId, name());
    return error;
}

Error GoogleDriveUpload::finish(const QByteArray &sha256Hex, StoredFile *stored)
{
    if (m_finished)
        return Error::transient(QCoreApplication::translate("rca::GoogleDriveUpload",
                                                            "The upload of %1 is already finished.")
                                    .arg(m_relativePath));
    if (m_failure) {
        m_finished = true;
        cancelSession();
        return m_failure;
    }
    if (m_expectedSize >= 0 && m_total != m_expectedSize)
        qCInfo(lcStorage).noquote()
            << m_relativePath << "announced" << m_expectedSize << "bytes but has" << m_total;
    if (m_sessionUrl.isEmpty()) {
        if (Error error = lookUpExisting())
            return error;
    }
    if (!m_existing.isEmpty()) {
        m_finished = true;
        cancelSession();
        return conflictResult(sha256Hex, stored);
    }

    if (m_sessionUrl.isEmpty() && !m_replaceId.isEmpty()) {
        if (Error error = startSession()) {
            m_finished = true;
            return error;
        }
    }
    QJsonObject file;
    if (m_sessionUrl.isEmpty()) {
        if (Error error = uploadMultipart(&file))
            return error;
        if (!m_existing.isEmpty()) {
            m_finished = true;
            return conflictResult(sha256Hex, stored);
        }
    } else {
        hashBuffered();
        Error error = sendUpTo(m_total, true);
        if (error) {
            cancelSession();
            m_finished = true;
            return error;
        }
        file = m_finalFile;
    }
    m_finished = true;
    m_sessionUrl.clear();
    m_buffer.clear();
    return verify(file, sha256Hex, stored);
}

void GoogleDriveUpload::cancelSession()
{
    if (m_sessionUrl.isEmpty())
        return;
    // Best effort: an abandoned session expires on its own after a week.
    HttpRequest request;
    request.method = "DELETE";
    request.url = m_sessionUrl;
    request.transferTimeoutMs = 5000;
    request.totalTimeoutMs = 10000;
    HttpClient().send(request);
    m_sessionUrl.clear();
}

} // namespace rca
