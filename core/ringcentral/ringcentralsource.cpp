// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ringcentralsource.h"

#include "common/clock.h"
#include "common/frontend.h"
#include "oauth/oauthsession.h"
#include "ringcentral/ringcentralitems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcRcSource, "rcarchiver.core.ringcentral", QtInfoMsg)

const QString kCompanyCallLog = QStringLiteral("/restapi/v1.0/account/~/call-log");
const QString kOwnCallLog = QStringLiteral("/restapi/v1.0/account/~/extension/~/call-log");
const QString kMessageStore = QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store");
const QString kExtensionList = QStringLiteral("/restapi/v1.0/account/~/extension");

constexpr qint64 kDirectoryMaxAgeSeconds = 24 * 60 * 60;

} // namespace

bool RingCentralSource::viewFromString(const QString &text, View *view)
{
    if (text.compare(u"admin", Qt::CaseInsensitive) == 0) {
        *view = View::Admin;
        return true;
    }
    if (text.compare(u"extension", Qt::CaseInsensitive) == 0) {
        *view = View::Extension;
        return true;
    }
    return false;
}

QString RingCentralSource::viewName(View view)
{
    return view == View::Admin ? QStringLiteral("admin") : QStringLiteral("extension");
}

RingCentralSource::RingCentralSource(const QJsonObject &settings, SecretStore *secrets,
                                     const QString &secretKey, View view)
    : RingCentralSource(settings, secrets, secretKey, view, Options())
{}

RingCentralSource::RingCentralSource(const QJsonObject &settings, SecretStore *secrets,
                                     const QString &secretKey, View view, Options options)
    : m_config(RingCentralConfig::fromSettings(settings))
    , m_view(view)
    , m_options(std::move(options))
    , m_session(std::make_unique<OAuthSession>(m_config.sessionConfig(secretKey), secrets,
                                               m_options.clock))
    , m_limiter(m_options.time)
    , m_api(
          std::make_unique<RingCentralApi>(m_config, m_session.get(), rateLimiter(), m_options.api))
{
    // Routine refreshes (and the repeats of one whose answer was lost) are Auth requests like
    // the refresh after a 401: they wait for the group's slot, and their rate-limit headers
    // and 429s count.
    RateLimiter *limiter = rateLimiter();
    m_session->setRefreshPacing({[limiter](const CancelToken &cancel) {
                                     return limiter->acquire(RateLimiter::Group::Auth, cancel);
                                 },
                                 [limiter](const HttpResponse &response) {
                                     limiter->observe(RateLimiter::Group::Auth, response.headers);
                                     if (response.status == 429)
                                         limiter->penalize(RateLimiter::Group::Auth,
                                                           response.retryAfterSeconds());
                                 }});
    m_self.id = RingCentralItems::int64Id(settings.value(u"extensionId"));
    m_self.number = settings.value(u"extensionNumber").toString();
    m_self.name = settings.value(u"extensionName").toString();
}

RingCentralSource::~RingCentralSource() = default;

QString RingCentralSource::displayName() const
{
    return QStringLiteral("RingCentral");
}

int RingCentralSource::retentionDays(ItemType type) const
{
    switch (type) {
    case ItemType::CallRecording:
        return 90; // recordings are deleted after about 90 days
    case ItemType::VoiceMail:
    case ItemType::Fax:
        // The message store keeps voicemail and fax for a configurable 7–90 days: the longest.
        return 90;
    case ItemType::Sms:
        // "SMS messages are stored with no time limits" (MessageStoreConfiguration).
        return 3650;
    }
    return 90;
}

ItemTypes RingCentralSource::availableTypes() const
{
    if (m_view == View::Admin)
        return ItemTypeFlag::CallRecording;
    return ItemTypeFlag::CallRecording | ItemTypeFlag::VoiceMail | ItemTypeFlag::Sms |
           ItemTypeFlag::Fax;
}

QDateTime RingCentralSource::now() const
{
    return m_options.clock ? m_options.clock->now() : QDateTime::currentDateTimeUtc();
}

Error RingCentralSource::ensureReady()
{
    if (Error e = m_config.validate())
        return e;
    if (m_loaded) {
        if (m_session->needsReconnect()) {
            return Error::reconnect(
                QCoreApplication::translate("rca::RingCentralSource",
                                            "RingCentral no longer accepts the saved sign-in.") +
                u' ' + Frontend::reconnectAdvice(QStringLiteral("ringcentral")));
        }
        return {};
    }
    if (Error e = m_session->load())
        return e;
    if (!m_session->isConnected()) {
        return Error::reconnect(
            QCoreApplication::translate("rca::RingCentralSource", "RingCentral is not connected.") +
            u' ' + Frontend::connectAdvice(QStringLiteral("ringcentral")));
    }
    m_loaded = true;
    return {};
}

