// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DirectUpload: one HTTP/1.1 exchange with a large request body, spoken over a socket of the
// calling thread and its local event loop. Qt 6.4's HTTP thread pulls a request body from the
// requesting thread 16 KiB at a time, each piece a cross-thread round trip
// (QNonContiguousByteDeviceThreadForwardImpl), which measured at half of curl's upload speed
// against the same server; here the body goes to the socket in large slices straight from the
// caller's buffer or device, with at most kDirectWindow queued, so memory stays flat.
// Redirects, retries and classification stay with HttpClient. Used only when no proxy applies;
// the connection is kept alive and reused by the next large upload of the same thread.
// Internal to rcarchiver-core: HttpClient::send picks it per attempt; not exported.
#pragma once

#include "httpclient.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <memory>

class QEventLoop;
class QNetworkAccessManager;
class QSslSocket;
class QTcpSocket;

namespace rca {

class DirectUpload
{
public:
    DirectUpload(const HttpRequest &request, const CancelToken &cancel, qint64 bodySize);

    static bool applies(QNetworkAccessManager *manager, const QUrl &url);
    HttpResponse run(const QByteArray &method, const QUrl &url, const HttpHeaders &headers);

private:
    enum class Phase { Status, Headers, Body, Done };
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkPhase { Size, Data, DataEnd, Trailer };

    HttpResponse attempt(std::unique_ptr<QTcpSocket> socket, const QUrl &url,
                         const HttpHeaders &headers, const QString &key);
    QByteArray requestHead(const QUrl &url, const HttpHeaders &headers) const;
    void pump();
    bool parse(HttpResponse &response);
    bool headersDone(HttpResponse &response);
    bool body(HttpResponse &response);
    bool deliver(HttpResponse &response, QByteArrayView data);

    const HttpRequest &m_request;
    const CancelToken &m_cancel;
    const qint64 m_bodySize;
    const qint64 m_deviceStart;
    QByteArray m_method;
    QByteArray m_head;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr;
    HttpResponse *m_response = nullptr;
    QEventLoop *m_loop = nullptr;
    QByteArray m_scratch;
    qint64 m_bodySent = 0; // body bytes handed to the socket
    qint64 m_written = 0;  // bytes the socket reports written, head included
    qint64 m_received = 0;
    bool m_failed = false;
    bool m_bodyEndedEarly = false;

    QByteArray m_in;
    Phase m_phase = Phase::Status;
    BodyMode m_bodyMode = BodyMode::None;
    ChunkPhase m_chunkPhase = ChunkPhase::Size;
    qint64 m_remaining = 0;
    int m_status = 0;
    QByteArray m_reason;
    HttpHeaders m_headers;
    bool m_http10 = false;
    bool m_keepAlive = false;
};

} // namespace rca
