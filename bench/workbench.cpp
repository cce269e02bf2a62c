// The applications window on a large file: time to the first screen of rows, search-as-you-type
// latency, sorting, jumping to the last row, and peak memory. Two reference programs run from
// the same binary so that bench/workbench.sh can compare them side by side in one run:
//   bench_workbench window DB        the desk's main window (Database + MainWindow)
//   bench_workbench empty            a Qt Widgets program that shows an empty window
//   bench_workbench sqlquerymodel DB a plain QSqlQueryModel over the same file
//   bench_workbench interact DB      search, sort and jump latencies in the desk's window
// Every mode prints "name value unit" lines. Figures only: nothing here passes or fails.
#include "browse/applicationtablemodel.h"
#include "db/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QWindow>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {
QElapsedTimer sinceStart;

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Runs what the window has queued until nothing is left: handling one posted event (a layout,
// the applicant panel's first application) may post more.
void drainEvents()
{
    for (int round = 0; round < 20; ++round)
        QCoreApplication::processEvents();
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Notes when a widget gets its first paint event.
class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Shows the window and returns once `rows` has been painted and the window is on screen: the
// window system exposes a new window some time after show(), and until then nothing is painted.
// Also prints the wall-clock time of that moment, so that a script can add the process start
// before main().
double paintedAfterStartMs(QWidget &window, QWidget &rows)
{
    PaintWatcher watcher;
    rows.installEventFilter(&watcher);
    window.show();
    // The event that paints returns before processEvents does: the paint has finished.
    while (!watcher.painted || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    rows.removeEventFilter(&watcher);
    const double ms = sinceStart.nsecsElapsed() / 1e6;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf(
        "first_paint_epoch_ns %lld\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    return ms;
}

int emptyWindow()
{
    QMainWindow window;
    window.resize(1200, 700);
    print("first_paint", paintedAfterStartMs(window, window), "ms");
    return 0;
}

int sqlQueryModel(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT a.id, p.first_name || ' ' || p.last_name, p.email, "
                                      "t.code, c.name, a.status, a.applied_at FROM applications a "
                                      "JOIN applicants p ON p.id = a.applicant_id "
                                      "JOIN tracks t ON t.id = a.track_id "
                                      "LEFT JOIN cohorts c ON c.id = a.cohort_id ORDER BY a.id"),
                       db);
        QTableView view;
        view.setModel(&model);
        view.resize(1200, 700);
        print("first_paint", paintedAfterStartMs(view, *view.viewport()), "ms");
        print("peak_memory", peakMiB(), "MiB");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    return 0;
}

struct Desk
{
    Database database;
    std::unique_ptr<MainWindow> window;
    QTableView *table = nullptr;
};

bool openDesk(Desk &desk, const QString &path)
{
    if (const Status opened = desk.database.open(path, Database::Check::Later); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return false;
    }
    desk.window = std::make_unique<MainWindow>(desk.database.connectionName(), path);
    desk.window->resize(1400, 800);
    desk.window->refresh();
    desk.table = desk.window->findChild<QTableView *>(QStringLiteral("applications"));
    return desk.table != nullptr;
}

int window(const QString &path)
{
    Desk desk;
    if (!openDesk(desk, path))
        return 1;
    print("first_paint", paintedAfterStartMs(*desk.window, *desk.table->viewport()), "ms");
    print("peak_memory", peakMiB(), "MiB");
    return 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// Search terms a person would type: pieces of real names and addresses, chosen with a fixed
// seed so that every run types the same.
QStringList searchTerms(const QString &connection, int count)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.exec(QStringLiteral("SELECT max(id) FROM applicants"));
    const qint64 maxId = query.next() ? query.value(0).toLongLong() : 0;
    QRandomGenerator random(20261124);
    QStringList terms;
    while (terms.size() < count && maxId > 0) {
        query.prepare(QStringLiteral("SELECT last_name, email FROM applicants WHERE id = ?"));
        query.addBindValue(qint64(random.bounded(quint64(maxId))) + 1);
        if (!query.exec() || !query.next())
            continue;
        const QString source = terms.size() % 2 ? query.value(1).toString().section('@', 0, 0)
                                                : query.value(0).toString();
        if (source.size() < 5)
            continue;
        const int length = 3 + int(random.bounded(3));
        const int start = int(random.bounded(source.size() - length + 1));
        terms << source.mid(start, length);
    }
    return terms;
}

int interact(const QString &path)
{
    Desk desk;
    if (!openDesk(desk, path))
        return 1;
    paintedAfterStartMs(*desk.window, *desk.table->viewport());
    // What the window does once its first rows are on screen: totals by status, the cohorts of
    // the filter, the first application in the panel. Measured on its own, so that it does not
    // land in the first step timed below.
    {
        QElapsedTimer t;
        t.start();
        drainEvents();
        desk.window->repaint();
        print("work_after_first_paint", t.nsecsElapsed() / 1e6, "ms");
    }
    auto *search = desk.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    if (!search)
        return 1;

    // Each keystroke: the filter runs, the count is taken, the first rows are read and painted.
    QList<double> keystrokes;
    const QStringList terms = searchTerms(desk.database.connectionName(), 50);
    for (const QString &term : terms) {
        search->clear();
        for (int i = 0; i < term.size(); ++i) {
            QElapsedTimer t;
            t.start();
            search->setText(term.left(i + 1));
            desk.table->viewport()->repaint();
            if (i + 1 >= 3)
                keystrokes << t.nsecsElapsed() / 1e6;
        }
    }
    search->clear();
    print("search_keystroke_median", percentile(keystrokes, 0.5), "ms");
    print("search_keystroke_p95", percentile(keystrokes, 0.95), "ms");
    print("search_keystrokes", keystrokes.size(), "count");

    QHeaderView *header = desk.table->horizontalHeader();
    // Each step ends when the view has laid out and painted what it must show.
    const auto settle = [&desk] {
        drainEvents();
        desk.table->viewport()->repaint();
    };
    const auto timed = [&settle](const char *name, const std::function<void()> &step) {
        QElapsedTimer t;
        t.start();
        step();
        settle();
        print(name, t.nsecsElapsed() / 1e6, "ms");
    };
    const auto lastRowShown = [&desk] {
        const int bottom = desk.table->rowAt(desk.table->viewport()->height() - 2);
        return bottom == desk.table->model()->rowCount() - 1;
    };
    settle();
    timed("sort_by_last_name",
          [&] { header->setSortIndicator(ApplicationTableModel::NameColumn, Qt::AscendingOrder); });
    timed("sort_by_last_name_descending", [&] {
        header->setSortIndicator(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    });
    timed("jump_to_last_row_by_last_name", [&] { desk.table->scrollToBottom(); });
    std::printf("  (last row on screen: %s)\n", lastRowShown() ? "yes" : "NO");
    timed("sort_by_applied", [&] {
        header->setSortIndicator(ApplicationTableModel::AppliedColumn, Qt::DescendingOrder);
    });
    timed("jump_to_last_row_by_applied", [&] { desk.table->scrollToBottom(); });
    std::printf("  (last row on screen: %s)\n", lastRowShown() ? "yes" : "NO");
    // Refund today is quoted page by page for the active students on it
    // (ApplicationTableModel::quoteRefunds). Side by side: the middle of the active students
    // (every row quoted) and of the applied ones (about as many rows, none quoted), median of 5
    // jumps each, from the top.
    auto *model = qobject_cast<ApplicationTableModel *>(desk.table->model());
    if (!model)
        return 1;
    for (ApplicationStatus status : {ApplicationStatus::Applied, ApplicationStatus::Active}) {
        ApplicationFilter filter;
        filter.statuses = {status};
        (void)model->setFilter(filter);
        settle();
        QList<double> jumps;
        for (int i = 0; i < 5; ++i) {
            desk.table->scrollToTop();
            settle();
            QElapsedTimer t;
            t.start();
            const int row = model->rowCount() / 2 + i * ApplicationTableModel::PageSize;
            desk.table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            settle();
            jumps << t.nsecsElapsed() / 1e6;
        }
        const QByteArray name = "jump_to_middle_of_" + Statuses::machineName(status).toLatin1();
        print(name.constData(), percentile(jumps, 0.5), "ms");
    }
    print("peak_memory", peakMiB(), "MiB");
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const QString path = args.value(2);
    if (mode == QLatin1String("empty"))
        return emptyWindow();
    if (mode == QLatin1String("sqlquerymodel") && !path.isEmpty())
        return sqlQueryModel(path);
    if (mode == QLatin1String("window") && !path.isEmpty())
        return window(path);
    if (mode == QLatin1String("interact") && !path.isEmpty())
        return interact(path);
    std::fprintf(stderr,
                 "usage: bench_workbench empty | window DB | sqlquerymodel DB | interact DB\n");
    return 2;
}