Error RingCentralSource::listItems(const TimeWindow &window, ItemTypes types,
                                   const CancelToken &cancel, const ItemBatchHandler &handleBatch)
{
    if (Error e = ensureReady())
        return e;
    types &= availableTypes();
    if (types.testFlag(ItemTypeFlag::CallRecording)) {
        if (Error e = listCallLog(window, cancel, handleBatch))
            return e;
    }
    for (ItemType type : {ItemType::VoiceMail, ItemType::Sms, ItemType::Fax}) {
        if (types.testFlag(flagOf(type))) {
            if (Error e = listMessages(window, type, cancel, handleBatch))
                return e;
        }
    }
    return {};
}

Error RingCentralSource::refreshExtensionDirectory(const CancelToken &cancel)
{
    const QDateTime current = now();
    if (m_directoryLoadedAt.isValid() &&
        m_directoryLoadedAt.secsTo(current) < kDirectoryMaxAgeSeconds) {
        return {};
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("User"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("Enabled"));
    query.addQueryItem(QStringLiteral("perPage"), QString::number(m_options.perPage));
    QHash<qint64, ExtensionInfo> directory;
    const Error error = m_api->getPages(
        kExtensionList, query, RateLimiter::Group::Medium,
        [&directory](const QJsonObject &page) {
            for (const QJsonValue &value : page.value(u"records").toArray()) {
                const QJsonObject record = value.toObject();
                ExtensionInfo info;
                info.id = RingCentralItems::int64Id(record.value(u"id"));
                info.number = record.value(u"extensionNumber").toString();
                info.name = record.value(u"name").toString();
                if (info.id != 0)
                    directory.insert(info.id, info);
            }
            return Error();
        },
        cancel,
        QCoreApplication::translate("rca::RingCentralSource",
                                    "Reading RingCentral's extension list"));
    if (error)
        return error;
    m_directory = std::move(directory);
    m_directoryLoadedAt = current;
    qCDebug(lcRcSource) << "extension list:" << m_directory.size() << "users";
    return {};
}

ExtensionInfo RingCentralSource::extensionOf(const QJsonObject &owner,
                                             const QJsonObject &record) const
{
    if (m_view == View::Extension)
        return m_self;
    qint64 id = RingCentralItems::int64Id(owner.value(u"extension").toObject().value(u"id"));
    if (id == 0)
        id = RingCentralItems::int64Id(record.value(u"extension").toObject().value(u"id"));
    if (id == 0)
        return {};
    if (const auto it = m_directory.constFind(id); it != m_directory.constEnd())
        return *it;
    // Not a listed user (a department, a disabled user): the call's own party data.
    ExtensionInfo info;
    info.id = id;
    for (const QJsonObject &source : {owner, record}) {
        for (const char16_t *side : {u"from", u"to"}) {
            const QJsonObject party = source.value(QStringView(side)).toObject();
            if (RingCentralItems::int64Id(party.value(u"extensionId")) == id) {
                info.number = party.value(u"extensionNumber").toString();
                info.name = party.value(u"name").toString();
                return info;
            }
        }
    }
    return info;
}

Error RingCentralSource::listCallLog(const TimeWindow &window, const CancelToken &cancel,
                                     const ItemBatchHandler &handleBatch)
{
    if (m_view == View::Admin) {
        if (Error e = refreshExtensionDirectory(cancel))
            return e;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recordingType"), QStringLiteral("All"));
    query.addQueryItem(QStringLiteral("view"), QStringLiteral("Detailed"));
    query.addQueryItem(QStringLiteral("dateFrom"), RingCentralItems::isoTime(window.from));
    query.addQueryItem(QStringLiteral("dateTo"), RingCentralItems::isoTime(window.to));
    query.addQueryItem(QStringLiteral("perPage"), QString::number(m_options.perPage));

    QSet<QString> seen;
    const auto resolver = [this](const QJsonObject &owner, const QJsonObject &record) {
        return extensionOf(owner, record);
    };
    const bool company = m_view == View::Admin;
    const Error error = m_api->getPages(
        company ? kCompanyCallLog : kOwnCallLog, query, RateLimiter::Group::Heavy,
        [&](const QJsonObject &page) -> Error {
            QList<ArchiveItem> batch;
            for (const QJsonValue &value : page.value(u"records").toArray())
                batch.append(RingCentralItems::recordingItems(value.toObject(), resolver, &seen));
            return batch.isEmpty() ? Error() : handleBatch(batch);
        },
        cancel,
        company
            ? QCoreApplication::translate("rca::RingCentralSource", "Reading the company call log")
            : QCoreApplication::translate("rca::RingCentralSource", "Reading the call log"));
    if (error && company && m_api->lastFailedStatus() == 403) {
        const QString howToSwitch =
            Frontend::current() == Frontend::Kind::Window
                ? QCoreApplication::translate("rca::RingCentralSource",
                                              "Switch Sync options to My Extension")
                : QCoreApplication::translate("rca::RingCentralSource",
                                              "Archive your own extension only (`rc-archiver "
                                              "config set sync.view extension`)");
        return Error::source(
            QCoreApplication::translate(
                "rca::RingCentralSource",
                "This RingCentral account lacks the company call log permission "
                "(FullCompanyCallLog), so it cannot archive every extension's recordings. %1, "
                "or ask an administrator for the permission.")
                .arg(howToSwitch));
    }
    return error;
}

Error RingCentralSource::listMessages(const TimeWindow &window, ItemType type,
                                      const CancelToken &cancel,
                                      const ItemBatchHandler &handleBatch)
{
    QUrlQuery query;
    switch (type) {
    case ItemType::VoiceMail:
        query.addQueryItem(QStringLiteral("messageType"), QStringLiteral("VoiceMail"));
        break;
    case ItemType::Sms:
        query.addQueryItem(QStringLiteral("messageType"), QStringLiteral("SMS"));
        query.addQueryItem(QStringLiteral("messageType"), QStringLiteral("Pager"));
        break;
    case ItemType::Fax:
        query.addQueryItem(QStringLiteral("messageType"), QStringLiteral("Fax"));
        break;
    case ItemType::CallRecording:
        return {};
    }
    query.addQueryItem(QStringLiteral("dateFrom"), RingCentralItems::isoTime(window.from));
    query.addQueryItem(QStringLiteral("dateTo"), RingCentralItems::isoTime(window.to));
    query.addQueryItem(QStringLiteral("perPage"), QString::number(m_options.perPage));

    QSet<QString> seen;
    return m_api->getPages(
        kMessageStore, query, RateLimiter::Group::Light,
        [&](const QJsonObject &page) -> Error {
            QList<ArchiveItem> batch;
            for (const QJsonValue &value : page.value(u"records").toArray())
                batch.append(RingCentralItems::messageItems(value.toObject(), m_self, &seen));
            return batch.isEmpty() ? Error() : handleBatch(batch);
        },
        cancel,
        QCoreApplication::translate("rca::RingCentralSource", "Reading the %1 messages")
            .arg(itemTypeFolderName(type)));
}

Error RingCentralSource::fetch(const ArchiveItem &item, ByteSink *sink, const CancelToken &cancel)
{
    if (Error e = ensureReady())
        return e;
    const QString kind = item.sourceData.value(u"kind").toString();
    if (kind == u"smsText") {
        const QByteArray text = RingCentralItems::smsText(item.sourceData);
        const qint64 from = sink->bytesWritten();
        if (from > text.size())
            return Error::itemPermanent(QCoreApplication::translate(
                "rca::RingCentralSource", "The SMS text changed in size."));
        return sink->write(text.constData() + from, text.size() - from);
    }
    if (kind != u"content") {
        return Error::itemPermanent(
            QCoreApplication::translate("rca::RingCentralSource",
                                        "RingCentral item %1 has no download information.")
                .arg(item.sourceId));
    }
    const QString uri = item.sourceData.value(u"uri").toString();
    QUrl url(uri);
    if (url.isRelative())
        url = m_config.mediaUrl.resolved(url);
    RateLimiter::Group group = RateLimiter::Group::Medium;
    RateLimiter::groupFromName(item.sourceData.value(u"group").toString(), &group);

    const bool recording = item.type == ItemType::CallRecording;
    const QString what =
        recording
            ? QCoreApplication::translate("rca::RingCentralSource", "Downloading call recording %1")
                  .arg(item.sourceId)
            : QCoreApplication::translate("rca::RingCentralSource", "Downloading %1 %2")
                  .arg(itemTypeFolderName(item.type), item.sourceId);
    const QString gone =
        recording ? QCoreApplication::translate("rca::RingCentralSource",
                                                "RingCentral no longer has this recording")
                  : QCoreApplication::translate("rca::RingCentralSource",
                                                "RingCentral no longer has this message");
    return m_api->download(url, group, sink, item.expectedSize, cancel, what, gone);
}

} // namespace rca
