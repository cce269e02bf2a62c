#include "reports/reportcohorts.h"

#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"

#include <QHash>

#include <algorithm>

bool ReportCohorts::selects(const ReportFilter &filter, const Cohort &cohort)
{
    return (!filter.from.isValid() || cohort.startsOn >= filter.from) &&
           (!filter.to.isValid() || cohort.startsOn <= filter.to) &&
           (filter.trackId == 0 || cohort.trackId == filter.trackId) &&
           (filter.cohortId == 0 || cohort.id == filter.cohortId);
}

Result<QList<ReportCohort>> ReportCohorts::list(const QString &connection,
                                                const ReportFilter &filter)
{
    const auto tracks = TrackRepository(connection).list();
    if (!tracks)
        return tracks.error();
    QHash<qint64, QString> codes;
    for (const Track &track : tracks.value())
        codes.insert(track.id, track.code);
    const auto cohorts = CohortRepository(connection).list();
    if (!cohorts)
        return cohorts.error();
    QList<ReportCohort> selected;
    for (const Cohort &cohort : cohorts.value()) {
        if (selects(filter, cohort))
            selected << ReportCohort{cohort, codes.value(cohort.trackId)};
    }
    std::stable_sort(selected.begin(), selected.end(),
                     [](const ReportCohort &a, const ReportCohort &b) {
                         return startsBefore(a.cohort, b.cohort);
                     });
    return selected;
}
