// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Error: what went wrong, classified where it happened (retry, reconnect, give up), so the
// job runner can decide what to do without parsing messages. Value type, any thread.
#pragma once

#include "confirmation.h"
#include "rcacore_export.h"

#include <QString>
#include <QVariantMap>

#include <memory>

namespace rca {

class RCACORE_EXPORT Error
{
public:
    enum class Kind {
        None,           // no error
        Transient,      // try this item again later (network drop, 5xx, 429, timeout)
        ItemPermanent,  // this item can never be archived (gone at the source, rejected name)
        StorageFailure, // the storage as a whole is unusable now (offline, full, read-only)
        SourceFailure,  // the source as a whole is unusable now (server down, bad JSON)
        Reconnect,      // credentials were refused for good: the user must connect again
        Cancelled,      // the job was asked to stop
    };

    Error() = default;
    Error(Kind kind, QString message, int retryAfterSeconds = -1)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_retryAfterSeconds(retryAfterSeconds)
    {}

    static Error transient(const QString &message, int retryAfterSeconds = -1)
    {
        return {Kind::Transient, message, retryAfterSeconds};
    }
    static Error itemPermanent(const QString &message) { return {Kind::ItemPermanent, message}; }
    static Error storage(const QString &message) { return {Kind::StorageFailure, message}; }
    static Error source(const QString &message) { return {Kind::SourceFailure, message}; }
    static Error reconnect(const QString &message) { return {Kind::Reconnect, message}; }
    // An item not stored because a different file already holds its name (nothing was
    // overwritten), so the job runner can try another name. Marked by a detail rather than
    // recognised by its text, because the message is translated.
    static Error conflict(const QString &message)
    {
        Error error(Kind::ItemPermanent, message);
        error.m_details.insert(QStringLiteral("conflict"), true);
        return error;
    }
    bool isConflict() const
    {
        return m_kind == Kind::ItemPermanent &&
               m_details.value(QStringLiteral("conflict")).toBool();
    }
    static Error cancelled() { return {Kind::Cancelled, QStringLiteral("Cancelled")}; }

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    // A sentence for the user: what happened and, where possible, what to do about it.
    const QString &message() const { return m_message; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // True when the whole job must stop (as opposed to one item failing).
    bool stopsJob() const
    {
        return m_kind == Kind::StorageFailure || m_kind == Kind::SourceFailure ||
               m_kind == Kind::Reconnect || m_kind == Kind::Cancelled;
    }

    // Facts a user interface can act on without parsing the message, e.g. the SFTP host key
    // waiting for confirmation: {"hostKeyFingerprint": "SHA256:…", "hostKeyType": "…"}.
    const QVariantMap &details() const { return m_details; }
    QVariant detail(const QString &key) const { return m_details.value(key); }
    Error &withDetail(const QString &key, const QVariant &value)
    {
        m_details.insert(key, value);
        return *this;
    }

    // What the user must confirm or enter for the operation to go on (a host key, a
    // passphrase); null when nothing can be answered.
    const Confirmation *confirmation() const { return m_confirmation.get(); }
    Error &withConfirmation(Confirmation confirmation)
    {
        m_confirmation = std::make_shared<const Confirmation>(std::move(confirmation));
        return *this;
    }

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_retryAfterSeconds = -1;
    QVariantMap m_details;
    std::shared_ptr<const Confirmation> m_confirmation; // shared: errors are copied often
};

} // namespace rca
