// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Logs tab benchmark (tests/benchmarks/run-logs-benchmark runs it): a year of jobs in the
// real window. Three modes of one program:
//   bench_logs generate DIR [--jobs 17520] [--items 200000] [--sql STATEMENT]
//       A profile with a year of jobs (logsprofile.h).
//   bench_logs window ROUNDS -- PROGRAM ARGUMENTS…
//       The program as app/main.cpp starts it (QApplication, CommandLine, MainWindow::run),
//       watching the window: "shown" on stdout once the Logs tab has painted its rows (or, with
//       no job at all, the label that says so); then ROUNDS times each switch of the tab as the
//       user makes it (period, SHOW LESS/MORE, From/To with Go), timed to the table's repaint;
//       then its peak RSS; then it quits.
//   bench_logs measure FULL EMPTY [--launches 5] [--rounds 5]
//       Runs `window` on both profiles (fresh window state before each launch), times each
//       launch from the process start to "shown", runs the switches' SQL in the sqlite3 tool on
//       the same file, and prints the table.
// Not a test. Offscreen (QT_QPA_PLATFORM=offscreen) by the script.
#include "commandline.h"
#include "logs/joblogmodel.h"
#include "logs/logspage.h"
#include "logsprofile.h"
#include "mainwindow.h"
#include "profile.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace rca;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// VmHWM and VmRSS of this process, kB.
QPair<qint64, qint64> memoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 hwm = 0;
    qint64 rss = 0;
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                hwm = parts[1].toLongLong();
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toLongLong();
        }
    }
    return {hwm, rss};
}

// ---- window -----------------------------------------------------------------------------------

// Watches the window from the application's event filter: reports when the Logs tab's table
// has painted its rows, then runs the switches.
class WindowProbe : public QObject
{
public:
    explicit WindowProbe(int rounds)
        : m_rounds(rounds)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_window && event->type() == QEvent::Show) {
            if (auto *window = qobject_cast<MainWindow *>(watched)) {
                m_window = window;
                m_emptyLabel =
                    window->logsPage()->findChild<QWidget *>(QStringLiteral("emptyStateLabel"));
            }
        }
        if (event->type() != QEvent::Paint || !m_window)
            return false;
        LogsPage *page = m_window->logsPage();
        // The table with rows, or (no job at all) the label that says so.
        const bool rows = page->model()->rowCount() > 0;
        const QWidget *shows = rows ? page->table()->viewport() : m_emptyLabel;
        if (watched == shows) {
            m_painted = true;
            if (!m_shown) {
                m_shown = true;
                // After this paint has finished.
                QTimer::singleShot(0, this, [this] { onShown(); });
            }
        }
        return false;
    }

