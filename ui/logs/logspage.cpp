// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logspage.h"

#include "auditdialog.h"
#include "common/clock.h"
#include "common/demonotice.h"
#include "common/messagebox.h"
#include "engine/engine.h"
#include "engine/slotcalendar.h"
#include "jobdetailsdialog.h"
#include "joblogmodel.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/joblogcsv.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rca {

namespace {

int daysOf(LogsPage::Period period)
{
    switch (period) {
    case LogsPage::Period::Last7Days:
        return 7;
    case LogsPage::Period::Last30Days:
        return 30;
    case LogsPage::Period::Last90Days:
        return 90;
    case LogsPage::Period::Custom:
        break;
    }
    return 0;
}

} // namespace

LogsPage::LogsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_saveFileChooser([](QWidget *parent, const QString &caption, const QString &suggested,
                           const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    })
{
    setObjectName(QStringLiteral("logsPage"));
    setAccessibleName(tr("Logs"));

    m_model = new JobLogModel(context.db, this);

    auto *periodLabel = new QLabel(tr("Show Log &for:"), this);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setAccessibleName(tr("Show log for"));
    m_periodCombo->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_periodCombo->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodCombo->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_periodCombo->addItem(tr("Custom range"), int(Period::Custom));
    periodLabel->setBuddy(m_periodCombo);

    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_fromEdit->setCalendarPopup(true);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&To:"), this);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setAccessibleName(tr("To date"));
    m_toEdit->setCalendarPopup(true);
    toLabel->setBuddy(m_toEdit);

    m_goButton = new QPushButton(tr("&Go"), this);
    m_goButton->setObjectName(QStringLiteral("goButton"));
    m_goButton->setAccessibleName(tr("Show the log for the dates"));

    m_verifyButton = new QPushButton(tr("&Verify Archive…"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyArchiveButton"));
    m_verifyButton->setAccessibleName(tr("Verify that the archive of these dates is complete"));
    m_verifyButton->setToolTip(tr("Checks that every item of the shown dates is in the storage "
                                  "and intact, and lists what is missing or damaged."));
    m_verifyButton->setEnabled(m_context.engine != nullptr);

    m_showLessButton = new QPushButton(this);
    m_showLessButton->setObjectName(QStringLiteral("showLessButton"));
    m_showLessButton->setCheckable(true);

    m_rangeMessage = new QLabel(this);
    m_rangeMessage->setObjectName(QStringLiteral("rangeMessageLabel"));
    m_rangeMessage->setAccessibleName(tr("Date range problem"));
    m_rangeMessage->setWordWrap(true);
    m_rangeMessage->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Job log"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // newest first, as the store pages them
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The last column stretches with the window; a width set to another one is the user's.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns && column != JobLogModel::ColumnCount - 1)
            m_columnsSetByUser = true;
    });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAccessibleName(tr("No jobs"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("logStack"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("jobCountLabel"));
    m_countLabel->setAccessibleName(tr("Number of jobs"));
    m_detailsButton = new QPushButton(tr("&Details…"), this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setAccessibleName(tr("Show the details of the selected job"));
    m_detailsButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAccessibleName(tr("Export the shown jobs as CSV"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(periodLabel);
    filterRow->addWidget(m_periodCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(fromLabel);
    filterRow->addWidget(m_fromEdit);
    filterRow->addWidget(toLabel);
    filterRow->addWidget(m_toEdit);
    filterRow->addWidget(m_goButton);
    filterRow->addWidget(m_verifyButton);
    filterRow->addStretch(1);
    filterRow->addWidget(m_showLessButton);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_countLabel);
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_detailsButton);
    bottomRow->addWidget(m_exportButton);
    m_demoNotice = new DemoNotice(context.db, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoNotice);
    layout->addLayout(filterRow);
    layout->addWidget(m_rangeMessage);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottomRow);

    setTabOrder(m_periodCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_goButton);
    setTabOrder(m_goButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_showLessButton);
    setTabOrder(m_showLessButton, m_table);
    setTabOrder(m_table, m_detailsButton);
    setTabOrder(m_detailsButton, m_exportButton);

    connect(m_periodCombo, &QComboBox::activated, this, &LogsPage::onPeriodChosen);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &LogsPage::onDatesEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &LogsPage::onDatesEdited);
    connect(m_goButton, &QPushButton::clicked, this, &LogsPage::onGo);
    connect(m_verifyButton, &QPushButton::clicked, this, &LogsPage::verifyArchive);
    connect(m_showLessButton, &QPushButton::toggled, this, &LogsPage::setShowLess);
    // Enter and double-click (or a single click where the platform activates on one).
    connect(m_table, &QTableView::activated, this, &LogsPage::openSelectedDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detailsButton->setEnabled(currentJobId() > 0); });
    connect(m_detailsButton, &QPushButton::clicked, this, &LogsPage::openSelectedDetails);
    connect(m_exportButton, &QPushButton::clicked, this, &LogsPage::exportWithDialog);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detailsButton->setEnabled(false);
        updateViewState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogsPage::updateViewState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogsPage::updateViewState);

    if (m_context.engine) {
        connect(m_context.engine, &Engine::jobStarted, m_model, &JobLogModel::updateJob,
                Qt::QueuedConnection);
        connect(m_context.engine, &Engine::jobFinished, m_model, &JobLogModel::updateJob,
                Qt::QueuedConnection);
    }

    updateShowLessButton();
    setPeriod(Period::Last7Days);
}

