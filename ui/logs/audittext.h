// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AuditText: the sentences people read about an audit of the archive, shared by the Verify
// archive dialog, the job details of an audit row and the tray's notification: the summary
// ("All 1,234 items of 25 Nov – 2 Dec are in storage and intact." / "3 problems found: 1
// missing file, 1 changed file, 1 unknown file."), the problems counted by kind, most
// important first, and a range as local dates. Any thread (text only).
#pragma once

#include "audit/auditreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rca {

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(rca::AuditText)

public:
    // The one sentence (two when part of the range is beyond RingCentral's retention) that
    // says whether the archive of the range is complete. An error is not part of it.
    static QString summary(const AuditReport &report);
    // "3 problems found: 1 missing file, 1 changed file, 1 unknown file."
    static QString problemsFound(const QList<AuditProblem> &problems);
    // "1 missing file, 1 changed file": counted by kind, most important first.
    static QString describeProblems(const QList<AuditProblem> &problems);
    // "2 missing files", "1 item not archived": n problems of one kind.
    static QString countOf(AuditProblem::Kind kind, int n);
    // The kinds in the order they matter to someone who needs the archive: data lost from
    // storage or changed first, files the program does not know last.
    static QList<AuditProblem::Kind> kindsByImportance();
    // A stored file of the wrong size or with other bytes: one kind to people.
    static bool isChangedFile(AuditProblem::Kind kind)
    {
        return kind == AuditProblem::Kind::SizeDiffers ||
               kind == AuditProblem::Kind::ChecksumDiffers;
    }
    // The most important kind among the problems; the list must not be empty.
    static AuditProblem::Kind mostImportant(const QList<AuditProblem> &problems);
    // "24 Nov 2026" or "24 Nov – 2 Dec 2026", in local dates (the range's end is exclusive).
    static QString rangeText(const TimeWindow &range);
    // "Call Recording", "Voice Mail", "SMS", "Fax".
    static QString itemTypeName(ItemType type);
};

} // namespace rca
