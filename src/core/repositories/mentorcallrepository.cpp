#include "repositories/mentorcallrepository.h"

#include "db/rowstream.h"
#include "domain/activity.h"
#include "domain/applicationstatus.h"
#include "domain/timestamp.h"

namespace {
QString mentorCallKind()
{
    return Activity::machineName(Activity::Kind::MentorCall);
}

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

Result<QList<MenteeCalls>> MentorCallRepository::menteeCalls(const QDateTime &since,
                                                             MenteeDetail detail) const
{
    return selectMenteeCalls({}, {}, since, detail);
}

Result<QList<MenteeCalls>> MentorCallRepository::menteeCallsOf(qint64 applicationId) const
{
    return selectMenteeCalls(QStringLiteral("AND a.id = ? "), {applicationId}, {},
                             MenteeDetail::NameAndLastCall);
}

Result<QList<MenteeCalls>> MentorCallRepository::selectMenteeCalls(const QString &where,
                                                                   const QVariantList &values,
                                                                   const QDateTime &since,
                                                                   MenteeDetail detail) const
{
    // Two queries that walk the active students in id order, each lookup moving forward
    // through applications and activities (starting from the assignments jumps about a
    // million-row file): the students with their confirmed mentor and latest call, then their
    // calls since `since` through activities(application_id, kind, at), a few per student,
    // never all activities. The calls are matched to the students in that order. The latest
    // call is the index's last entry (SQLite walks every call of the student for a max()).
    // Without the detail, the name and the latest call are not read at all: a lookup in
    // applicants and one in activities per student, most of the first query's time.
    // Both are read through RowStream: a QVariant and a parsed QDateTime per value were most of
    // the rest. `where` is one of this class's own constants, never user text.
    const QString active = Statuses::machineName(ApplicationStatus::Active);
    const bool named = detail == MenteeDetail::NameAndLastCall;
    QVariantList bound;
    if (named)
        bound << mentorCallKind();
    bound << active << values;
    RowStream students(m_connection);
    if (Status started = students.start(
            QStringLiteral("SELECT a.id, ma.mentor_id, ma.started_at, c.starts_on, ") +
                (named ? QStringLiteral(
                             "p.first_name || ' ' || p.last_name, "
                             "(SELECT l.at FROM activities l WHERE l.application_id = a.id "
                             "AND l.kind = ? ORDER BY l.at DESC LIMIT 1) ")
                       : QStringLiteral("'', NULL ")) +
                QStringLiteral("FROM applications a CROSS JOIN mentor_assignments ma "
                               "ON ma.application_id = a.id ") +
                (named ? QStringLiteral("JOIN applicants p ON p.id = a.applicant_id ")
                       : QString()) +
                QStringLiteral("LEFT JOIN cohorts c ON c.id = a.cohort_id "
                               "WHERE ma.state = 'active' AND a.status = ? ") +
                where + QStringLiteral("ORDER BY a.id"),
            bound);
        !started)
        return started.error();
    QList<MenteeCalls> mentees;
    while (students.next()) {
        MenteeCalls mentee;
        mentee.applicationId = students.column(0).toLongLong();
        mentee.mentorId = students.column(1).toLongLong();
        mentee.assignedAt = Timestamp::parse(students.column(2));
        mentee.cohortStartsOn = Timestamp::parseDate(students.column(3));
        mentee.studentName = QString::fromUtf8(students.column(4));
        mentee.lastCallAt = Timestamp::parse(students.column(5));
        mentees.append(std::move(mentee));
    }
    if (students.error())
        return *students.error();
    QVariantList callsBound{mentorCallKind(),
                            since.isValid() ? Timestamp::format(since) : QString(), active};
    callsBound << values;
    RowStream calls(m_connection);
    if (Status started = calls.start(
            QStringLiteral("SELECT a.id, v.at FROM applications a CROSS JOIN activities v "
                           "ON v.application_id = a.id AND v.kind = ? AND v.at >= ? "
                           "WHERE a.status = ? ") +
                where + QStringLiteral("ORDER BY a.id, v.at"),
            callsBound);
        !started)
        return started.error();
    auto mentee = mentees.begin();
    while (calls.next()) {
        const qint64 applicationId = calls.column(0).toLongLong();
        while (mentee != mentees.end() && mentee->applicationId < applicationId)
            ++mentee;
        // A student without a confirmed mentor has no promise to keep.
        if (mentee != mentees.end() && mentee->applicationId == applicationId)
            mentee->callsAt << Timestamp::parse(calls.column(1));
    }
    if (calls.error())
        return *calls.error();
    return mentees;
}
