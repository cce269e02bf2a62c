// Each part of `check` alone (DatabaseCheck::run(Part)), on one read-only connection, one after
// another: what each costs, for bench/check.sh to print beside SQLite's own integrity check.
// Figures only: nothing here passes or fails.
//   bench_check DB [PART...]   (PART: integrity, foreign-keys, …, audit-chain, fairness-replay;
//                               every part without one)
// Prints "part seconds problems" lines.
#include "db/database.h"
#include "db/databasecheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_check DB [PART...]\n");
        return 2;
    }
    Database database;
    if (const Status opened = database.open(args.at(1), Database::Check::Later,
                                            Database::Mode::ReadOnly);
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    const QStringList wanted = args.mid(2);
    const DatabaseCheck check(database.connectionName());
    for (DatabaseCheck::Part part : DatabaseCheck::parts()) {
        const QString key = DatabaseCheck::keyOf(part);
        if (!wanted.isEmpty() && !wanted.contains(key))
            continue;
        QElapsedTimer timer;
        timer.start();
        const auto found = check.run(part);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!found) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(key), qPrintable(found.error().text()));
            return 1;
        }
        std::printf("%s %.3f %lld\n", qPrintable(key), seconds,
                    static_cast<long long>(found.value().size()));
        std::fflush(stdout);
    }
    return 0;
}
