// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxupload.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rca {

namespace {

const QString Tag = QStringLiteral(".tag");

qint64 correctOffset(const QJsonObject &error)
{
    if (error.value(Tag).toString() == QLatin1String("lookup_failed"))
        return correctOffset(error.value(QStringLiteral("lookup_failed")).toObject());
    return error.value(QStringLiteral("correct_offset")).toInteger(-1);
}

} // namespace

DropboxUpload::DropboxUpload(DropboxApi *api, QString relativePath, DropboxUploadLimits limits,
                             Mode mode)
    : m_api(api)
    , m_relativePath(std::move(relativePath))
    , m_limits(limits)
    , m_mode(mode)
{}

QString DropboxUpload::what() const
{
    return QCoreApplication::translate("rca::DropboxUpload", "Uploading %1 to Dropbox")
        .arg(m_relativePath);
}

QJsonObject DropboxUpload::commitInfo() const
{
    return QJsonObject{
        {QStringLiteral("path"), DropboxApi::dropboxPath(m_relativePath)},
        {QStringLiteral("mode"),
         m_mode == Mode::Replace ? QStringLiteral("overwrite") : QStringLiteral("add")},
        {QStringLiteral("autorename"), false},
        {QStringLiteral("mute"), true},
        {QStringLiteral("strict_conflict"), true},
    };
}

bool DropboxUpload::retarget(const QString &relativePath)
{
    if (m_committed || DropboxApi::dropboxPath(relativePath).isEmpty())
        return false;
    m_relativePath = relativePath; // the path is only sent at commit
    return true;
}

Error DropboxUpload::write(const char *data, qint64 size)
{
    if (m_failed)
        return m_failed;
    m_hash.addData(QByteArrayView(data, size));
    m_buffer.append(data, size);
    m_total += size;
    if (!m_sessionId.isEmpty() || m_total > m_limits.threshold)
        m_failed = appendFullChunks();
    return m_failed;
}

Error DropboxUpload::appendFullChunks()
{
    qint64 sent = 0;
    while (m_buffer.size() - sent >= m_limits.chunkSize) {
        if (Error e = sendChunk(QByteArrayView(m_buffer).sliced(sent, m_limits.chunkSize)))
            return e;
        sent += m_limits.chunkSize;
    }
    m_buffer.remove(0, sent);
    return {};
}

Error DropboxUpload::sendChunk(QByteArrayView chunk)
{
    qint64 held = 0; // bytes of chunk that Dropbox already has
    int offsetCorrections = 0;
    for (;;) {
        DropboxApi::Result result;
        if (m_sessionId.isEmpty()) {
            result = m_api->upload(QStringLiteral("files/upload_session/start"),
                                   QJsonObject{{QStringLiteral("close"), false}}, chunk, what());
            if (!result.error) {
                m_sessionId = result.json.value(QStringLiteral("session_id")).toString();
                if (m_sessionId.isEmpty())
                    return Error::transient(what() +
                                            QCoreApplication::translate("rca::DropboxUpload",
                                                                        ": no upload session id"));
                break;
            }
        } else {
            const QJsonObject cursor{{QStringLiteral("session_id"), m_sessionId},
                                     {QStringLiteral("offset"), m_offset + held}};
            result = m_api->upload(
                QStringLiteral("files/upload_session/append_v2"),
                QJsonObject{{QStringLiteral("cursor"), cursor}, {QStringLiteral("close"), false}},
                chunk.sliced(held), what());
            if (!result.error)
                break;
            if (result.hasSummary(u"incorrect_offset")) {
                // A request whose answer was lost did arrive: continue from where Dropbox is.
                const qint64 correct =
                    correctOffset(result.json.value(QStringLiteral("error")).toObject());
                if (correct < m_offset || correct > m_offset + chunk.size() ||
                    ++offsetCorrections > 3)
                    return Error::transient(
                        QCoreApplication::translate(
                            "rca::DropboxUpload",
                            "%1: Dropbox holds %2 bytes of the upload, which this "
                            "upload cannot continue from; will retry")
                            .arg(what())
                            .arg(correct));
                qCInfo(lcStorage).noquote()
                    << what() << ": continuing from Dropbox's offset" << correct;
                held = correct - m_offset;
                if (held == chunk.size())
                    break;
                continue;
            }
        }
        if (result.error.kind() == Error::Kind::ItemPermanent)
            return Error::transient(result.error.message());
        return result.error;
    }
    m_offset += chunk.size();
    return {};
}

Error DropboxUpload::finish(DropboxApi::Result *result)
{
    const QByteArrayView rest(m_buffer);
    qint64 held = 0;
    for (int corrections = 0;; ++corrections) {
        const QJsonObject cursor{{QStringLiteral("session_id"), m_sessionId},
                                 {QStringLiteral("offset"), m_offset + held}};
        *result = m_api->upload(QStringLiteral("files/upload_session/finish"),
                                QJsonObject{{QStringLiteral("cursor"), cursor},
                                            {QStringLiteral("commit"), commitInfo()}},
                                rest.sliced(held), what());
        if (!result->error || !result->hasSummary(u"lookup_failed/incorrect_offset") ||
            corrections >= 3)
            return result->error;
        const qint64 correct =
            correctOffset(result->json.value(QStringLiteral("error")).toObject());
        if (correct < m_offset || correct > m_offset + rest.size())
            return result->error;
        held = correct - m_offset;
    }
}

