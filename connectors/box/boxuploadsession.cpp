// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxuploadsession.h"

#include "boxsha1.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rca {

namespace {

QByteArray digestHeader(const QByteArray &rawSha1)
{
    return QByteArrayLiteral("sha=") + rawSha1.toBase64();
}

} // namespace

BoxUploadSession::BoxUploadSession(BoxApi *api, QString what)
    : m_api(api)
    , m_what(std::move(what))
{}

BoxUploadSession::~BoxUploadSession()
{
    if (!m_committed)
        abort();
}

BoxApi::Result BoxUploadSession::create(const QString &folderId, const QString &fileId,
                                        const QString &name, qint64 size)
{
    QJsonObject body{{QStringLiteral("file_size"), size}, {QStringLiteral("file_name"), name}};
    QString path = QStringLiteral("/files/upload_sessions");
    if (fileId.isEmpty())
        body.insert(QStringLiteral("folder_id"), folderId);
    else
        path = QStringLiteral("/files/%1/upload_sessions").arg(fileId);
    BoxApi::Result result = m_api->sendJson("POST", m_api->uploadUrl(path), body, m_what);
    if (result.error)
        return result;
    m_id = result.json.value(QStringLiteral("id")).toString();
    m_partSize = result.json.value(QStringLiteral("part_size")).toInteger(0);
    m_size = size;
    if (m_id.isEmpty() || m_partSize <= 0) {
        result.error =
            Error::transient(QCoreApplication::translate("rca::BoxUploadSession",
                                                         "%1: Box opened no usable upload session.")
                                 .arg(m_what));
        return result;
    }
    const QUrl base = m_api->uploadUrl(QStringLiteral("/files/upload_sessions/") + m_id);
    const QJsonObject endpoints = result.json.value(QStringLiteral("session_endpoints")).toObject();
    const auto endpoint = [&](const char *name, const QString &suffix) {
        QUrl fallback = base;
        fallback.setPath(base.path() + suffix);
        return m_api->sessionEndpoint(endpoints.value(QLatin1String(name)).toString(), fallback);
    };
    m_partUrl = endpoint("upload_part", QString());
    m_commitUrl = endpoint("commit", QStringLiteral("/commit"));
    m_abortUrl = endpoint("abort", QString());
    m_listPartsUrl = endpoint("list_parts", QStringLiteral("/parts"));
    m_parts = QJsonArray();
    m_committed = false;
    qCDebug(lcStorage).noquote() << m_what << ": upload session" << m_id << "of" << size
                                 << "bytes in parts of" << m_partSize;
    return result;
}

Error BoxUploadSession::sendPart(qint64 offset, QByteArrayView part, const QByteArray &partSha1)
{
    const QByteArray sha1 = partSha1.isEmpty() ? BoxSha1::of(part) : partSha1;
    BoxApi::Call call;
    call.method = QByteArrayLiteral("PUT");
    call.url = m_partUrl;
    call.body = QByteArray::fromRawData(part.data(), part.size());
    call.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")},
        {QByteArrayLiteral("Digest"), digestHeader(sha1)},
        {QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(offset) + '-' +
                                                 QByteArray::number(offset + part.size() - 1) +
                                                 '/' + QByteArray::number(m_size)},
    };
    const BoxApi::Result result = m_api->send(call, m_what);
    QJsonObject uploaded = result.json.value(QStringLiteral("part")).toObject();
    if (result.error) {
        // A resend of a part whose first copy arrived meets the overlap: take it if it is ours.
        const bool overlap = result.status == 409 || result.status == 416;
        if (!overlap || !recoverPart(offset, part.size(), QString::fromLatin1(sha1.toHex())))
            return result.error.kind() == Error::Kind::ItemPermanent
                       ? Error::transient(result.error.message())
                       : result.error;
        return {};
    }
    if (uploaded.value(QStringLiteral("part_id")).toString().isEmpty())
        return Error::transient(
            QCoreApplication::translate("rca::BoxUploadSession", "%1: Box did not confirm a part.")
                .arg(m_what));
    m_parts.append(uploaded);
    return {};
}

bool BoxUploadSession::recoverPart(qint64 offset, qint64 size, const QString &sha1Hex)
{
    for (qint64 listOffset = 0;;) {
        QUrl url = m_listPartsUrl;
        url.setQuery(QStringLiteral("limit=1000&offset=%1").arg(listOffset));
        const BoxApi::Result listed = m_api->getJson(url, m_what);
        if (listed.error)
            return false;
        const QJsonArray entries = listed.json.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &value : entries) {
            const QJsonObject part = value.toObject();
            if (part.value(QStringLiteral("offset")).toInteger(-1) == offset &&
                part.value(QStringLiteral("size")).toInteger(-1) == size &&
                part.value(QStringLiteral("sha1"))
                        .toString()
                        .compare(sha1Hex, Qt::CaseInsensitive) == 0) {
                qCInfo(lcStorage).noquote()
                    << m_what << ": Box already holds the part at" << offset;
                m_parts.append(part);
                return true;
            }
        }
        const qint64 total = listed.json.value(QStringLiteral("total_count")).toInteger(-1);
        listOffset += entries.size();
        if (entries.isEmpty() || total < 0 || listOffset >= total)
            return false;
    }
}

BoxApi::Result BoxUploadSession::commit(const QByteArray &sha1)
{
    QList<QJsonValue> parts(m_parts.begin(), m_parts.end());
    std::sort(parts.begin(), parts.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("offset")).toInteger() <
               b.toObject().value(QStringLiteral("offset")).toInteger();
    });
    QJsonArray sorted;
    for (const QJsonValue &part : parts)
        sorted.append(part);
    BoxApi::Call call;
    call.method = QByteArrayLiteral("POST");
    call.url = m_commitUrl;
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("parts"), sorted}})
                    .toJson(QJsonDocument::Compact);
    call.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                    {QByteArrayLiteral("Digest"), digestHeader(sha1)}};
    call.waitWhileAccepted = true;
    const BoxApi::Result result = m_api->send(call, m_what);
    if (!result.error)
        m_committed = true;
    return result;
}

void BoxUploadSession::abort()
{
    if (m_abortUrl.isEmpty() || m_committed)
        return;
    BoxApi::Call call;
    call.method = QByteArrayLiteral("DELETE");
    call.url = m_abortUrl;
    call.once = true;
    call.transferTimeoutMs = 10 * 1000;
    m_api->send(call, m_what); // best effort: Box drops an abandoned session after a day
    m_abortUrl.clear();
    m_partUrl.clear();
}

} // namespace rca