private:
    void onShown()
    {
        out() << "shown\n";
        out().flush();
        if (m_rounds > 0)
            runSwitches();
        const auto [hwm, rss] = memoryKb();
        out() << "rss " << hwm << ' ' << rss << "\n";
        out().flush();
        QCoreApplication::quit();
    }

    // Runs action and waits until the table has painted after it; prints the step.
    void step(const QString &name, const std::function<void()> &action)
    {
        QCoreApplication::processEvents();
        m_painted = false;
        QElapsedTimer timer;
        timer.start();
        action();
        while (!m_painted && timer.elapsed() < 10000)
            QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        JobLogModel *model = m_window->logsPage()->model();
        out() << "switch\t" << name << '\t' << QString::number(ms, 'f', 2) << '\t'
              << model->rowCount() << '\t' << model->totalCount() << '\t'
              << (model->from().isValid() ? model->from().toMSecsSinceEpoch() : -1) << '\t'
              << (model->to().isValid() ? model->to().toMSecsSinceEpoch() : -1) << '\t'
              << int(model->withDataOnly()) << '\t' << model->pageSize() << "\n";
        out().flush();
    }

    void runSwitches()
    {
        LogsPage *page = m_window->logsPage();
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("periodCombo"));
        auto *fromEdit = page->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
        auto *toEdit = page->findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
        auto *go = page->findChild<QPushButton *>(QStringLiteral("goButton"));
        auto *showLess = page->findChild<QPushButton *>(QStringLiteral("showLessButton"));
        auto choose = [combo](int index) {
            combo->setCurrentIndex(index);
            Q_EMIT combo->activated(index);
        };
        const QDate today = QDate::currentDate();
        auto range = [&](const QDate &from, const QDate &to) {
            fromEdit->setDate(from);
            toEdit->setDate(to);
            QCoreApplication::processEvents();
        };
        for (int round = 0; round < m_rounds; ++round) {
            step(QStringLiteral("Last 30 days"), [&] { choose(1); });
            step(QStringLiteral("Last 90 days"), [&] { choose(2); });
            step(QStringLiteral("Last 7 days"), [&] { choose(0); });
            step(QStringLiteral("SHOW LESS (7 days)"), [&] { showLess->click(); });
            step(QStringLiteral("SHOW MORE (7 days)"), [&] { showLess->click(); });
            range(today.addDays(-364), today);
            step(QStringLiteral("From/To a year, Go"), [&] { go->click(); });
            step(QStringLiteral("SHOW LESS (a year)"), [&] { showLess->click(); });
            step(QStringLiteral("SHOW MORE (a year)"), [&] { showLess->click(); });
            range(today.addDays(-200), today.addDays(-170));
            step(QStringLiteral("From/To a month, Go"), [&] { go->click(); });
        }
        // The whole year, scrolled to its end page by page (not one of the figures).
        range(today.addDays(-364), today);
        step(QStringLiteral("From/To a year, Go"), [&] { go->click(); });
        QTableView *table = page->table();
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        double slowest = 0;
        while (page->model()->canFetchMore({})) {
            QElapsedTimer one;
            one.start();
            m_painted = false;
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            while (!m_painted && one.elapsed() < 10000)
                QCoreApplication::processEvents();
            slowest = std::max(slowest, double(one.nsecsElapsed()) / 1e6);
            ++pages;
        }
        out() << "scroll\t" << pages << '\t' << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1)
              << '\t' << QString::number(slowest, 'f', 2) << '\t' << page->model()->rowCount()
              << "\n";
    }

    int m_rounds;
    MainWindow *m_window = nullptr;
    QWidget *m_emptyLabel = nullptr;
    bool m_painted = false;
    bool m_shown = false;
};

int window(int argc, char **argv)
{
    // As app/main.cpp, less the translations (none for the benchmark's English locale).
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rc-archiver"));
    const int rounds = QString::fromLocal8Bit(argv[2]).toInt();
    QStringList arguments{QString::fromLocal8Bit(argv[0])};
    for (int i = 4; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    WindowProbe probe(rounds);
    app.installEventFilter(&probe);
    CommandLine commandLine(arguments, &MainWindow::run);
    return commandLine.exec();
}

// ---- measure ----------------------------------------------------------------------------------

struct Step
{
    QString name;
    double ms = 0;
    int rows = 0;
    int total = 0;
    qint64 from = -1;
    qint64 to = -1;
    bool withDataOnly = false;
    int pageSize = 0;
};

struct Launch
{
    double shownMs = -1;
    double hwmMb = 0;
    QList<Step> steps;
    QString scroll;
    int exitCode = -1;
};

QString databasePathOf(const QString &dir)
{
    return Profile::inDirectory(dir).databasePath();
}

// Every launch opens a window in the state a first launch has: no saved size or column widths.
void forgetWindowState(const QString &dir)
{
    Database db(databasePathOf(dir));
    if (db.open())
        return;
    SettingsStore settings(&db);
    settings.reset(QLatin1String(SettingKey::WindowGeometry));
    settings.reset(QLatin1String(SettingKey::WindowLogColumns));
    settings.setValue(QLatin1String(SettingKey::WindowTab), 2);
}

Launch launchWindow(const QString &dir, int rounds, const QString &errorLog)
{
    forgetWindowState(dir);
    Launch launch;
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("window"), QString::number(rounds), QStringLiteral("--"),
                          QStringLiteral("--profile"), dir});
    process.setStandardErrorFile(errorLog, QIODevice::Append);
    QElapsedTimer timer;
    timer.start();
    process.start();
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (timer.elapsed() > 300000) {
            process.kill();
            break;
        }
        if (!process.canReadLine())
            process.waitForReadyRead(60000);
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const QStringList fields = line.split(u'\t');
            if (line == u"shown") {
                launch.shownMs = double(timer.nsecsElapsed()) / 1e6;
            } else if (line.startsWith(u"rss ")) {
                launch.hwmMb = line.split(u' ').value(1).toDouble() * 1024 / 1e6;
            } else if (fields.value(0) == u"switch" && fields.size() >= 9) {
                launch.steps.append({fields[1], fields[2].toDouble(), fields[3].toInt(),
                                     fields[4].toInt(), fields[5].toLongLong(),
                                     fields[6].toLongLong(), fields[7] == u"1", fields[8].toInt()});
            } else if (fields.value(0) == u"scroll") {
                launch.scroll = fields.mid(1).join(u'\t');
            }
        }
        if (process.state() == QProcess::NotRunning && !process.canReadLine())
            break;
    }
    process.waitForFinished(60000);
    launch.exitCode = process.exitCode();
    return launch;
}

