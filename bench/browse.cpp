// The applications list's pages under every sort, as the table reads them
// (ApplicationTableModel): for each sortable column and direction, the first page and the page
// at 25%, 50% and 75% of the list. Figures only: nothing here passes or fails.
//   bench_browse DB OUT_DIR [COLUMNS]   (COLUMNS: names, comma-separated; all without it)
// Prints "column direction position row first_id milliseconds" lines, median of 3 reads of the
// page (each from an empty cache), and writes OUT_DIR/column-direction-position.sql: the
// statements that read took, with their values bound, for bench/browse.sh to run in the sqlite3
// shell beside it.
#include "browse/applicationtablemodel.h"
#include "db/database.h"
#include "db/sqlitehandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

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
    if (const Status opened = database.open(args.at(1), Database::Check::Later,
                                            Database::Mode::ReadOnly);
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    StatementLog log;
    sqlite3_trace_v2(sqliteHandleOf(QSqlDatabase::database(database.connectionName(), false)),
                     SQLITE_TRACE_STMT, logStatement, &log);

    ApplicationTableModel model(database.connectionName());
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        if (!ApplicationTableModel::isSortable(column) ||
            (args.size() == 4 &&
             !args.at(3).split(QLatin1Char(',')).contains(QLatin1String(columnName(column)))))
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            const int rows = model.rowCount();
            for (const int percent : {0, 25, 50, 75}) {
                const int page = int(qint64(rows) * percent / 100) / ApplicationTableModel::PageSize;
                const int row = page * ApplicationTableModel::PageSize;
                QList<double> times;
                qint64 firstId = 0;
                for (int run = 0; run < 3; ++run) {
                    (void)model.refresh(); // the same count: empties the cache, keeps the query
                    log.statements.clear();
                    log.recording = true;
                    QElapsedTimer timer;
                    timer.start();
                    firstId = model.applicationId(row);
                    times << timer.nsecsElapsed() / 1e6;
                    log.recording = false;
                }
                std::sort(times.begin(), times.end());
                const QString label = QStringLiteral("%1-%2-%3")
                                          .arg(QLatin1String(columnName(column)),
                                               order == Qt::AscendingOrder ? "asc" : "desc")
                                          .arg(percent);
                QFile sql(args.at(2) + QLatin1Char('/') + label + QStringLiteral(".sql"));
                if (!sql.open(QIODevice::WriteOnly))
                    return 1;
                sql.write(log.statements.join(QStringLiteral(";\n")).toUtf8() + ";\n");
                std::printf("%s %s %d%% %d %lld %.2f\n", columnName(column),
                            order == Qt::AscendingOrder ? "asc" : "desc", percent, row,
                            static_cast<long long>(firstId), times.at(1));
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
