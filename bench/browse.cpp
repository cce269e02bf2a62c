// The applications list's pages under every sort, as the table reads them
// (ApplicationTableModel): for each sortable column and direction, the first page and the page
// at 25%, 50% and 75% of the list, read at an offset (before the anchors are recorded) and on
// from the page's anchor. Figures only: nothing here passes or fails.
//   bench_browse DB OUT_DIR [COLUMNS]   (COLUMNS: names, comma-separated; all without it)
// Prints "column direction position row offset_ms anchored_ms pass_ms" lines: medians of 3
// reads of the page from an empty cache (anchored, a page five further on each run), and the
// time from a refresh to the anchors being recorded. Writes the statements they took, with
// their values bound, for bench/browse.sh to run in the sqlite3 shell beside them:
// OUT_DIR/column-direction-position.sql (at an offset), …-position.seek.sql (anchored) and
// column-direction.anchors.sql (the pass).
#include "browse/applicationtablemodel.h"
#include "db/database.h"
#include "db/sqlitehandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
// Every statement the connection runs, with its values bound, while `recording` is on.
struct StatementLog
{
    bool recording = false;
    QStringList statements;
};

int logStatement(unsigned, void *context, void *statement, void *)
{
    auto *log = static_cast<StatementLog *>(context);
    if (!log->recording)
        return 0;
    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        log->statements << QString::fromUtf8(sql);
        sqlite3_free(sql);
    }
    return 0;
}

// The page that holds the row at `percent` of the list.
int pageOf(int rows, int percent)
{
    return int(qint64(rows) * percent / 100) / ApplicationTableModel::PageSize;
}

const char *columnName(int column)
{
    static const char *names[] = {"id",     "name",  "email",   "phone",       "track", "cohort",
                                  "status", "owner", "applied", "last_change", "score"};
    return names[column];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: bench_browse DB OUT_DIR [COLUMNS]\n");
        return 2;
    }
    Database database;
    if (const Status opened =
            database.open(args.at(1), Database::Check::Later, Database::Mode::ReadOnly);
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    StatementLog log;
    sqlite3_trace_v2(sqliteHandleOf(QSqlDatabase::database(database.connectionName(), false)),
                     SQLITE_TRACE_STMT, logStatement, &log);

    ApplicationTableModel model(database.connectionName());
    const auto write = [&args](const QString &name, const QStringList &statements) {
        QFile file(args.at(2) + QLatin1Char('/') + name);
        return file.open(QIODevice::WriteOnly) &&
               file.write(statements.join(QStringLiteral(";\n")).toUtf8() + ";\n") > 0;
    };
    // The median of three reads of a page from an empty cache (beforeRun empties it, or the
    // run reads another page); the statements and the first id of the first run.
    const auto timePage = [&](const std::function<int(int run)> &rowOfRun,
                              const std::function<void()> &beforeRun, qint64 &firstId) {
        QList<double> times;
        QStringList statements;
        for (int run = 0; run < 3; ++run) {
            beforeRun();
            log.statements.clear();
            log.recording = true;
            QElapsedTimer timer;
            timer.start();
            const qint64 id = model.applicationId(rowOfRun(run));
            times << timer.nsecsElapsed() / 1e6;
            log.recording = false;
            if (run == 0) {
                statements = log.statements;
                firstId = id;
            }
        }
        std::sort(times.begin(), times.end());
        return std::make_pair(times.at(1), statements);
    };
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        if (!ApplicationTableModel::isSortable(column) ||
            (args.size() == 4 &&
             !args.at(3).split(QLatin1Char(',')).contains(QLatin1String(columnName(column)))))
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString sort = QStringLiteral("%1-%2").arg(
                QLatin1String(columnName(column)),
                QLatin1String(order == Qt::AscendingOrder ? "asc" : "desc"));
            model.sort(column, order);
            const int rows = model.rowCount();
            const int pages =
                (rows + ApplicationTableModel::PageSize - 1) / ApplicationTableModel::PageSize;
            QList<std::pair<double, QStringList>> atOffset;
            QList<qint64> firstIds;
            for (const int percent : {0, 25, 50, 75}) {
                const int row = pageOf(rows, percent) * ApplicationTableModel::PageSize;
                qint64 firstId = 0;
                // refresh(): the same count empties the cache and forgets the anchors.
                atOffset << timePage([row](int) { return row; },
                                     [&model] { (void)model.refresh(); }, firstId);
                firstIds << firstId;
            }

            // The pass that records every page's first row, then pages read on from them.
            (void)model.refresh();
            QElapsedTimer pass;
            pass.start();
            QEventLoop waiting;
            QObject::connect(&model, &ApplicationTableModel::anchorsReady, &waiting,
                             &QEventLoop::quit);
            waiting.exec();
            const double passMs = pass.nsecsElapsed() / 1e6;
            QString anchors = model.query().anchorsSql();
            anchors.replace(QLatin1Char('?'), QString::number(ApplicationTableModel::PageSize));
            if (!write(sort + QStringLiteral(".anchors.sql"), {anchors}))
                return 1;
            for (int i = 0; i < 4; ++i) {
                const int percent = i * 25;
                const int page = pageOf(rows, percent);
                qint64 firstId = 0;
                // A page five further on each run (back, near the end), so that none is kept
                // from the run before.
                const auto seek = timePage(
                    [page, pages](int run) {
                        const int further =
                            page + 5 * run < pages ? page + 5 * run : qMax(0, page - 5 * run);
                        return further * ApplicationTableModel::PageSize;
                    },
                    [] {}, firstId);
                const QString label = sort + QStringLiteral("-%1").arg(percent);
                if (firstId != firstIds.at(i)) {
                    std::fprintf(stderr, "%s: the anchored page starts at %lld, not %lld\n",
                                 qPrintable(label), static_cast<long long>(firstId),
                                 static_cast<long long>(firstIds.at(i)));
                    return 1;
                }
                if (!write(label + QStringLiteral(".sql"), atOffset.at(i).second) ||
                    !write(label + QStringLiteral(".seek.sql"), seek.second))
                    return 1;
                std::printf("%s %s %d%% %d %.2f %.2f %.1f\n", columnName(column),
                            order == Qt::AscendingOrder ? "asc" : "desc", percent,
                            page * ApplicationTableModel::PageSize, atOffset.at(i).first,
                            seek.first, passMs);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
