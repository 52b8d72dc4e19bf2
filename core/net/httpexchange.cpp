// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpexchange.h"

#include "directupload.h"
#include "httputil.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

namespace rca {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;
constexpr qint64 kReadBufferSize = 1024 * 1024;
// Request bodies larger than this go through DirectUpload instead of Qt's HTTP thread. Up to it
// Qt sends head and body in one write; beyond, in rounds of 16 KiB without TCP_NODELAY, and the
// last small segment then often waits for the server's delayed ACK: 40 ms per request, which
// the small-file benchmarks (100 KiB each) measured as a quarter of curl's rate.
constexpr qint64 kDirectMinBody = 16 * 1024;

// A request body Qt can read once and never rewind. Qt resends a request whose connection
// closed before the answer, POST included; it rewinds the body first, and when that fails it
// reports ContentReSendError instead (Qt 6.4 qhttpnetworkconnectionchannel.cpp,
// resetUploadData). Sequential, so Qt neither buffers it (with a Content-Length and
// DoNotBufferUploadDataAttribute) nor seeks; reset() refuses quietly.
class OnePassBody : public QIODevice
{
public:
    explicit OnePassBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};

// Where a request body comes from and how long it is, for DirectUpload: -1 when the length is
// not known up front (a sequential device), which leaves the request to Qt.
qint64 knownBodySize(const HttpRequest &request)
{
    if (request.bodyDevice) {
        if (request.bodyDevice->isSequential())
            return -1;
        return std::max<qint64>(0, request.bodyDevice->size() - request.bodyDevice->pos());
    }
    return request.body.size();
}

// One attempt, no redirect handling: the caller loops over hops.
class Exchange
{
public:
    // allowDirect: large bodies may bypass the manager (DirectUpload); not when the caller
    // gave its own manager, which may watch or change what goes through it.
    Exchange(QNetworkAccessManager *manager, const HttpRequest &request, const CancelToken &cancel,
             bool allowDirect)
        : m_manager(manager)
        , m_request(request)
        , m_cancel(cancel)
        , m_allowDirect(allowDirect)
    {}

    HttpResponse run(const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
                     bool sendBody)
    {
        HttpResponse response;
        response.url = url;
        if (m_cancel.isCancelled()) {
            response.cancelled = true;
            response.networkError = QNetworkReply::OperationCanceledError;
            return response;
        }
        // A sendOnce upload goes direct too (DirectUpload never sends it again); a small one,
        // a token request, takes Qt's path below on a connection of its own.
        if (sendBody && m_allowDirect && (!m_request.sendOnce || !m_request.bodyDevice)) {
            const qint64 size = knownBodySize(m_request);
            if (size > kDirectMinBody && DirectUpload::applies(m_manager, url))
                return DirectUpload(m_request, m_cancel, size).run(method, url, headers);
        }

        QNetworkRequest netRequest(url);
        for (const auto &[name, value] : headers)
            netRequest.setRawHeader(name, value);
        netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
        netRequest.setTransferTimeout(m_request.transferTimeoutMs);

        // sendOnce: a manager of its own (no kept-alive connection to find dead), a connection
        // closed after the answer, and a body that cannot be sent twice.
        std::unique_ptr<QNetworkAccessManager> ownManager;
        std::unique_ptr<OnePassBody> onePass;
        QNetworkAccessManager *manager = m_manager;
        if (m_request.sendOnce) {
            if (m_allowDirect) {
                ownManager = std::make_unique<QNetworkAccessManager>();
                manager = ownManager.get();
            }
            netRequest.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
            if (sendBody) {
                onePass = std::make_unique<OnePassBody>(m_request.body);
                netRequest.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            }
        }

        QIODevice *device = onePass ? onePass.get() : sendBody ? m_request.bodyDevice : nullptr;
        if (device) {
            const bool knownLength = !device->isSequential() ||
                                     netRequest.hasRawHeader(QByteArrayLiteral("Content-Length"));
            netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, knownLength);
        }

        QNetworkReply *raw = nullptr;
        if (device)
            raw = manager->sendCustomRequest(netRequest, method, device);
        else if (sendBody && !m_request.body.isEmpty())
            raw = manager->sendCustomRequest(netRequest, method, m_request.body);
        else if (method == "GET")
            raw = manager->get(netRequest);
        else if (method == "HEAD")
            raw = manager->head(netRequest);
        else if (method == "DELETE")
            raw = manager->deleteResource(netRequest);
        else
            raw = manager->sendCustomRequest(netRequest, method, QByteArray());
        // The reply is ours alone: no parent, owned by this scope.
        raw->setParent(nullptr);
        std::unique_ptr<QNetworkReply> reply(raw);
        reply->setReadBufferSize(kReadBufferSize);

