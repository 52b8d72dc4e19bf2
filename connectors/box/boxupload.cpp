// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxupload.h"

#include "boxfolders.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace rca {

namespace {

const QString ItemNameInUse = QStringLiteral("item_name_in_use");

QString folderOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    return slash < 0 ? QString() : relativePath.left(slash);
}

// The file object of an upload's answer: {"entries": [file]} or the file itself.
QJsonObject uploadedFile(const QJsonObject &answer)
{
    const QJsonArray entries = answer.value(QStringLiteral("entries")).toArray();
    if (!entries.isEmpty())
        return entries.first().toObject();
    return answer.value(QStringLiteral("type")).toString() == QLatin1String("file") ? answer
                                                                                    : QJsonObject();
}

// An item's refusal that is about this file only becomes Transient inside an upload whose
// session or folder may simply have gone (the retry starts afresh).
Error retryable(const Error &error)
{
    return error.kind() == Error::Kind::ItemPermanent && !error.isConflict()
               ? Error::transient(error.message())
               : error;
}

} // namespace

BoxUpload::BoxUpload(BoxApi *api, BoxFolders *folders, QString folderId, QString relativePath,
                     qint64 expectedSize, BoxUploadLimits limits, Mode mode)
    : m_api(api)
    , m_folders(folders)
    , m_folderId(std::move(folderId))
    , m_relativePath(std::move(relativePath))
    , m_expectedSize(expectedSize)
    , m_limits(limits)
    , m_mode(mode)
    , m_boundary("rca-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16))
{}

BoxUpload::~BoxUpload() = default; // an open session aborts itself; the spool file goes

QString BoxUpload::name() const
{
    return m_relativePath.mid(m_relativePath.lastIndexOf(u'/') + 1);
}

QString BoxUpload::what() const
{
    return QCoreApplication::translate("rca::BoxUpload", "Uploading %1 to Box").arg(m_relativePath);
}

Error BoxUpload::keep(Error error)
{
    if (error && !m_failed)
        m_failed = error;
    return error;
}

bool BoxUpload::retarget(const QString &relativePath)
{
    QStringList components;
    // Only before any byte left for Box, and only within the same folder.
    if (m_committed || m_failed || m_session || m_hasExisting ||
        folderOf(relativePath) != folderOf(m_relativePath) ||
        BoxFolders::splitPath(relativePath, true, &components))
        return false;
    m_relativePath = relativePath; // the name is only sent at commit
    m_replaceLooked = false;
    return true;
}

Error BoxUpload::write(const char *data, qint64 size)
{
    if (m_committed)
        return Error::itemPermanent(
            what() + QCoreApplication::translate("rca::BoxUpload", ": already committed"));
    if (m_failed)
        return m_failed;
    if (size <= 0)
        return {};
    m_sha1.addData(QByteArrayView(data, size));
    m_total += size;
    if (m_hasExisting)
        return {}; // only compared with what is there, at commit
    if (m_spool) {
        if (m_spool->write(data, size) != size)
            return keep(
                Error::transient(QCoreApplication::translate(
                                     "rca::BoxUpload", "%1: could not write the temporary copy: %2")
                                     .arg(what(), m_spool->errorString())));
        return {};
    }
    // A size known to need a session: it opens with the first byte, parts leave as they fill.
    if (!m_session && m_buffer.isEmpty() && m_total == size &&
        m_expectedSize > m_limits.threshold) {
        if (Error e = keep(startSession(m_expectedSize)))
            return e;
        if (m_hasExisting)
            return {};
    }
    if (m_session) {
        if (m_total > m_session->size())
            return keep(Error::transient(
                QCoreApplication::translate("rca::BoxUpload",
                                            "%1: more bytes came than were announced (%2).")
                    .arg(what())
                    .arg(m_session->size())));
        return keep(feedParts(data, size));
    }
    if (m_buffer.isEmpty() && m_mode == Mode::Add) {
        // The multipart head goes first, so that the body leaves without another copy.
        const QByteArray head = multipartHead({});
        m_buffer.reserve(head.size() +
                         std::min(std::max(m_expectedSize, size), m_limits.threshold) + 64);
        m_buffer.append(head);
        m_headSize = head.size();
    }
    m_buffer.append(data, size);
    if (m_total <= m_limits.threshold)
        return {};
    return keep(startSpool());
}

Error BoxUpload::replaceTarget(QString *fileId)
{
    if (!m_replaceLooked) {
        BoxItem existing;
        bool isFolder = false;
        if (Error e = m_folders->findFile(m_folderId, name(), &existing, &isFolder))
            return e;
        if (isFolder)
            return Error::conflict(
                QCoreApplication::translate("rca::BoxUpload",
                                            "Box has a folder at %1; the file was not stored.")
                    .arg(m_relativePath));
        m_replaceId = existing.id;
        m_replaceLooked = true;
    }
    *fileId = m_replaceId;
    return {};
}

Error BoxUpload::startSession(qint64 size)
{
    QString fileId;
    if (m_mode == Mode::Replace) {
        if (Error e = replaceTarget(&fileId))
            return e;
    }
    m_session = std::make_unique<BoxUploadSession>(m_api, what());
    const BoxApi::Result result = m_session->create(m_folderId, fileId, name(), size);
    if (!result.error) {
        m_buffer.reserve(m_session->partSize());
        m_sender = std::make_unique<BoxPartSender>(m_session.get());
        return {};
    }
    m_session.reset();
    if (m_mode == Mode::Add && result.status == 409 && result.code == ItemNameInUse) {
        // Something holds the name: nothing will be uploaded, the bytes are only hashed.
        const QList<BoxItem> conflicts = BoxApi::conflicts(result.json);
        if (!conflicts.isEmpty() && conflicts.first().isFolder())
            return Error::conflict(
                QCoreApplication::translate("rca::BoxUpload",
                                            "Box has a folder at %1; the file was not stored.")
                    .arg(m_relativePath));
        if (conflicts.isEmpty() || conflicts.first().id.isEmpty()) {
            bool isFolder = false;
            if (Error e = m_folders->findFile(m_folderId, name(), &m_existing, &isFolder))
                return e;
            if (m_existing.id.isEmpty())
                return retryable(result.error);
        } else {
            m_existing = conflicts.first();
        }
        m_hasExisting = true;
        m_buffer.clear();
        m_buffer.squeeze();
        m_headSize = 0;
        m_spool.reset();
        return {};
    }
    return retryable(result.error);
}

Error BoxUpload::feedParts(const char *data, qint64 size)
{
    const qint64 partSize = m_session->partSize();
    while (size > 0) {
        const qint64 n = std::min(size, partSize - qint64(m_buffer.size()));
        m_buffer.append(data, n);
        m_partSha1.addData(QByteArrayView(data, n));
        data += n;
        size -= n;
        if (m_buffer.size() == partSize) {
            if (Error e = sendBuffer(m_partSha1.result()))
                return e;
            m_partSha1.reset();
        }
    }
    return {};
}

Error BoxUpload::sendBuffer(const QByteArray &sha1)
{
    const qint64 size = m_buffer.size();
    if (Error e = m_sender->send(m_sent, m_buffer, sha1))
        return e;
    m_sent += size;
    if (m_buffer.capacity() < m_session->partSize())
        m_buffer.reserve(m_session->partSize());
    return {};
}

void BoxUpload::dropSession()
{
    m_sender.reset(); // waits for a part in flight
    m_session.reset();
}

Error BoxUpload::startSpool()
{
    // The size is not known, and an upload session needs it: the rest waits on disk.
    m_spool =
        std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("rca-box-XXXXXX")));
    const QByteArrayView bytes = QByteArrayView(m_buffer).sliced(m_headSize);
    if (!m_spool->open() || m_spool->write(bytes.data(), bytes.size()) != bytes.size()) {
        const QString reason = m_spool->errorString();
        m_spool.reset();
        return Error::transient(QCoreApplication::translate(
                                    "rca::BoxUpload", "%1: could not write the temporary copy: %2")
                                    .arg(what(), reason));
    }
    m_buffer.clear();
    m_buffer.squeeze();
    m_headSize = 0;
    return {};
}

