#include "cohortcommands.h"

#include "console.h"
#include "invocation.h"

#include "clock.h"
#include "cohortrepository.h"
#include "database.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CohortCommands", text);
}
} // namespace

QList<CommandSpec> CohortCommands::commands()
{
    CommandSpec list;
    list.words = QStringList{QStringLiteral("cohort"), QStringLiteral("list")};
    list.summary = tr("List cohorts with seats taken, pending offers and waitlist.");
    list.description = tr("Prints every cohort by track and start date: its state, seats taken "
                          "of its capacity (offered, accepted, enrolled, active and refund "
                          "requested), offers pending and the length of its waitlist.");
    list.run = &CohortCommands::list;
    return {list};
}

int CohortCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    if (Status opened = invocation.openDatabase(); !opened)
        return console.fail(opened.error().text());
    const auto cohorts = CohortRepository(invocation.database().connectionName()).seatSummary();
    if (!cohorts)
        return console.fail(cohorts.error().text());
    QList<QStringList> rows;
    rows.reserve(cohorts.value().size());
    for (const CohortSeats &c : cohorts.value())
        rows << QStringList{c.trackCode,
                            c.cohort.name,
                            Timestamp::formatDate(c.cohort.startsOn),
                            c.cohort.state,
                            QStringLiteral("%1/%2").arg(c.seatsTaken).arg(c.cohort.capacity),
                            QString::number(c.offersPending),
                            QString::number(c.waitlisted)};
    console.table({tr("Track"), tr("Cohort"), tr("Starts"), tr("State"), tr("Seats"), tr("Offers"),
                   tr("Waitlist")},
                  rows);
    return Console::Done;
}
