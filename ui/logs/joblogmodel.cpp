// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "joblogmodel.h"

#include "common/localtime.h"
#include "store/database.h"
#include "store/joblogcsv.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>
#include <QStyle>

namespace rca {

namespace {

// The store's order: started_at DESC, id DESC.
bool comesBefore(const JobRecord &a, const JobRecord &b)
{
    if (a.started != b.started)
        return a.started > b.started;
    return a.id > b.id;
}

ItemType itemTypeOfColumn(int column)
{
    switch (column) {
    case JobLogModel::VoiceMailColumn:
        return ItemType::VoiceMail;
    case JobLogModel::SmsColumn:
        return ItemType::Sms;
    case JobLogModel::FaxColumn:
        return ItemType::Fax;
    default:
        return ItemType::CallRecording;
    }
}

bool isCountColumn(int column)
{
    return column >= JobLogModel::CallRecordingColumn && column <= JobLogModel::FaxColumn;
}

// An int, the form every view and QAbstractItemModelTester read.
int alignment(int column)
{
    return int((isCountColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

// A red that reads on the current palette's base: darker on a light base, lighter on a dark
// one, so dark mode keeps its contrast without a hard-coded light colour.
QColor failureColor()
{
    const QPalette palette = QApplication::palette();
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return darkBase ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(0, 180, 90);
}

QIcon styleIcon(JobRecord::Status status)
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    switch (status) {
    case JobRecord::Status::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case JobRecord::Status::Completed:
    case JobRecord::Status::Verified:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case JobRecord::Status::CompletedWithErrors:
    case JobRecord::Status::Interrupted:
    case JobRecord::Status::ProblemsFound:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case JobRecord::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JobRecord::Status::Expired:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

const JobLogModel::RowTexts &JobLogModel::textsOf(const JobRecord &job) const
{
    auto it = m_texts.constFind(job.id);
    if (it == m_texts.cend()) {
        // Each pair in the locale's short date and time, each end with its zone where that
        // reading occurs twice or the offset changes between the two (the clocks went back or
        // forward): "11/1/26 1:30 AM EDT", "11/1/26 1:00 AM EST".
        const LocalTimeRangeText window =
            localTimeRangeTexts(job.window.from, job.window.to, m_timeFormat);
        const LocalTimeRangeText run = localTimeRangeTexts(job.started, job.ended, m_timeFormat);
        it = m_texts.insert(job.id, {window.from, window.to, run.from, run.to});
    }
    return *it;
}

QIcon JobLogModel::statusIcon(JobRecord::Status status) const
{
    // The style reads an icon's images each time it makes one: once per status, not per cell
    // painted (with a page of rows that was most of the time a switch of the Logs tab took).
    std::optional<QIcon> &icon = m_statusIcons[static_cast<size_t>(status)];
    if (!icon)
        icon = styleIcon(status);
    return *icon;
}

JobLogModel::JobLogModel(Database *db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_timeFormat(LocalTimeFormat::shortFormat())
{}

QString JobLogModel::columnTitle(int column)
{
    // One list of titles for the table and its CSV export (`logs --csv` too).
    return JobLogCsv::columnTitles().value(column);
}

void JobLogModel::setFilter(const QDateTime &from, const QDateTime &to, bool withDataOnly)
{
    m_from = from.isValid() ? from.toUTC() : QDateTime();
    m_to = to.isValid() ? to.toUTC() : QDateTime();
    m_withDataOnly = withDataOnly;
    reload();
}

void JobLogModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void JobLogModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_texts.clear();
    // The zone (and locale) of the moment, read once per reload rather than once per cell.
    m_timeFormat = LocalTimeFormat::shortFormat();
    m_storeOffset = 0;
    m_atEnd = m_db == nullptr;
    m_total = m_db ? JobStore(m_db).jobCount(m_from, m_to, m_withDataOnly) : 0;
    // The first page inside the reset, so the view has rows at once and no insertion runs
    // while a view still reacts to the reset.
    if (!m_atEnd)
        appendPage(readPage());
    endResetModel();
}

bool JobLogModel::hasData(const JobRecord &job)
{
    // The same rule as JobStore's SQL for withDataOnly.
    return job.totalArchived() > 0 || job.failedItems > 0 ||
           job.status == JobRecord::Status::Failed;
}

bool JobLogModel::accepts(const JobRecord &job) const
{
    if (m_from.isValid() && job.started < m_from)
        return false;
    if (m_to.isValid() && job.started >= m_to)
        return false;
    return !m_withDataOnly || hasData(job);
}

int JobLogModel::rowOfJob(qint64 id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int JobLogModel::insertPosition(const JobRecord &job) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), job, comesBefore);
    return static_cast<int>(it - m_rows.cbegin());
}

int JobLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JobLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JobLogModel::fetchMore(const QModelIndex &parent)
{
    // Asked from a slot that hears this model's own change signals (a proxy or a view reacting
    // to the reset): reading now would insert rows in the middle of that notification.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    loadPage();
}

QList<JobRecord> JobLogModel::readPage()
{
    const QList<JobRecord> page =
        JobStore(m_db).jobs(m_from, m_to, m_withDataOnly, m_pageSize, m_storeOffset);
    m_storeOffset += static_cast<int>(page.size());
    m_atEnd = page.size() < m_pageSize;
    // A job the engine wrote after the last page but whose signal has not arrived yet shifts
    // the store's rows by one: the page then repeats a loaded job, which is skipped here.
    QList<JobRecord> fresh;
    fresh.reserve(page.size());
    for (const JobRecord &job : page) {
        if (!m_ids.contains(job.id))
            fresh.append(job);
    }
    return fresh;
}

void JobLogModel::appendPage(const QList<JobRecord> &jobs)
{
    for (const JobRecord &job : jobs) {
        m_rows.append(job);
        m_ids.insert(job.id);
    }
}

void JobLogModel::loadPage()
{
    const QScopedValueRollback changing(m_changing, true);
    const QList<JobRecord> fresh = readPage();
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    appendPage(fresh);
    endInsertRows();
}

void JobLogModel::updateJob(const JobRecord &job)
{
    if (job.id <= 0)
        return;
    const QScopedValueRollback changing(m_changing, true);
    m_texts.remove(job.id); // its end, at least, is new
    // Counted first, so whoever hears the row signals reads the new total.
    if (m_db)
        m_total = JobStore(m_db).jobCount(m_from, m_to, m_withDataOnly);
    const int row = rowOfJob(job.id);
    const bool matches = accepts(job);
    if (row >= 0 && matches) {
        m_rows[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_ids.remove(job.id);
        --m_storeOffset; // the store no longer returns it under this filter either
        endRemoveRows();
    } else if (matches) {
        const int position = insertPosition(job);
        // Beyond the loaded rows while more pages wait: the next page brings it.
        if (position < m_rows.size() || m_atEnd) {
            beginInsertRows({}, position, position);
            m_rows.insert(position, job);
            m_ids.insert(job.id);
            ++m_storeOffset; // it sits among the rows already read from the store
            endInsertRows();
        }
    }
}

QVariant JobLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, column);
    case Qt::ToolTipRole:
        return toolTip(job, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(job.status);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && job.status == JobRecord::Status::Failed)
            return failureColor();
        if (job.status == JobRecord::Status::Expired)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case JobIdRole:
        return job.id;
    case SortRole:
        return sortData(job, column);
    case StatusRole:
        return static_cast<int>(job.status);
    default:
        return {};
    }
}

QVariant JobLogModel::displayData(const JobRecord &job, int column) const
{
    switch (column) {
    case FromColumn:
        return textsOf(job).windowFrom;
    case ToColumn:
        return textsOf(job).windowTo;
    case StatusColumn:
        return JobRecord::statusText(job.status);
    case JobStartColumn:
        return textsOf(job).started;
    case JobEndColumn:
        return textsOf(job).ended;
    case StorageColumn:
        return job.storage;
    default:
        if (isCountColumn(column))
            return QLocale().toString(job.count(itemTypeOfColumn(column)));
        return {};
    }
}

QVariant JobLogModel::sortData(const JobRecord &job, int column) const
{
    switch (column) {
    case FromColumn:
        return job.window.from;
    case ToColumn:
        return job.window.to;
    case StatusColumn:
        return static_cast<int>(job.status);
    case JobStartColumn:
        return job.started;
    case JobEndColumn:
        return job.ended;
    case StorageColumn:
        return job.storage;
    default:
        if (isCountColumn(column))
            return job.count(itemTypeOfColumn(column));
        return {};
    }
}

QVariant JobLogModel::toolTip(const JobRecord &job, int column) const
{
    if (job.isAudit()) {
        // A check's counts are the items it found intact, not items archived.
        const QString kind = job.trigger == JobRecord::Trigger::WeeklyAudit
                                 ? tr("Weekly check of the archive")
                                 : tr("Check of the archive");
        return job.error.isEmpty() ? kind : tr("%1: %2").arg(kind, job.error);
    }
    if (!job.error.isEmpty())
        return job.error;
    if (job.failedItems > 0)
        return tr("Items that failed and wait for a retry: %1")
            .arg(QLocale().toString(job.failedItems));
    if (column == FromColumn || column == ToColumn || column == JobStartColumn ||
        column == JobEndColumn) {
        const QDateTime time = sortData(job, column).toDateTime();
        if (time.isValid())
            return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
    }
    return {};
}

QVariant JobLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    return {};
}

} // namespace rca