Error BoxUpload::sendSpool()
{
    if (Error e = startSession(m_total))
        return e;
    if (m_hasExisting)
        return {};
    if (!m_spool->seek(0))
        return Error::transient(m_spool->errorString());
    const qint64 partSize = m_session->partSize();
    while (m_sent < m_total) {
        const qint64 n = std::min(partSize, m_total - m_sent);
        m_buffer.resize(n);
        if (m_spool->read(m_buffer.data(), n) != n)
            return Error::transient(
                QCoreApplication::translate("rca::BoxUpload",
                                            "%1: could not read the temporary copy: %2")
                    .arg(what(), m_spool->errorString()));
        if (Error e = sendBuffer(BoxSha1::of(m_buffer)))
            return e;
    }
    if (Error e = m_sender->finish())
        return e;
    m_buffer.clear();
    m_spool.reset();
    return {};
}

QByteArray BoxUpload::multipartHead(const QString &fileId) const
{
    QJsonObject attributes{{QStringLiteral("name"), name()}};
    if (fileId.isEmpty())
        attributes.insert(QStringLiteral("parent"),
                          QJsonObject{{QStringLiteral("id"), m_folderId}});
    return "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"attributes\"\r\n\r\n" +
           QJsonDocument(attributes).toJson(QJsonDocument::Compact) + "\r\n--" + m_boundary +
           "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
           "Content-Type: application/octet-stream\r\n\r\n";
}

