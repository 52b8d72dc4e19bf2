// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditreport.h"

#include "common/localtime.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace rca {

namespace {

struct KindName
{
    AuditProblem::Kind kind;
    const char *key;
};

constexpr KindName KindNames[] = {
    {AuditProblem::Kind::NotArchived, "not-archived"},
    {AuditProblem::Kind::NotInLedger, "not-in-ledger"},
    {AuditProblem::Kind::MissingFile, "missing-file"},
    {AuditProblem::Kind::SizeDiffers, "size-differs"},
    {AuditProblem::Kind::ChecksumDiffers, "checksum-differs"},
    {AuditProblem::Kind::NotVerifiable, "not-verifiable"},
    {AuditProblem::Kind::UnknownFile, "unknown-file"},
    {AuditProblem::Kind::RetentionWeakened, "retention-weakened"},
};

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue windowJson(const TimeWindow &window)
{
    if (!window.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("from"), isoUtc(window.from)},
                       {QStringLiteral("to"), isoUtc(window.to)}};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString AuditProblem::kindKey(Kind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return {};
}

bool AuditProblem::kindFromKey(const QString &key, Kind *kind)
{
    for (const KindName &name : KindNames) {
        if (key == QLatin1String(name.key)) {
            *kind = name.kind;
            return true;
        }
    }
    return false;
}

QString AuditProblem::kindText(Kind kind)
{
    switch (kind) {
    case Kind::NotArchived:
        return QCoreApplication::translate("rca::AuditProblem", "Not archived");
    case Kind::NotInLedger:
        return QCoreApplication::translate("rca::AuditProblem", "Stored, but not in the ledger");
    case Kind::MissingFile:
        return QCoreApplication::translate("rca::AuditProblem", "File missing in storage");
    case Kind::SizeDiffers:
        return QCoreApplication::translate("rca::AuditProblem", "Stored size differs");
    case Kind::ChecksumDiffers:
        return QCoreApplication::translate("rca::AuditProblem", "Stored content differs");
    case Kind::NotVerifiable:
        return QCoreApplication::translate("rca::AuditProblem", "Could not be verified");
    case Kind::UnknownFile:
        return QCoreApplication::translate("rca::AuditProblem", "Unknown file in the archive");
    case Kind::RetentionWeakened:
        return QCoreApplication::translate("rca::AuditProblem", "Retention weakened");
    }
    return {};
}

QString AuditProblem::printable(const QString &path)
{
    QString shown;
    shown.reserve(path.size());
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        if (u == u'\\') {
            shown += QStringLiteral("\\\\");
        } else if (u < 0x20 || u == 0x7f) {
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control ||
                   c.category() == QChar::Separator_Line ||
                   c.category() == QChar::Separator_Paragraph) {
            // Bidirectional overrides and the like would make a name read as another one.
            shown += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    return shown;
}

int AuditReport::repairableCount() const
{
    int count = 0;
    for (const AuditProblem &problem : problems)
        count += problem.repairable ? 1 : 0;
    return count;
}

QJsonObject AuditReport::toJson() const
{
    QJsonArray windowList;
    for (const AuditWindow &w : windows) {
        windowList.append(QJsonObject{
            {QStringLiteral("from"), isoUtc(w.window.from)},
            {QStringLiteral("to"), isoUtc(w.window.to)},
            {QStringLiteral("listed"), w.beyondRetention ? QJsonValue() : QJsonValue(w.listed)},
            {QStringLiteral("archived"), w.archived},
            {QStringLiteral("verified"), w.verified},
            {QStringLiteral("problems"), w.problems},
            {QStringLiteral("beyondRetention"), w.beyondRetention},
        });
    }
    QJsonArray problemList;
    for (const AuditProblem &p : problems) {
        problemList.append(QJsonObject{
            {QStringLiteral("kind"), AuditProblem::kindKey(p.kind)},
            {QStringLiteral("type"), p.type ? QJsonValue(itemTypeKey(*p.type)) : QJsonValue()},
            {QStringLiteral("id"), p.sourceId},
            {QStringLiteral("path"), p.path},
            {QStringLiteral("detail"), p.detail},
            {QStringLiteral("window"), windowJson(p.window)},
            {QStringLiteral("repairable"), p.repairable},
        });
    }
    QJsonObject json{
        {QStringLiteral("range"), windowJson(range)},
        {QStringLiteral("storage"), storage},
        {QStringLiteral("location"), storageLocation},
        {QStringLiteral("checksum"), checksum},
        {QStringLiteral("clean"), isClean()},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("listed"), listed},
                                               {QStringLiteral("archived"), archived},
                                               {QStringLiteral("verified"), verified},
                                               {QStringLiteral("unknownFiles"), unknownFiles},
                                               {QStringLiteral("problems"), int(problems.size())}}},
        {QStringLiteral("windows"), windowList},
        {QStringLiteral("problems"), problemList},
    };
    if (jobId > 0)
        json.insert(QStringLiteral("jobId"), jobId);
    if (error)
        json.insert(QStringLiteral("error"), error.message());
    return json;
}

