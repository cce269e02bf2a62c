#include "reports/mentorloadreport.h"

#include "domain/callcadence.h"
#include "repositories/mentorrepository.h"
#include "repositories/trackrepository.h"
#include "services/mentorcallservice.h"

#include <QHash>
#include <QStringList>

Result<Report> MentorLoadReport::compute(const ReportContext &context)
{
    const MentorRepository mentors(context.connection);
    const qint64 trackId = context.filter.trackId;
    const auto loads = trackId != 0 ? mentors.loadsForTrack(trackId) : mentors.loads();
    if (!loads)
        return loads.error();
    // The report counts the mentees behind; it never names them.
    const auto cadences = MentorCallService::recentCadences(
        context.connection, context.calendar, MentorCallService::BehindMentees::Counted);
    if (!cadences)
        return cadences.error();
    QHash<qint64, MentorCadence> cadenceOf;
    for (const MentorCadence &cadence : cadences.value())
        cadenceOf.insert(cadence.mentorId, cadence);
    const auto tracks = TrackRepository(context.connection).list();
    if (!tracks)
        return tracks.error();
    QHash<qint64, QString> codes;
    for (const Track &track : tracks.value())
        codes.insert(track.id, track.code);

    Report report;
    ReportTable table{
        QStringLiteral("mentors"),
        tr("Mentors"),
        {{QStringLiteral("mentor"), tr("Mentor"), ReportValue::Text},
         {QStringLiteral("tracks"), tr("Tracks"), ReportValue::Text},
         {QStringLiteral("mentees"), tr("Mentees"), ReportValue::Count},
         {QStringLiteral("capacity"), tr("Capacity"), ReportValue::Count},
         {QStringLiteral("load_percent"), tr("Load %"), ReportValue::Percent},
         {QStringLiteral("calls_held"), tr("Calls held (%1 weeks)").arg(CallCadence::RecentWeeks),
          ReportValue::Count},
         {QStringLiteral("calls_promised"),
          tr("Calls promised (%1 weeks)").arg(CallCadence::RecentWeeks), ReportValue::Count},
         {QStringLiteral("mentees_behind"), tr("Mentees behind"), ReportValue::Count}},
        {}};
    for (const MentorLoad &load : loads.value()) {
        if (!load.mentor.active)
            continue;
        QStringList trackCodes;
        for (qint64 id : load.mentor.trackIds)
            trackCodes << codes.value(id);
        const MentorCadence cadence = cadenceOf.value(load.mentor.id);
        table.rows << QVariantList{load.mentor.name,
                                   trackCodes.join(QStringLiteral(", ")),
                                   load.takenSlots(),
                                   load.capacity(),
                                   ReportCell::percent(load.takenSlots(), load.capacity()),
                                   cadence.weeksHeld,
                                   cadence.weeksDue,
                                   qint64(cadence.behindMentees.size())};
    }
    report.tables << table;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {2, 3};
    report.chart.valueAxisTitle = tr("Mentees");
    report.notes
        << tr("Mentees: active and proposed assignments. Capacity: the smaller of the mentor's "
              "maximum of mentees and weekly call slots.")
        << tr("Calls promised: one a week for each active student with a confirmed mentor, over "
              "the last %1 completed weeks, from the week the assignment (or the cohort) began. "
              "Calls held: those weeks with a call. A mentee is behind when the last completed "
              "week had no call.")
               .arg(CallCadence::RecentWeeks);
    return report;
}