QDate LogsPage::today() const
{
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
    return now.toLocalTime().date();
}

void LogsPage::setPeriod(Period period)
{
    if (period == Period::Custom) {
        setCustomRange(m_fromEdit->date(), m_toEdit->date());
        return;
    }
    m_period = period;
    applyFilter();
}

bool LogsPage::setCustomRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return false;
    m_period = Period::Custom;
    m_customFrom = from;
    m_customTo = to;
    applyFilter();
    return true;
}

void LogsPage::applyFilter()
{
    QDate firstDay;
    QDate lastDay;
    QDateTime from;
    QDateTime to;
    if (m_period == Period::Custom) {
        firstDay = m_customFrom;
        lastDay = m_customTo;
        to = lastDay.addDays(1).startOfDay();
    } else {
        lastDay = today();
        firstDay = lastDay.addDays(1 - daysOf(m_period));
        // Open at the end: a job that starts while the page is open still belongs here.
    }
    from = firstDay.startOfDay();
    m_appliedOn = today();

    const QSignalBlocker comboBlocker(m_periodCombo);
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(m_period)));
    m_fromEdit->setDate(firstDay);
    m_toEdit->setDate(lastDay);
    updateRangeState();

    m_model->setFilter(from, to, m_showLess);
    resizeColumns();
}

void LogsPage::resizeColumns()
{
    if (m_columnsSetByUser)
        return;
    m_fittingColumns = true;
    m_table->resizeColumnsToContents();
    // Jobs that arrive later must fit too: dates are wider than the headers above them.
    for (int column = 0; column < JobLogModel::ColumnCount; ++column)
        m_table->setColumnWidth(column,
                                std::max(m_table->columnWidth(column), neededColumnWidth(column)));
    m_fittingColumns = false;
}

int LogsPage::neededColumnWidth(int column) const
{
    QStringList samples;
    switch (column) {
    case JobLogModel::FromColumn:
    case JobLogModel::ToColumn:
    case JobLogModel::JobStartColumn:
    case JobLogModel::JobEndColumn:
        // Every month's name and two-digit days and hours: as wide as a date and time gets.
        for (int month = 1; month <= 12; ++month)
            samples << QLocale().toString(QDateTime(QDate(2026, month, 28), QTime(22, 58, 58)),
                                          QLocale::ShortFormat);
        break;
    case JobLogModel::StatusColumn:
        for (JobRecord::Status status :
             {JobRecord::Status::Running, JobRecord::Status::Completed,
              JobRecord::Status::CompletedWithErrors, JobRecord::Status::Failed,
              JobRecord::Status::Interrupted, JobRecord::Status::Expired,
              JobRecord::Status::Verified, JobRecord::Status::ProblemsFound})
            samples << JobRecord::statusText(status);
        break;
    case JobLogModel::StorageColumn:
        if (m_context.connectors) {
            for (StorageConnectorFactory *factory : m_context.connectors->factories())
                samples << factory->displayName();
        }
        break;
    default:
        samples << QLocale().toString(99999);
        break;
    }
    const QFontMetrics metrics(m_table->font());
    int text = 0;
    for (const QString &sample : std::as_const(samples))
        text = std::max(text, metrics.horizontalAdvance(sample));
    // The item view's margin on each side of the text, and the status column's icon.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    if (column == JobLogModel::StatusColumn)
        text += style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 2 * margin;
    // The grid line, and a pixel or two the text layout may round up to.
    const int slack = (m_table->showGrid() ? 1 : 0) + 2;
    return std::max(m_table->horizontalHeader()->sectionSizeHint(column),
                    text + 2 * margin + slack);
}

QSize LogsPage::sizeHint() const
{
    int table = 2 * m_table->frameWidth() +
                style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    for (int column = 0; column < JobLogModel::ColumnCount; ++column)
        table += neededColumnWidth(column);
    const QMargins margins = layout()->contentsMargins();
    QSize hint = QWidget::sizeHint();
    hint.setWidth(std::max(hint.width(), table + margins.left() + margins.right()));
    return hint;
}

QByteArray LogsPage::saveColumns() const
{
    return m_table->horizontalHeader()->saveState();
}

bool LogsPage::restoreColumns(const QByteArray &state)
{
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return false;
    m_columnsSetByUser = true;
    return true;
}

void LogsPage::refresh()
{
    m_demoNotice->refresh();
    applyFilter();
}

void LogsPage::onPeriodChosen(int index)
{
    const auto period = Period(m_periodCombo->itemData(index).toInt());
    if (period == Period::Custom) {
        // The dates already show the current range; the user edits them and presses Go.
        m_fromEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    setPeriod(period);
}

void LogsPage::onDatesEdited()
{
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(Period::Custom)));
    updateRangeState();
}