Error DropboxUpload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    if (m_failed)
        return m_failed;
    if (m_committed)
        return Error::itemPermanent(
            what() + QCoreApplication::translate("rca::DropboxUpload", ": already committed"));
    if (DropboxApi::dropboxPath(m_relativePath).isEmpty())
        return Error::itemPermanent(
            what() +
            QCoreApplication::translate("rca::DropboxUpload", ": the path leaves the archive"));
    m_contentHash = m_hash.hexResult();
    m_sha256Hex = sha256Hex;
    *stored = StoredFile();
    stored->path = m_relativePath;

    DropboxApi::Result result;
    if (m_sessionId.isEmpty()) {
        result = m_api->upload(QStringLiteral("files/upload"), commitInfo(), m_buffer, what());
    } else {
        finish(&result);
        if (result.error && result.hasSummary(u"lookup_failed")) {
            // A finish whose answer was lost may have committed the file: look before failing.
            DropboxApi::Result meta = m_api->rpc(
                QStringLiteral("files/get_metadata"),
                QJsonObject{{QStringLiteral("path"), DropboxApi::dropboxPath(m_relativePath)}},
                what());
            if (!meta.error && meta.json.value(QStringLiteral("content_hash")).toString() ==
                                   QString::fromLatin1(m_contentHash))
                result = meta;
        }
    }
    if (result.error)
        return commitFailed(result, stored);
    if (Error e = verify(result.json))
        return e;
    m_committed = true;
    m_buffer.clear();
    stored->size = m_total;
    stored->sha256 = sha256Hex;
    stored->providerChecksum = QString::fromLatin1(m_contentHash);
    return {};
}

Error DropboxUpload::verify(const QJsonObject &metadata)
{
    const QString remoteHash = metadata.value(QStringLiteral("content_hash")).toString();
    const qint64 remoteSize = metadata.value(QStringLiteral("size")).toInteger(-1);
    if (remoteHash == QString::fromLatin1(m_contentHash) && remoteSize == m_total)
        return {};
    // Dropbox stored other bytes than were sent. Remove exactly that revision (never anything
    // else) so that the retry can write the file again. A replacement stays: the old bytes are
    // no longer there to keep, and the retry overwrites it.
    QString outcome = QStringLiteral("kept for the retry to overwrite");
    if (m_mode == Mode::Add) {
        const QString rev = metadata.value(QStringLiteral("rev")).toString();
        const DropboxApi::Result removed = m_api->rpc(
            QStringLiteral("files/delete_v2"),
            QJsonObject{{QStringLiteral("path"), DropboxApi::dropboxPath(m_relativePath)},
                        {QStringLiteral("parent_rev"), rev}},
            what());
        outcome = removed.error ? QStringLiteral("NOT removed: ") + removed.error.message()
                                : QStringLiteral("removed");
    }
    qCWarning(lcStorage).noquote() << what() << ": content_hash mismatch (sent" << m_contentHash
                                   << m_total << "bytes, Dropbox has" << remoteHash << remoteSize
                                   << "bytes); the bad copy was" << outcome;
    return Error::transient(
        QCoreApplication::translate("rca::DropboxUpload",
                                    "%1: Dropbox stored different bytes than were sent "
                                    "(content_hash mismatch); will retry")
            .arg(what()));
}

Error DropboxUpload::commitFailed(const DropboxApi::Result &result, StoredFile *stored)
{
    if (result.status != 409)
        return result.error;
    const QString path = DropboxApi::dropboxPath(m_relativePath);
    if (m_mode == Mode::Add && result.hasSummary(u"path/conflict/file")) {
        const DropboxApi::Result meta =
            m_api->rpc(QStringLiteral("files/get_metadata"),
                       QJsonObject{{QStringLiteral("path"), path}}, what());
        if (meta.error)
            return meta.error.kind() == Error::Kind::ItemPermanent
                       ? Error::transient(meta.error.message())
                       : meta.error;
        if (meta.json.value(QStringLiteral("content_hash")).toString() ==
                QString::fromLatin1(m_contentHash) &&
            meta.json.value(QStringLiteral("size")).toInteger(-1) == m_total) {
            m_committed = true;
            stored->size = m_total;
            stored->providerChecksum = QString::fromLatin1(m_contentHash);
            stored->sha256 = m_sha256Hex; // same content_hash and size: the same bytes
            stored->alreadyPresent = true;
            return {};
        }
        return Error::conflict(QCoreApplication::translate(
                                   "rca::DropboxUpload",
                                   "A different file already exists in Dropbox at %1; it was not "
                                   "overwritten.")
                                   .arg(path));
    }
    if (result.hasSummary(u"path/conflict"))
        return Error::conflict(
            QCoreApplication::translate(
                "rca::DropboxUpload",
                "Dropbox has a folder (or a file in the way) at %1; the file was not "
                "overwritten.")
                .arg(path));
    if (result.hasSummary(u"path/insufficient_space"))
        return Error::storage(QCoreApplication::translate(
            "rca::DropboxUpload",
            "The Dropbox account is full: free some space in Dropbox or upgrade the plan, then "
            "archiving continues."));
    if (result.hasSummary(u"path/disallowed_name") || result.hasSummary(u"path/malformed_path"))
        return Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxUpload",
                                        "Dropbox does not accept the name %1 (%2).")
                .arg(path, result.errorSummary));
    return Error::transient(result.error.message());
}

} // namespace rca
