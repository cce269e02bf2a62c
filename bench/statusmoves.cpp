// A bulk status change through StatusService, timed: what every move costs the file's triggers
// and indexes (the reports' summaries among them). The file is opened as it is, never upgraded,
// so that one program times a file before a migration and a copy after it.
// Figures only: nothing here passes or fails.
//   ADMISSIONS_DESK_TOKEN=… bench_statusmoves DB FROM TO COUNT [SKIP]
// moves the first COUNT applications in FROM (by id, after SKIP of them) to TO in one
// transaction, and prints "moved seconds".
#include "domain/applicationstatus.h"
#include "services/signin.h"
#include "services/statusservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {
const QString Connection = QStringLiteral("bench");

// The desk's own connection settings (Database::configureConnection), without its upgrade.
QString openAsItIs(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db.lastError().text();
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON", "PRAGMA journal_mode = WAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return query.lastError().text();
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto from = args.size() >= 5 ? Statuses::fromMachineName(args.at(2)) : std::nullopt;
    const auto to = args.size() >= 5 ? Statuses::fromMachineName(args.at(3)) : std::nullopt;
    if (!from || !to) {
        std::fprintf(stderr, "usage: bench_statusmoves DB FROM TO COUNT [SKIP]\n");
        return 2;
    }
    if (const QString failed = openAsItIs(args.at(1)); !failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failed));
        return 1;
    }
    QList<qint64> ids;
    {
        QSqlQuery query(QSqlDatabase::database(Connection));
        query.prepare(QStringLiteral("SELECT id FROM applications WHERE status = ? ORDER BY id "
                                     "LIMIT ? OFFSET ?"));
        query.addBindValue(args.at(2));
        query.addBindValue(args.at(4).toLongLong());
        query.addBindValue(args.size() > 5 ? args.at(5).toLongLong() : 0);
        if (!query.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 1;
        }
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    const auto in = SignIn(Connection).withToken(qEnvironmentVariable(SignIn::TokenVariable));
    if (!in) {
        std::fprintf(stderr, "%s\n", qPrintable(in.error().text()));
        return 1;
    }
    StatusService statuses(Connection, in->actor);
    QElapsedTimer timer;
    timer.start();
    const auto moved = statuses.changeStatuses(ids, *to, QStringLiteral("bench"));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!moved) {
        std::fprintf(stderr, "%s\n", qPrintable(moved.error().text()));
        return 1;
    }
    std::printf("%lld %.3f\n", static_cast<long long>(moved->changed.size()), seconds);
    return 0;
}
