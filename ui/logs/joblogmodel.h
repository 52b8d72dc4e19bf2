// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JobLogModel: the job log of the Logs tab (the user guide's Figure 5), one row per job, newest
// first, read from the JobStore a page at a time (fetchMore) so a year of half-hourly jobs opens
// at once. The range and SHOW LESS (jobs that archived data or failed) are applied in SQL, not
// by a client-side proxy: a proxy would have to load every page to find the few jobs with
// data. Rows started or finished by the engine arrive through updateJob() and are inserted or
// updated in place when they match the current filter. Times show in local time, with the zone
// where a reading alone could mean two instants (localTimeRangeTexts()), in the zone of the last
// reload; a row's texts and each status icon are made once, not at every paint. GUI thread (it
// reads the store through the GUI thread's own database connection).
#pragma once

#include "common/localtime.h"
#include "store/jobstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

#include <array>
#include <optional>

namespace rca {

class Database;

class JobLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FromColumn,
        ToColumn,
        StatusColumn,
        JobStartColumn,
        JobEndColumn,
        StorageColumn,
        CallRecordingColumn,
        VoiceMailColumn,
        SmsColumn,
        FaxColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // qint64
        // The raw value of a cell: QDateTime (UTC) for times, int for counts, the
        // JobRecord::Status as int for the status, QString for the storage.
        SortRole,
        StatusRole, // JobRecord::Status as int, on every column
    };
    static constexpr int DefaultPageSize = 200;

    explicit JobLogModel(Database *db, QObject *parent = nullptr);

    // Jobs whose start lies in [from, to) (UTC; an invalid bound is open), all of them or only
    // those that archived data or failed. Reloads the first page.
    void setFilter(const QDateTime &from, const QDateTime &to, bool withDataOnly);
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    bool withDataOnly() const { return m_withDataOnly; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Jobs matching the filter in the store, loaded or not.
    int totalCount() const { return m_total; }
    // Whether a job passes the current filter (range and SHOW LESS), as the store decides it.
    bool accepts(const JobRecord &job) const;
    static bool hasData(const JobRecord &job);

    JobRecord jobAt(int row) const { return m_rows.at(row); }
    // -1 when the job is not loaded.
    int rowOfJob(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The header texts of the columns, for the view and the CSV export.
    static QString columnTitle(int column);

public Q_SLOTS:
    // A job started, progressed or finished: update its row, insert it at its place (newest
    // first) when it now matches the filter, or remove it when it no longer does.
    void updateJob(const rca::JobRecord &job);
    // Reads the first page again (the store changed behind the model's back).
    void reload();

private:
    void loadPage();
    // The next page from the store without the jobs already loaded; moves the store offset.
    QList<JobRecord> readPage();
    void appendPage(const QList<JobRecord> &jobs);
    QVariant displayData(const JobRecord &job, int column) const;
    QVariant sortData(const JobRecord &job, int column) const;
    QVariant toolTip(const JobRecord &job, int column) const;
    // Where a job belongs in the newest-first order of the loaded rows.
    int insertPosition(const JobRecord &job) const;
    // The style's icon for a status, made once.
    QIcon statusIcon(JobRecord::Status status) const;
    // A job's four times as the table shows them, made when first asked and kept until the
    // next reload (a view asks for each cell many times: to size the columns, to paint).
    struct RowTexts
    {
        QString windowFrom;
        QString windowTo;
        QString started;
        QString ended;
    };
    const RowTexts &textsOf(const JobRecord &job) const;

    Database *m_db;
    QDateTime m_from;
    QDateTime m_to;
    bool m_withDataOnly = false;
    int m_pageSize = DefaultPageSize;
    QList<JobRecord> m_rows;
    QSet<qint64> m_ids;
    // How many rows of the store's filtered order lie before the next page.
    int m_storeOffset = 0;
    int m_total = 0;
    bool m_atEnd = true;
    // True while the model changes and tells its listeners; fetchMore() waits until after.
    bool m_changing = false;
    LocalTimeFormat m_timeFormat;
    mutable QHash<qint64, RowTexts> m_texts;
    mutable std::array<std::optional<QIcon>,
                       static_cast<size_t>(JobRecord::Status::ProblemsFound) + 1>
        m_statusIcons;
};

} // namespace rca
