// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audittext.h"

#include <QLocale>

#include <algorithm>

namespace rca {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

} // namespace

QList<AuditProblem::Kind> AuditText::kindsByImportance()
{
    using Kind = AuditProblem::Kind;
    return {Kind::MissingFile,       Kind::ChecksumDiffers, Kind::SizeDiffers, Kind::NotArchived,
            Kind::RetentionWeakened, Kind::NotVerifiable,   Kind::NotInLedger, Kind::UnknownFile};
}

AuditProblem::Kind AuditText::mostImportant(const QList<AuditProblem> &problems)
{
    const QList<AuditProblem::Kind> order = kindsByImportance();
    AuditProblem::Kind best = problems.value(0).kind;
    for (const AuditProblem &problem : problems) {
        if (order.indexOf(problem.kind) < order.indexOf(best))
            best = problem.kind;
    }
    return best;
}

QString AuditText::countOf(AuditProblem::Kind kind, int n)
{
    // Singular and plural spelled out, as DesktopIntegration::describeCounts does.
    const bool one = n == 1;
    QString text;
    switch (kind) {
    case AuditProblem::Kind::NotArchived:
        text = one ? tr("%1 item not archived") : tr("%1 items not archived");
        break;
    case AuditProblem::Kind::NotInLedger:
        text =
            one ? tr("%1 stored file not in the ledger") : tr("%1 stored files not in the ledger");
        break;
    case AuditProblem::Kind::MissingFile:
        text = one ? tr("%1 missing file") : tr("%1 missing files");
        break;
    case AuditProblem::Kind::SizeDiffers:
    case AuditProblem::Kind::ChecksumDiffers:
        text = one ? tr("%1 changed file") : tr("%1 changed files");
        break;
    case AuditProblem::Kind::NotVerifiable:
        text = one ? tr("%1 file that could not be verified")
                   : tr("%1 files that could not be verified");
        break;
    case AuditProblem::Kind::UnknownFile:
        text = one ? tr("%1 unknown file") : tr("%1 unknown files");
        break;
    case AuditProblem::Kind::RetentionWeakened:
        text = one ? tr("%1 file with its retention weakened")
                   : tr("%1 files with their retention weakened");
        break;
    }
    return text.arg(number(n));
}

QString AuditText::describeProblems(const QList<AuditProblem> &problems)
{
    QStringList parts;
    for (AuditProblem::Kind kind : kindsByImportance()) {
        // A file of the wrong size and one with other bytes are both "changed" to the reader;
        // the table says which.
        if (kind == AuditProblem::Kind::SizeDiffers)
            continue;
        const auto n = std::count_if(problems.cbegin(), problems.cend(), [kind](const auto &p) {
            return isChangedFile(kind) ? isChangedFile(p.kind) : p.kind == kind;
        });
        if (n > 0)
            parts << countOf(kind, int(n));
    }
    return parts.join(tr(", "));
}

QString AuditText::problemsFound(const QList<AuditProblem> &problems)
{
    const QString kinds = describeProblems(problems);
    if (problems.size() == 1)
        return tr("1 problem found: %1.").arg(kinds);
    return tr("%1 problems found: %2.").arg(number(int(problems.size())), kinds);
}

QString AuditText::summary(const AuditReport &report)
{
    const QString range = rangeText(report.range);
    QString text;
    if (!report.problems.isEmpty()) {
        text = problemsFound(report.problems);
        if (report.error)
            text = tr("In the part it reached: %1").arg(text);
    } else if (report.error) {
        text = report.verified == 1
                   ? tr("In the part it reached, 1 item is in storage and intact.")
                   : tr("In the part it reached, %1 items are in storage and intact.")
                         .arg(number(report.verified));
    } else if (report.verified == 0 && report.listed <= 0 && report.archived == 0) {
        text = tr("Nothing to check for %1: RingCentral lists no items and none are archived.")
                   .arg(range);
    } else if (report.verified == 1) {
        text = tr("The 1 item of %1 is in storage and intact.").arg(range);
    } else {
        text =
            tr("All %1 items of %2 are in storage and intact.").arg(number(report.verified), range);
    }
    const bool beyondRetention =
        std::any_of(report.windows.cbegin(), report.windows.cend(),
                    [](const AuditWindow &w) { return w.beyondRetention; });
    if (beyondRetention) {
        text += QLatin1Char(' ') +
                tr("Part of the range is older than RingCentral keeps data: there the stored "
                   "files were checked, but not compared with RingCentral.");
    }
    return text;
}

QString AuditText::rangeText(const TimeWindow &range)
{
    if (!range.isValid())
        return tr("the chosen days");
    const QLocale locale;
    const QDate first = range.from.toLocalTime().date();
    const QDate last = range.to.addMSecs(-1).toLocalTime().date();
    const QString full = QStringLiteral("d MMM yyyy");
    if (first == last)
        return locale.toString(first, full);
    const QString start =
        locale.toString(first, first.year() == last.year() ? QStringLiteral("d MMM") : full);
    return tr("%1 – %2").arg(start, locale.toString(last, full));
}

QString AuditText::itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
        return tr("Call Recording");
    case ItemType::VoiceMail:
        return tr("Voice Mail");
    case ItemType::Sms:
        return tr("SMS");
    case ItemType::Fax:
        return tr("Fax");
    }
    return {};
}

} // namespace rca
