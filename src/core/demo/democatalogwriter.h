#pragma once

#include "demo/democatalog.h"
#include "demo/democohort.h"
#include "demo/demodatagenerator.h"
#include "demo/demodice.h"
#include "demo/demonames.h"
#include "demo/demostatement.h"

#include <vector>

// Writes what the applications of a demo refer to: the tracks (kept where they exist), staff,
// the planned cohorts with their refund schedules, and mentors for their tracks. Draws from the
// main dice after the plan, in that order.
class DemoCatalogWriter
{
public:
    DemoCatalogWriter(QString connectionName, const DemoNames &names, DemoMainDice &dice,
                      DemoDataGenerator::Summary &summary);

    // Sets the cohorts' ids. anchorMs: the day the data is relative to, 00:00 UTC.
    Result<DemoCatalog> write(std::vector<DemoCohort> &cohorts, qint64 applicants, qint64 anchorMs);

private:
    Status writeTracks(DemoCatalog &catalog);
    Status writeStaff(DemoCatalog &catalog, qint64 applicants, qint64 anchorMs);
    Status writeCohorts(std::vector<DemoCohort> &cohorts, const DemoCatalog &catalog);
    Status writeMentors(const std::vector<DemoCohort> &cohorts, DemoCatalog &catalog);
    // The id of the row with the key values.first(), inserted unless it was there.
    static Result<qint64> idOf(DemoStatement &insert, DemoStatement &find,
                               const QVariantList &values);

    QString m_connection;
    const DemoNames &m_names;
    DemoMainDice &m_dice;
    DemoDataGenerator::Summary &m_summary;
};