void LogsPage::onGo()
{
    if (!setCustomRange(m_fromEdit->date(), m_toEdit->date()))
        updateRangeState();
}

void LogsPage::updateRangeState()
{
    const bool valid = m_fromEdit->date() <= m_toEdit->date();
    m_goButton->setEnabled(valid);
    if (valid) {
        m_rangeMessage->clear();
        m_rangeMessage->hide();
    } else {
        m_rangeMessage->setText(
            tr("The From date is after the To date. Choose a From date on "
               "or before %1.")
                .arg(QLocale().toString(m_toEdit->date(), QLocale::ShortFormat)));
        m_rangeMessage->show();
    }
}

void LogsPage::setShowLess(bool less)
{
    if (m_showLess == less && m_model->withDataOnly() == less)
        return;
    m_showLess = less;
    updateShowLessButton();
    m_model->setFilter(m_model->from(), m_model->to(), m_showLess);
    resizeColumns();
}

void LogsPage::updateShowLessButton()
{
    const QSignalBlocker blocker(m_showLessButton);
    m_showLessButton->setChecked(m_showLess);
    if (m_showLess) {
        m_showLessButton->setText(tr("SHOW MORE"));
        m_showLessButton->setAccessibleName(tr("Show all jobs"));
        m_showLessButton->setToolTip(tr("Show every job, also those that archived nothing"));
    } else {
        m_showLessButton->setText(tr("SHOW LESS"));
        m_showLessButton->setAccessibleName(tr("Show only jobs that archived data"));
        m_showLessButton->setToolTip(tr("Show only the jobs that archived data or failed"));
    }
}

void LogsPage::updateViewState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        m_emptyLabel->setText(
            m_showLess ? tr("No job archived data or failed in this period. Choose SHOW MORE to "
                            "see every job.")
                       : tr("No jobs ran in this period."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
    m_countLabel->setText(tr("Jobs: %1").arg(QLocale().toString(m_model->totalCount())));
    m_exportButton->setEnabled(!empty);
}

qint64 LogsPage::currentJobId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(JobLogModel::JobIdRole).toLongLong() : 0;
}

void LogsPage::openSelectedDetails()
{
    if (const qint64 id = currentJobId(); id > 0)
        openDetails(id);
}

JobDetailsDialog *LogsPage::openDetails(qint64 jobId)
{
    auto *dialog = new JobDetailsDialog(m_context, jobId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void LogsPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_saveFileChooser = std::move(chooser);
    if (m_auditDialog)
        m_auditDialog->setSaveFileChooser(m_saveFileChooser);
}

TimeWindow LogsPage::auditRange() const
{
    const QDateTime now =
        m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    // The last half hour and a half is not archived yet by design: not a problem to report.
    const QDateTime archivedUntil =
        SlotCalendar().slotAtOrBefore(now).addSecs(-SlotCalendar::WindowEndLagSeconds);
    return TimeWindow(m_fromEdit->date().startOfDay(),
                      std::min(m_toEdit->date().addDays(1).startOfDay().toUTC(), archivedUntil));
}

AuditDialog *LogsPage::verifyArchive()
{
    if (!m_context.engine || (m_auditDialog && m_auditDialog->isRunning()))
        return nullptr;
    const TimeWindow range = auditRange();
    if (!range.isValid()) {
        MessageBox::information(this, tr("Verify Archive"),
                                tr("Nothing of these dates is archived yet: the schedule "
                                   "archives each half hour about two hours later. Choose "
                                   "earlier dates."));
        return nullptr;
    }
    if (!m_auditDialog) {
        m_auditDialog = new AuditDialog(m_context, this);
        m_auditDialog->setSaveFileChooser(m_saveFileChooser);
        connect(m_auditDialog, &AuditDialog::runningChanged, m_verifyButton,
                [this](bool running) { m_verifyButton->setEnabled(!running); });
    }
    m_auditDialog->start(range);
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
    return m_auditDialog;
}

bool LogsPage::exportCsv(const QString &path, QString *error)
{
    if (!m_context.db) {
        if (error)
            *error = tr("There is no job log to export.");
        return false;
    }
    const QList<JobRecord> jobs =
        JobStore(m_context.db).jobs(m_model->from(), m_model->to(), m_model->withDataOnly());
    if (Error e = JobLogCsv::write(path, jobs)) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void LogsPage::exportWithDialog()
{
    const QString name =
        QStringLiteral("rc-archiver-log-%1-to-%2.csv")
            .arg(m_fromEdit->date().toString(Qt::ISODate), m_toEdit->date().toString(Qt::ISODate));
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    QString path = m_saveFileChooser(this, tr("Export Log"), QDir(directory).filePath(name),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        MessageBox::warning(this, tr("Export Log"), error);
}

void LogsPage::showEvent(QShowEvent *event)
{
    // A preset period follows the calendar: the page opened yesterday now starts a day later.
    if (m_period != Period::Custom && m_appliedOn != today())
        applyFilter();
    QWidget::showEvent(event);
}

} // namespace rca