// The statements the Logs tab needs for a filter: how many jobs match, and the first page.
QString stepSql(const Step &step)
{
    QStringList conditions;
    if (step.from >= 0)
        conditions << QStringLiteral("started_at >= %1").arg(step.from);
    if (step.to >= 0)
        conditions << QStringLiteral("started_at < %1").arg(step.to);
    if (step.withDataOnly)
        conditions << QStringLiteral(
            "(count_call_recording + count_voicemail + count_sms + count_fax > 0 OR failed_items "
            "> 0 OR status IN ('failed', 'problems-found'))");
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return QStringLiteral("SELECT COUNT(*) FROM jobs%1;\n"
                          "SELECT id, window_from, window_to, status, \"trigger\", started_at, "
                          "ended_at, storage, count_call_recording, count_voicemail, count_sms, "
                          "count_fax, failed_items, error, types FROM jobs%1 ORDER BY started_at "
                          "DESC, id DESC LIMIT %2 OFFSET 0;\n")
        .arg(where)
        .arg(step.pageSize);
}

// The sqlite3 tool running sql on the file, ms per run: one process runs it `repeat` times (rows
// printed to /dev/null), less the same process running as many trivial statements, divided.
double sqliteMs(const QString &databasePath, const QString &sql, int statements, int repeat)
{
    auto run = [&](const QString &each) {
        QString script = QStringLiteral(".output /dev/null\n");
        for (int i = 0; i < repeat; ++i)
            script += each;
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), databasePath});
        sqlite.write(script.toUtf8());
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0)
            return -1.0;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double trivial = run(QStringLiteral("SELECT 1;\n").repeated(statements));
    const double real = run(sql);
    if (trivial < 0 || real < 0)
        return -1;
    return std::max(0.0, real - trivial) / repeat;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString figure(double value, int decimals = 1)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

