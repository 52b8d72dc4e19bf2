// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ObjectRetention: the write-once protection a stored object carries (S3 Object Lock): a mode,
// the date before which nobody may delete or overwrite it, and a legal hold. Connectors report
// it (StoredFile::retention) where their storage has it; the ledger and the manifests record
// what each item was written with, the audit checks it is still there, and `status` shows the
// earliest date on which anything archived could be deleted. Value type, any thread.
#pragma once

#include "rcacore_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rca {

struct RCACORE_EXPORT ObjectRetention
{
    Q_DECLARE_TR_FUNCTIONS(rca::ObjectRetention)

public:
    enum class Mode {
        None,       // no retention date (a legal hold may still be set)
        Governance, // users with a special permission may shorten or remove it
        Compliance, // nobody, the account's owner included, may until retainUntil
    };

    Mode mode = Mode::None;
    QDateTime retainUntil; // UTC; invalid with Mode::None
    bool legalHold = false;

    bool isEmpty() const { return mode == Mode::None && !legalHold; }
    bool operator==(const ObjectRetention &other) const;

    // "GOVERNANCE", "COMPLIANCE" (S3's spelling); empty for None.
    static QString modeKey(Mode mode);
    // Parses modeKey() in any case; false for anything else ("" gives None).
    static bool modeFromKey(const QString &key, Mode *mode);
    // For people: "compliance mode", "governance mode".
    static QString modeText(Mode mode);

    // {"mode": "COMPLIANCE", "retainUntil": "2033-12-07T10:00:00Z", "legalHold": true}; {} when
    // empty. The manifests carry it, the ledger stores it.
    QJsonObject toJson() const;
    // Null (isEmpty()) for {} and for anything that is not a retention.
    static ObjectRetention fromJson(const QJsonObject &json);

    // Whether current still protects the object as this was written: the same mode, a date not
    // earlier, the legal hold still on if it was. Empty when it does; otherwise for people,
    // what changed ("the retention date moved from … to …").
    QString weakenedIn(const ObjectRetention &current) const;

    // For people: "compliance mode until 7 Dec 2033, under legal hold"; "none".
    QString text() const;
};

} // namespace rca