Error BoxUpload::uploadDirect(BoxApi::Result *result)
{
    QString fileId;
    if (m_mode == Mode::Replace) {
        if (Error e = replaceTarget(&fileId))
            return e;
    }
    const QByteArray head = multipartHead(fileId);
    const QByteArray tail = "\r\n--" + m_boundary + "--\r\n";
    QByteArray body;
    if (m_headSize > 0 && QByteArrayView(m_buffer).first(m_headSize) == head) {
        body = m_buffer.append(tail); // shared, not copied
    } else { // renamed since the first byte, a replacement, or an empty file
        const QByteArrayView bytes = QByteArrayView(m_buffer).sliced(m_headSize);
        body.reserve(head.size() + bytes.size() + tail.size());
        body.append(head).append(bytes).append(tail);
    }

    BoxApi::Call call;
    call.method = QByteArrayLiteral("POST");
    call.url = m_api->uploadUrl(fileId.isEmpty() ? QStringLiteral("/files/content")
                                                 : QStringLiteral("/files/%1/content").arg(fileId));
    // Only what the check needs: a small answer is quicker to make and to read.
    call.url.setQuery(QStringLiteral("fields=name,size,sha1"));
    call.body = body;
    call.headers = {
        {QByteArrayLiteral("Content-Type"), "multipart/form-data; boundary=" + m_boundary},
        {QByteArrayLiteral("Content-MD5"), m_sha1.hexResult()}, // Box's name; it holds the SHA-1
    };
    *result = m_api->send(call, what());
    return result->error;
}

Error BoxUpload::finish(BoxApi::Result *result)
{
    if (m_spool) {
        if (Error e = sendSpool())
            return e;
        if (m_hasExisting)
            return {};
    }
    if (m_total != m_session->size())
        return Error::transient(
            QCoreApplication::translate("rca::BoxUpload",
                                        "%1: %2 bytes came, %3 were announced; it will be "
                                        "uploaded again.")
                .arg(what())
                .arg(m_total)
                .arg(m_session->size()));
    if (!m_buffer.isEmpty()) {
        if (Error e = sendBuffer(m_partSha1.result()))
            return e;
    }
    if (Error e = m_sender->finish())
        return e;
    m_buffer.clear();
    *result = m_session->commit(m_sha1.result());
    if (result->error && result->status != 409 && result->error.kind() != Error::Kind::Cancelled &&
        result->error.kind() != Error::Kind::StorageFailure &&
        result->error.kind() != Error::Kind::Reconnect) {
        // A commit whose answer was lost may have stored the file: look before failing.
        BoxItem found;
        if (!m_folders->findFile(m_folderId, name(), &found) && !found.id.isEmpty() &&
            found.size == m_total && found.sha1 == QString::fromLatin1(m_sha1.hexResult())) {
            qCInfo(lcStorage).noquote() << what() << ": the commit went through after all";
            result->error = {};
            result->json = QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                       {QStringLiteral("id"), found.id},
                                       {QStringLiteral("size"), found.size},
                                       {QStringLiteral("sha1"), found.sha1}};
        }
    }
    return result->error;
}

