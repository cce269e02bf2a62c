#include "repositories/mentorcallrepository.h"

#include "domain/activity.h"
#include "domain/applicationstatus.h"
#include "domain/timestamp.h"

namespace {
QString mentorCallKind()
{
    return Activity::machineName(Activity::Kind::MentorCall);
}

// One row of the cadence query: a student and one of their calls (none: an invalid time).
struct CallRow
{
    MenteeCalls mentee;
    QDateTime callAt;
};
} // namespace

Result<QList<MentorCall>> MentorCallRepository::calls(qint64 applicationId) const
{
    return m_sql.rows<MentorCall>(
        QStringLiteral("SELECT v.id, v.application_id, coalesce(v.mentor_id, 0), "
                       "coalesce(m.name, ''), v.at, v.summary, coalesce(u.username, '') "
                       "FROM activities v LEFT JOIN mentors m ON m.id = v.mentor_id "
                       "LEFT JOIN staff_users u ON u.id = v.by_user_id "
                       "WHERE v.application_id = ? AND v.kind = ? ORDER BY v.at DESC, v.id DESC"),
        {applicationId, mentorCallKind()}, [](const QSqlQuery &q) {
            MentorCall call;
            call.activityId = q.value(0).toLongLong();
            call.applicationId = q.value(1).toLongLong();
            call.mentorId = q.value(2).toLongLong();
            call.mentorName = q.value(3).toString();
            call.at = Timestamp::parse(q.value(4).toString());
            call.note = q.value(5).toString();
            call.byUsername = q.value(6).toString();
            return call;
        });
}

Result<QList<MenteeCalls>> MentorCallRepository::menteeCalls(const QDateTime &since) const
{
    return selectMenteeCalls({}, {}, since);
}

Result<QList<MenteeCalls>> MentorCallRepository::menteeCallsOf(qint64 applicationId) const
{
    return selectMenteeCalls(QStringLiteral("AND ma.application_id = ? "), {applicationId}, {});
}

Result<QList<MenteeCalls>> MentorCallRepository::selectMenteeCalls(const QString &where,
                                                                   const QVariantList &values,
                                                                   const QDateTime &since) const
{
    // The calls come through activities(application_id, kind, at), a few per student, so the
    // query reads the current assignments and their recent calls, never all activities.
    // `where` is one of this class's own constants, never user text.
    QVariantList bound{mentorCallKind(), mentorCallKind(),
                       since.isValid() ? Timestamp::format(since) : QString(),
                       Statuses::machineName(ApplicationStatus::Active)};
    bound << values;
    auto rows = m_sql.rows<CallRow>(
        QStringLiteral(
            "SELECT ma.application_id, ma.mentor_id, ma.started_at, c.starts_on, "
            "p.first_name || ' ' || p.last_name, "
            "(SELECT max(l.at) FROM activities l WHERE l.application_id = ma.application_id "
            "AND l.kind = ?), v.at "
            "FROM mentor_assignments ma JOIN applications a ON a.id = ma.application_id "
            "JOIN applicants p ON p.id = a.applicant_id "
            "LEFT JOIN cohorts c ON c.id = a.cohort_id "
            "LEFT JOIN activities v ON v.application_id = ma.application_id AND v.kind = ? "
            "AND v.at >= ? "
            "WHERE ma.state = 'active' AND a.status = ? ") +
            where + QStringLiteral("ORDER BY ma.application_id, v.at"),
        bound, [](const QSqlQuery &q) {
            CallRow row;
            row.mentee.applicationId = q.value(0).toLongLong();
            row.mentee.mentorId = q.value(1).toLongLong();
            row.mentee.assignedAt = Timestamp::parse(q.value(2).toString());
            row.mentee.cohortStartsOn = Timestamp::parseDate(q.value(3).toString());
            row.mentee.studentName = q.value(4).toString();
            row.mentee.lastCallAt = Timestamp::parse(q.value(5).toString());
            row.callAt = Timestamp::parse(q.value(6).toString());
            return row;
        });
    if (!rows)
        return rows.error();
    QList<MenteeCalls> mentees;
    for (const CallRow &row : rows.value()) {
        if (mentees.isEmpty() || mentees.last().applicationId != row.mentee.applicationId)
            mentees << row.mentee;
        if (row.callAt.isValid())
            mentees.last().callsAt << row.callAt;
    }
    return mentees;
}
