// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One attempt of an HTTP request, without redirect handling (HttpClient::send loops over the
// hops): the request through the thread's QNetworkAccessManager, or a large body straight
// over its own connection (DirectUpload), or a sendOnce request that Qt cannot resend; the body
// streamed to the caller or collected; a reply that ends short of its Content-Length reported
// as a dropped connection. Internal to HttpClient. The thread of the manager.
#pragma once

#include "common/cancellation.h"
#include "httpclient.h"

class QNetworkAccessManager;

namespace rca {

// allowDirect: large bodies may bypass the manager (DirectUpload); not when the caller gave
// its own manager, which may watch or change what goes through it.
HttpResponse exchangeOnce(QNetworkAccessManager *manager, const HttpRequest &request,
                          const CancelToken &cancel, bool allowDirect, const QByteArray &method,
                          const QUrl &url, const HttpHeaders &headers, bool sendBody);

} // namespace rca
