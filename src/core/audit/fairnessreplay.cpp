#include "audit/fairnessreplay.h"

#include "db/rowstream.h"
#include "db/sql.h"
#include "domain/timestamp.h"

#include <QHash>
#include <QMap>

#include <set>
#include <tuple>

namespace {
// A place in a cohort's queue, ordered as seats are offered: queue time, applied_at, id. The
// times are the stored text, which sorts as the times do.
using Place = std::tuple<QByteArray, QByteArray, qint64>;

struct Waiting
{
    qint64 cohortId = 0;
    Place place;
};

// Only the events that can change a queue or take a seat from one, with the application's
// times and cohort; the columns in the order the replay reads them.
const QString Events = QStringLiteral(
    "SELECT e.id, e.application_id, e.to_status, e.at, e.cohort_id, a.cohort_id, e.queue_at, "
    "a.qualified_at, a.applied_at FROM status_events e "
    "JOIN applications a ON a.id = e.application_id "
    "WHERE e.to_status IN ('waitlisted', 'offered') OR e.from_status = 'waitlisted' "
    "OR e.queue_at IS NOT NULL ORDER BY e.id");

QString text(const RowStream &row, int column)
{
    return QString::fromUtf8(row.column(column));
}
} // namespace

int FairnessReplay::Report::exceptionCount() const
{
    int count = 0;
    for (const CohortResult &cohort : cohorts)
        count += int(cohort.exceptions.size());
    return count;
}

Result<FairnessReplay::Report> FairnessReplay::run(qint64 cohortId) const
{
    auto names =
        Sql(m_connection)
            .rows<std::pair<qint64, QString>>(
                QStringLiteral("SELECT id, name FROM cohorts"), {}, [](const QSqlQuery &q) {
                    return std::pair(q.value(0).toLongLong(), q.value(1).toString());
                });
    if (!names)
        return names.error();
    QHash<qint64, QString> cohortNames;
    for (const auto &[id, name] : names.value())
        cohortNames.insert(id, name);

    RowStream events(m_connection);
    if (Status started = events.start(Events, {}); !started)
        return started.error();
    QHash<qint64, std::set<Place>> queues; // by cohort
    QHash<qint64, Waiting> waiting;        // by application
    QHash<qint64, QByteArray> returnedAt;  // a returned deferral's queue time, by application
    QMap<QString, CohortResult> results;   // by cohort name, for a report in that order
    Report report;
    while (events.next()) {
        const qint64 eventId = events.column(0).toLongLong();
        const qint64 application = events.column(1).toLongLong();
        const QByteArrayView to = events.column(2);
        const bool recorded = !events.isNull(4);
        const qint64 cohort = (recorded ? events.column(4) : events.column(5)).toLongLong();
        if (!events.isNull(6))
            returnedAt.insert(application, events.column(6).toByteArray());

        if (to == "offered" && (cohortId == 0 || cohort == cohortId)) {
            if (!recorded) {
                ++report.offersNotJudged;
            } else {
                const QString name = cohortNames.value(cohort, QString::number(cohort));
                CohortResult &result = results[name];
                result.cohortId = cohort;
                result.cohortName = name;
                ++result.offersChecked;
                const std::set<Place> &queue = queues[cohort];
                if (!queue.empty() && std::get<2>(*queue.begin()) != application)
                    result.exceptions
                        << Exception{eventId,     Timestamp::parse(text(events, 3)), cohort, name,
                                     application, std::get<2>(*queue.begin())};
            }
        }
        // Any move of a waiting application takes it out of its queue; a move to waitlisted
        // puts it (back) in at its queue time.
        if (auto was = waiting.find(application); was != waiting.end()) {
            queues[was->cohortId].erase(was->place);
            waiting.erase(was);
        }
        if (to == "waitlisted") {
            const QByteArray queueAt =
                returnedAt.value(application, events.column(7).toByteArray());
            const Waiting entry{cohort,
                                Place{queueAt, events.column(8).toByteArray(), application}};
            queues[cohort].insert(entry.place);
            waiting.insert(application, entry);
        }
    }
    if (const auto &error = events.error())
        return *error;
    report.cohorts = results.values();
    if (cohortId != 0 && report.cohorts.isEmpty())
        report.cohorts << CohortResult{cohortId, cohortNames.value(cohortId), 0, {}};
    return report;
}