QByteArray AuditReport::toCsv() const
{
    QString text;
    QTextStream out(&text);
    out << "record,from,to,listed,archived,verified,problems,kind,type,id,path,detail,"
           "repairable\r\n";
    for (const AuditWindow &w : windows) {
        out << "window," << isoUtc(w.window.from) << ',' << isoUtc(w.window.to) << ','
            << (w.beyondRetention ? QStringLiteral("beyond-retention") : QString::number(w.listed))
            << ',' << w.archived << ',' << w.verified << ',' << w.problems << ",,,,,,\r\n";
    }
    for (const AuditProblem &p : problems) {
        out << "problem," << isoUtc(p.window.from) << ',' << isoUtc(p.window.to) << ",,,,,"
            << AuditProblem::kindKey(p.kind) << ',' << (p.type ? itemTypeKey(*p.type) : QString())
            << ',' << csvField(p.sourceId) << ',' << csvField(p.path) << ',' << csvField(p.detail)
            << ',' << (p.repairable ? "yes" : "no") << "\r\n";
    }
    if (error)
        out << "error,,,,,,,,,,," << csvField(error.message()) << ",\r\n";
    out.flush();
    return text.toUtf8();
}

QString AuditReport::toText() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("rca::AuditReport", text);
    };
    QString text;
    QTextStream out(&text);
    const QLocale locale;
    out << tr("Audit of %1 in %2").arg(localTimeRangeText(range.from, range.to), storageLocation)
        << "\n\n";
    out << qSetFieldWidth(21) << Qt::left << tr("From") << tr("To") << qSetFieldWidth(10)
        << Qt::right << tr("Listed") << tr("Archived") << tr("Verified") << tr("Problems")
        << qSetFieldWidth(0) << Qt::left << "\n";
    int quiet = 0;
    for (const AuditWindow &w : windows) {
        if (w.listed <= 0 && w.archived == 0 && w.problems == 0) {
            ++quiet;
            continue;
        }
        const LocalTimeRangeText times = localTimeRangeTexts(w.window.from, w.window.to);
        out << qSetFieldWidth(21) << times.from << times.to << qSetFieldWidth(10) << Qt::right
            << (w.beyondRetention ? tr("retention") : QString::number(w.listed)) << w.archived
            << w.verified << w.problems << qSetFieldWidth(0) << Qt::left << "\n";
    }
    if (quiet > 0)
        out << QCoreApplication::translate(
                   "rca::AuditReport", "%n more window(s) with nothing in them.", nullptr, quiet)
            << "\n";
    if (!problems.isEmpty()) {
        out << "\n" << tr("Problems:") << "\n";
        for (const AuditProblem &p : problems) {
            out << "  " << AuditProblem::kindText(p.kind) << ": ";
            if (p.type)
                out << itemTypeKey(*p.type) << ' ' << AuditProblem::printable(p.sourceId) << " ";
            out << AuditProblem::printable(p.path);
            if (!p.detail.isEmpty())
                out << " – " << AuditProblem::printable(p.detail);
            if (p.repairable)
                out << " " << tr("[repairable]");
            out << "\n";
        }
    }
    out << "\n";
    if (error)
        out << tr("The audit did not finish: %1").arg(error.message()) << "\n";
    out << tr("Listed by the source: %1, archived: %2, verified: %3, problems: %4.")
               .arg(locale.toString(listed), locale.toString(archived), locale.toString(verified),
                    locale.toString(qsizetype(problems.size())))
        << "\n";
    out.flush();
    return text;
}

} // namespace rca
