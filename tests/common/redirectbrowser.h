// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedirectBrowser: stands in for the system browser in sign-in tests. opener() gives the
// function OAuthFlow and the connectors call to "open" a sign-in page; it GETs the page and
// follows the fake provider's redirect into the app's loopback listener. The requests run in
// the event loop the sign-in waits in. Test thread only. Header-only.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

namespace rca::test {

class RedirectBrowser
{
public:
    std::function<bool(const QUrl &)> opener()
    {
        return [this](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        };
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace rca::test
