// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralSource: the ArchiveSource of a connected RingCentral account. Admin view: the
// call recordings of every extension from the company call log, with extension names and
// numbers from the extension list (cached, refreshed daily). Extension view: the signed-in
// user's own call recordings, voicemails (with transcripts), SMS (as text, MMS beside it) and
// faxes. Listing pages through RingCentral's paging; fetch streams and resumes with Range.
// Built from the settings RingCentralAccount::connect returned. Blocking; used from the
// engine's worker thread (one call at a time).
#pragma once

#include "archive/archivesource.h"
#include "rcacore_export.h"
#include "ringcentral/ratelimiter.h"
#include "ringcentral/ringcentralapi.h"
#include "ringcentral/ringcentralconfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <memory>

namespace rca {

class Clock;
class OAuthSession;
class SecretStore;

class RCACORE_EXPORT RingCentralSource : public ArchiveSource
{
public:
    enum class View { Admin, Extension };

    struct Options
    {
        int perPage = 1000;
        RingCentralApi::Options api;
        RateLimiter::TimeSource time; // empty: real time
        const Clock *clock = nullptr; // extension list age; null: system clock
        // Pacing shared with other sources of the same account (the engine's jobs and audits
        // share one budget); null: the source paces by itself (time above applies).
        RateLimiter *sharedLimiter = nullptr;
    };

    // "admin" or "extension"; false for anything else.
    static bool viewFromString(const QString &text, View *view);
    static QString viewName(View view);

    // settings: what RingCentralAccount::connect returned (server URLs, client id, extension
    // id/number/name, admin). secrets is not owned and must outlive the source; secretKey
    // names the keychain entry of the tokens.
    RingCentralSource(const QJsonObject &settings, SecretStore *secrets, const QString &secretKey,
                      View view);
    RingCentralSource(const QJsonObject &settings, SecretStore *secrets, const QString &secretKey,
                      View view, Options options);
    ~RingCentralSource() override;

    QString displayName() const override;
    int retentionDays(ItemType type) const override;
    ItemTypes availableTypes() const override;
    Error listItems(const TimeWindow &window, ItemTypes types, const CancelToken &cancel,
                    const ItemBatchHandler &handleBatch) override;
    Error fetch(const ArchiveItem &item, ByteSink *sink, const CancelToken &cancel) override;

    View view() const { return m_view; }
    RateLimiter *rateLimiter()
    {
        return m_options.sharedLimiter ? m_options.sharedLimiter : &m_limiter;
    }
    OAuthSession *session() const { return m_session.get(); }

private:
    Error ensureReady();
    Error listCallLog(const TimeWindow &window, const CancelToken &cancel,
                      const ItemBatchHandler &handleBatch);
    Error listMessages(const TimeWindow &window, ItemType type, const CancelToken &cancel,
                       const ItemBatchHandler &handleBatch);
    Error refreshExtensionDirectory(const CancelToken &cancel);
    ExtensionInfo extensionOf(const QJsonObject &owner, const QJsonObject &record) const;
    QDateTime now() const;

    RingCentralConfig m_config;
    View m_view;
    ExtensionInfo m_self;
    Options m_options;
    std::unique_ptr<OAuthSession> m_session;
    RateLimiter m_limiter;
    std::unique_ptr<RingCentralApi> m_api;
    bool m_loaded = false;
    QHash<qint64, ExtensionInfo> m_directory;
    QDateTime m_directoryLoadedAt;
};

} // namespace rca