Error BoxUpload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    if (m_committed)
        return Error::itemPermanent(
            what() + QCoreApplication::translate("rca::BoxUpload", ": already committed"));
    *stored = StoredFile();
    stored->path = m_relativePath;
    if (m_failed) {
        dropSession();
        return m_failed;
    }
    if (m_hasExisting) {
        m_committed = true;
        return compareExisting(m_existing, sha256Hex, stored);
    }
    BoxApi::Result result;
    const Error error = m_session || m_spool ? finish(&result) : uploadDirect(&result);
    m_committed = true;
    if (m_hasExisting) // the spooled file's session found the name taken
        return compareExisting(m_existing, sha256Hex, stored);
    m_buffer.clear();
    m_spool.reset();
    if (error) {
        dropSession();
        if (m_mode == Mode::Add && result.status == 409 && result.code == ItemNameInUse)
            return conflictResult(result, sha256Hex, stored);
        return retryable(error);
    }
    return verify(result.json, sha256Hex, stored);
}

Error BoxUpload::verify(const QJsonObject &answer, const QByteArray &sha256Hex, StoredFile *stored)
{
    const BoxItem file = BoxApi::itemFromJson(uploadedFile(answer));
    const QString sha1 = QString::fromLatin1(m_sha1.hexResult());
    if (!file.id.isEmpty() && file.sha1 == sha1 && file.size == m_total) {
        stored->size = m_total;
        stored->sha256 = sha256Hex;
        stored->providerChecksum = sha1;
        return {};
    }
    // Box stored other bytes than were sent (or said nothing usable). Remove exactly that new
    // file so that the retry can write it again; a new version of a replaced file stays, the
    // retry replaces it again.
    QString outcome = QStringLiteral("kept for the retry to replace");
    if (m_mode == Mode::Add && !file.id.isEmpty()) {
        BoxApi::Call call;
        call.method = QByteArrayLiteral("DELETE");
        call.url = m_api->apiUrl(QStringLiteral("/files/%1").arg(file.id));
        const BoxApi::Result removed = m_api->send(call, what());
        outcome = removed.error ? QStringLiteral("NOT removed: ") + removed.error.message()
                                : QStringLiteral("removed");
    }
    qCWarning(lcStorage).noquote()
        << what() << ": sha1 mismatch (sent" << sha1 << m_total << "bytes, Box has" << file.sha1
        << file.size << "bytes); the copy was" << outcome;
    return Error::transient(
        QCoreApplication::translate("rca::BoxUpload",
                                    "%1: Box stored different bytes than were sent (sha1 "
                                    "mismatch); will retry")
            .arg(what()));
}

Error BoxUpload::compareExisting(const BoxItem &existing, const QByteArray &sha256Hex,
                                 StoredFile *stored)
{
    BoxItem known = existing;
    if (known.sha1.isEmpty() || known.size < 0) {
        bool gone = false;
        if (Error e = m_api->fileInfo(known.id, &known, &gone))
            return retryable(e);
        if (gone)
            return Error::transient(
                QCoreApplication::translate("rca::BoxUpload",
                                            "%1: the file that held the name is gone; will retry")
                    .arg(what()));
    }
    const QString sha1 = QString::fromLatin1(m_sha1.hexResult());
    if (known.sha1 == sha1 && known.size == m_total) {
        stored->size = m_total;
        stored->sha256 = sha256Hex; // same SHA-1 and size: the same bytes
        stored->providerChecksum = sha1;
        stored->alreadyPresent = true;
        return {};
    }
    return Error::conflict(QCoreApplication::translate("rca::BoxUpload",
                                                       "A different file already exists in Box "
                                                       "at %1; it was not overwritten.")
                               .arg(archiveRootPath() + u'/' + m_relativePath));
}

Error BoxUpload::conflictResult(const BoxApi::Result &refused, const QByteArray &sha256Hex,
                                StoredFile *stored)
{
    const QList<BoxItem> conflicts = BoxApi::conflicts(refused.json);
    BoxItem existing = conflicts.isEmpty() ? BoxItem() : conflicts.first();
    bool isFolder = existing.isFolder();
    if (existing.id.isEmpty()) {
        if (Error e = m_folders->findFile(m_folderId, name(), &existing, &isFolder))
            return retryable(e);
    }
    if (isFolder)
        return Error::conflict(
            QCoreApplication::translate("rca::BoxUpload",
                                        "Box has a folder at %1; the file was not stored.")
                .arg(archiveRootPath() + u'/' + m_relativePath));
    if (existing.id.isEmpty())
        return retryable(refused.error);
    return compareExisting(existing, sha256Hex, stored);
}

} // namespace rca