int measure(const QStringList &args)
{
    const QString full = args.value(0);
    const QString empty = args.value(1);
    int launches = 5;
    int rounds = 5;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--launches")
            launches = std::max(2, args[i + 1].toInt());
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    const QString errorLog = full + QStringLiteral("/../window-stderr.log");
    QList<Launch> fulls;
    QList<Launch> empties;
    for (int i = 0; i < launches; ++i) {
        // Alternating, so that both see the same machine. The switches and the scroll at the
        // last launch, after its figures.
        empties << launchWindow(empty, 0, errorLog);
        fulls << launchWindow(full, i == launches - 1 ? rounds : 0, errorLog);
        const Launch &e = empties.last();
        const Launch &f = fulls.last();
        if (e.shownMs < 0 || f.shownMs < 0) {
            out() << "A window did not show its rows (exit " << e.exitCode << ", " << f.exitCode
                  << "); see " << errorLog << "\n";
            return 1;
        }
        out() << "launch " << i + 1 << ": a year of jobs " << figure(f.shownMs) << " ms, "
              << figure(f.hwmMb) << " MB; empty profile " << figure(e.shownMs) << " ms, "
              << figure(e.hwmMb) << " MB\n";
        out().flush();
    }
    auto laterShown = [](const QList<Launch> &list, bool withSwitches) {
        QList<double> values;
        for (qsizetype i = 1; i < list.size() - (withSwitches ? 0 : 1); ++i)
            values << list[i].shownMs;
        return median(values);
    };
    auto launchRss = [](const QList<Launch> &list) {
        QList<double> values;
        for (qsizetype i = 0; i + 1 < list.size(); ++i)
            values << list[i].hwmMb;
        return median(values);
    };
    out() << "\n| Logs tab | a year of jobs | reference: empty profile | budget |\n"
          << "|---|---|---|---|\n"
          << "| process start to the Logs rows shown, first launch of the day (the day's copy "
             "of the database follows 5 s later) | "
          << figure(fulls[0].shownMs) << " ms | " << figure(empties[0].shownMs)
          << " ms | 500 ms |\n"
          << "| the same, later launches (median of " << launches - 1 << ") | "
          << figure(laterShown(fulls, true)) << " ms | " << figure(laterShown(empties, true))
          << " ms | 500 ms |\n"
          << "| peak RSS, launch (median of " << launches - 1 << ") | " << figure(launchRss(fulls))
          << " MB | " << figure(launchRss(empties)) << " MB | 100 MB |\n"
          << "| peak RSS after every switch and the whole year scrolled | "
          << figure(fulls.last().hwmMb) << " MB | " << figure(empties.last().hwmMb)
          << " MB (launch) | 100 MB |\n";

    QList<QString> order;
    std::map<QString, QList<double>> times;
    std::map<QString, Step> stepOf;
    for (const Step &step : fulls.last().steps) {
        if (!stepOf.count(step.name))
            order << step.name;
        stepOf[step.name] = step;
        times[step.name] << step.ms;
    }
    const QString db = databasePathOf(full);
    out() << "\n| switch, click to repaint (" << rounds
          << " rounds) | window: median (max) | rows shown / jobs | reference: sqlite3, count + "
             "first page | budget |\n"
          << "|---|---|---|---|---|\n";
    for (const QString &name : std::as_const(order)) {
        const QList<double> &values = times[name];
        const Step &step = stepOf[name];
        out() << "| " << name << " | " << figure(median(values)) << " ms ("
              << figure(*std::max_element(values.begin(), values.end())) << ") | " << step.rows
              << " / " << step.total << " | " << figure(sqliteMs(db, stepSql(step), 2, 20), 2)
              << " ms | 50 ms |\n";
    }
    const QStringList scroll = fulls.last().scroll.split(u'\t');
    if (scroll.size() >= 4) {
        out() << "\nThe year scrolled to its end: " << scroll[0] << " pages in " << scroll[1]
              << " ms, the slowest page " << scroll[2] << " ms, " << scroll[3] << " rows loaded\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == u"window" && argc > 3)
        return window(argc, argv);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(2);
    if (mode == u"generate" && !args.isEmpty())
        return bench::generateLogsProfile(args);
    if (mode == u"measure" && args.size() >= 2)
        return measure(args);
    std::fprintf(stderr, "usage: bench_logs generate DIR [--jobs N] [--items N] [--sql SQL]\n"
                         "       bench_logs measure FULL EMPTY [--launches N] [--rounds N]\n"
                         "       bench_logs window ROUNDS -- PROGRAM ARGUMENTS\n");
    return 2;
}