        QEventLoop loop;
        bool abortedByUs = false;
        auto abortWith = [&](bool &reason) {
            reason = true;
            abortedByUs = true;
            reply->abort();
        };
        auto stop = [&] {
            abortedByUs = true;
            reply->abort();
        };

        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop,
                         [&] { readStatus(reply.get(), response); });
        QObject::connect(reply.get(), &QIODevice::readyRead, &loop, [&] {
            readStatus(reply.get(), response);
            if (!drain(reply.get(), response))
                stop();
        });
        if (m_request.onUploadProgress || onePass) {
            // Qt ends with a (0, 0) report when the reply finishes: not progress.
            QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop,
                             [this, &response](qint64 sent, qint64 total) {
                                 if (total > 0 && sent >= total)
                                     response.requestSent = true;
                                 if (m_request.onUploadProgress && (sent > 0 || total > 0))
                                     m_request.onUploadProgress(sent, total);
                             });
        }
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);

        QTimer cancelPoll;
        cancelPoll.setInterval(kCancelPollMs);
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (m_cancel.isCancelled() && !reply->isFinished())
                abortWith(response.cancelled);
        });
        cancelPoll.start();

        QTimer deadline;
        deadline.setSingleShot(true);
        if (m_request.totalTimeoutMs > 0) {
            QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
                if (!reply->isFinished())
                    abortWith(response.timedOut);
            });
            deadline.start(m_request.totalTimeoutMs);
        }

        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);

        readStatus(reply.get(), response);
        if (!abortedByUs && !drain(reply.get(), response))
            stop();

        response.networkError = reply->error();
        if (response.networkError != QNetworkReply::NoError)
            response.networkErrorString = reply->errorString();
        if (response.networkError == QNetworkReply::ContentReSendError && onePass) {
            response.networkErrorString = QCoreApplication::translate(
                "rca::HttpClient", "the connection closed before an answer arrived");
        }
        // Qt reports its own transfer timeout as a cancelled operation.
        if (!abortedByUs && (response.networkError == QNetworkReply::OperationCanceledError ||
                             response.networkError == QNetworkReply::TimeoutError)) {
            response.timedOut = true;
        }
        return response;
    }

private:
    void readStatus(QNetworkReply *reply, HttpResponse &response) const
    {
        if (response.status != 0)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid())
            return;
        response.status = status.toInt();
        response.reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.headers.clear();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        if (m_request.onHead)
            m_request.onHead(response);
    }

    bool streaming(const HttpResponse &response) const
    {
        return (m_request.onData || m_request.sink) && response.status >= 200 &&
               response.status < 300;
    }

    // Moves what has arrived to its destination; false stops the transfer.
    bool drain(QNetworkReply *reply, HttpResponse &response)
    {
        while (reply->bytesAvailable() > 0) {
            if (streaming(response)) {
                const QByteArray chunk = reply->read(kReadChunk);
                response.bytesReceived += chunk.size();
                if (m_request.onData && !m_request.onData(chunk)) {
                    response.sinkFailed = true;
                    return false;
                }
                if (m_request.sink && m_request.sink->write(chunk) != chunk.size()) {
                    response.sinkFailed = true;
                    return false;
                }
            } else {
                const qint64 available = reply->bytesAvailable();
                if (response.body.size() + available > m_request.maxBodySize) {
                    response.bodyTooLarge = true;
                    return false;
                }
                const QByteArray chunk = reply->readAll();
                response.bytesReceived += chunk.size();
                response.body.append(chunk);
            }
        }
        return true;
    }

    QNetworkAccessManager *m_manager;
    const HttpRequest &m_request;
    const CancelToken &m_cancel;
    const bool m_allowDirect;
};

// Qt can end a reply whose connection closed mid-body as if it were complete: a body shorter
// than its Content-Length (not compressed, so the count compares; not HEAD, which has none) is
// a dropped transfer, and the caller's retry policy treats it as one.
void markTruncated(const QByteArray &method, HttpResponse *response)
{
    if (method == "HEAD" || response->status == 204 || response->status == 304 ||
        response->error() || response->sinkFailed || response->bodyTooLarge ||
        response->hasHeader("Content-Encoding"))
        return;
    bool ok = false;
    const qint64 length = response->header("Content-Length").toLongLong(&ok);
    if (ok && response->bytesReceived < length) {
        response->networkError = QNetworkReply::RemoteHostClosedError;
        response->networkErrorString = QStringLiteral("The connection closed after %1 of %2 bytes")
                                           .arg(response->bytesReceived)
                                           .arg(length);
    }
}

} // namespace

HttpResponse exchangeOnce(QNetworkAccessManager *manager, const HttpRequest &request,
                          const CancelToken &cancel, bool allowDirect, const QByteArray &method,
                          const QUrl &url, const HttpHeaders &headers, bool sendBody)
{
    Exchange exchange(manager, request, cancel, allowDirect);
    HttpResponse response = exchange.run(method, url, headers, sendBody);
    markTruncated(method, &response);
    return response;
}

} // namespace rca
