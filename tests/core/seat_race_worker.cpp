// One desk in the last-seat race: opens the file, says "ready", then for every application id
// read from stdin qualifies it and prints "ID STATUS", until stdin closes. The test hands both
// desks their line at the same moment, round after round.
#include "db/database.h"
#include "repositories/applicationrepository.h"
#include "services/statusservice.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: seat_race_worker DB STAFF_USER_ID\n");
        return 2;
    }
    Database db;
    if (const Status opened = db.open(args.at(1)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    QTextStream out(stdout);
    QTextStream in(stdin);
    out << "ready" << Qt::endl;
    StatusService service(db.connectionName(), Actor{args.at(2).toLongLong(), QStringLiteral("race")});
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        const qint64 id = line.toLongLong();
        auto events = service.changeStatus(id, ApplicationStatus::Qualified);
        if (!events) {
            std::fprintf(stderr, "%s\n", qPrintable(events.error().text()));
            return 1;
        }
        auto application = ApplicationRepository(db.connectionName()).find(id);
        if (!application || !application.value())
            return 1;
        out << id << ' ' << Statuses::machineName(application.value()->status) << Qt::endl;
    }
    return 0;
}
