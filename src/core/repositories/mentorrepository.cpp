#include "repositories/mentorrepository.h"

#include "domain/timestamp.h"
#include "repositories/applicantrepository.h"

#include <QStringList>

Result<qint64> MentorRepository::insert(const Mentor &m)
{
    auto id = m_sql.insert(QStringLiteral("INSERT INTO mentors (name, email, email_norm, "
                                          "time_zone, weekly_slots, max_active_mentees, active) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {m.name.trimmed(), m.email.trimmed(),
                            ApplicantRepository::normalizedEmail(m.email), m.timeZone.trimmed(),
                            m.weeklySlots, m.maxActiveMentees, m.active});
    if (!id)
        return id;
    if (auto tracks = writeTracks(id.value(), m.trackIds); !tracks)
        return tracks.error();
    return id;
}

Status MentorRepository::update(const Mentor &m)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE mentors SET name = ?, email = ?, email_norm = ?, "
                                          "time_zone = ?, weekly_slots = ?, "
                                          "max_active_mentees = ?, active = ? WHERE id = ?"),
                           {m.name.trimmed(), m.email.trimmed(),
                            ApplicantRepository::normalizedEmail(m.email), m.timeZone.trimmed(),
                            m.weeklySlots, m.maxActiveMentees, m.active, m.id});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Mentor %1 does not exist").arg(m.id), {}};
    return writeTracks(m.id, m.trackIds);
}

Status MentorRepository::writeTracks(qint64 mentorId, const QList<qint64> &trackIds)
{
    if (auto cleared =
            m_sql.exec(QStringLiteral("DELETE FROM mentor_tracks WHERE mentor_id = ?"), {mentorId});
        !cleared)
        return cleared.error();
    for (qint64 trackId : trackIds) {
        auto added = m_sql.exec(
            QStringLiteral("INSERT INTO mentor_tracks (mentor_id, track_id) VALUES (?, ?)"),
            {mentorId, trackId});
        if (!added)
            return added.error();
    }
    return {};
}

Result<QList<MentorLoad>> MentorRepository::selectLoads(const QString &where,
                                                        const QVariantList &values) const
{
    // `where` is one of this class's own constants, never user text.
    return m_sql.rows<MentorLoad>(
        QStringLiteral(
            "SELECT m.id, m.name, m.email, m.time_zone, m.weekly_slots, m.max_active_mentees, "
            "m.active, (SELECT group_concat(track_id) FROM mentor_tracks mt "
            "WHERE mt.mentor_id = m.id), "
            "(SELECT count(*) FROM mentor_assignments ma WHERE ma.mentor_id = m.id "
            "AND ma.state = 'active'), "
            "(SELECT count(*) FROM mentor_assignments ma WHERE ma.mentor_id = m.id "
            "AND ma.state = 'proposed') "
            "FROM mentors m ") +
            where + QStringLiteral(" ORDER BY m.name, m.id"),
        values, [](const QSqlQuery &q) {
            MentorLoad load;
            Mentor &m = load.mentor;
            m.id = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.email = q.value(2).toString();
            m.timeZone = q.value(3).toString();
            m.weeklySlots = q.value(4).toInt();
            m.maxActiveMentees = q.value(5).toInt();
            m.active = q.value(6).toBool();
            const QStringList tracks =
                q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &track : tracks)
                m.trackIds << track.toLongLong();
            std::sort(m.trackIds.begin(), m.trackIds.end());
            load.activeMentees = q.value(8).toInt();
            load.proposedMentees = q.value(9).toInt();
            return load;
        });
}

Result<std::optional<Mentor>> MentorRepository::find(qint64 id) const
{
    auto loads = selectLoads(QStringLiteral("WHERE m.id = ?"), {id});
    if (!loads)
        return loads.error();
    if (loads.value().isEmpty())
        return std::optional<Mentor>();
    return std::optional<Mentor>(loads.value().first().mentor);
}

Result<std::optional<Mentor>> MentorRepository::findByEmail(const QString &email) const
{
    auto loads = selectLoads(QStringLiteral("WHERE m.email_norm = ?"),
                             {ApplicantRepository::normalizedEmail(email)});
    if (!loads)
        return loads.error();
    if (loads.value().isEmpty())
        return std::optional<Mentor>();
    return std::optional<Mentor>(loads.value().first().mentor);
}

Result<QList<MentorLoad>> MentorRepository::loads() const
{
    return selectLoads({}, {});
}

Result<QList<MentorLoad>> MentorRepository::loadsForTrack(qint64 trackId) const
{
    return selectLoads(QStringLiteral("WHERE m.active = 1 AND EXISTS (SELECT 1 FROM mentor_tracks "
                                      "mt WHERE mt.mentor_id = m.id AND mt.track_id = ?)"),
                       {trackId});
}

namespace {
const char *stateName(MentorAssignment::State state)
{
    switch (state) {
    case MentorAssignment::State::Proposed:
        return "proposed";
    case MentorAssignment::State::Active:
        return "active";
    case MentorAssignment::State::Ended:
        break;
    }
    return "ended";
}

MentorAssignment::State stateOf(const QString &name)
{
    if (name == QLatin1String("proposed"))
        return MentorAssignment::State::Proposed;
    if (name == QLatin1String("active"))
        return MentorAssignment::State::Active;
    return MentorAssignment::State::Ended;
}
} // namespace

Result<qint64> MentorRepository::insertAssignment(qint64 applicationId, qint64 mentorId,
                                                  MentorAssignment::State state, qint64 byUserId,
                                                  const QDateTime &at)
{
    const QString when = Timestamp::format(at);
    const bool active = state == MentorAssignment::State::Active;
    return m_sql.insert(
        QStringLiteral("INSERT INTO mentor_assignments (application_id, mentor_id, state, "
                       "created_at, started_at, by_user_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {applicationId, mentorId, QString::fromLatin1(stateName(state)), when,
         active ? QVariant(when) : QVariant(QMetaType::fromType<QString>()),
         Sql::idOrNull(byUserId)});
}

Status MentorRepository::confirmAssignment(qint64 assignmentId, qint64 byUserId,
                                           const QDateTime &at)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE mentor_assignments SET state = 'active', "
                                          "started_at = ?, confirmed_by_user_id = ? "
                                          "WHERE id = ? AND state = 'proposed'"),
                           {Timestamp::format(at), Sql::idOrNull(byUserId), assignmentId});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Mentor assignment %1 is not proposed").arg(assignmentId), {}};
    return {};
}

Status MentorRepository::endCurrentAssignment(qint64 applicationId, const QDateTime &at,
                                              const QString &cause)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE mentor_assignments SET state = 'ended', "
                                          "ended_at = ?, end_cause = ? WHERE application_id = ? "
                                          "AND state <> 'ended'"),
                           {Timestamp::format(at), cause, applicationId});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<qint64>> MentorRepository::currentMentor(qint64 applicationId) const
{
    return m_sql.row<qint64>(QStringLiteral("SELECT mentor_id FROM mentor_assignments "
                                            "WHERE application_id = ? AND state = 'active'"),
                             {applicationId},
                             [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<QList<MentorAssignment>>
MentorRepository::selectAssignments(const QString &where, const QVariantList &values) const
{
    // `where` is one of this class's own constants, never user text.
    return m_sql.rows<MentorAssignment>(
        QStringLiteral("SELECT ma.id, ma.application_id, ma.mentor_id, m.name, ma.state, "
                       "ma.created_at, ma.started_at, ma.ended_at, ma.end_cause "
                       "FROM mentor_assignments ma JOIN mentors m ON m.id = ma.mentor_id ") +
            where,
        values, [](const QSqlQuery &q) {
            MentorAssignment a;
            a.id = q.value(0).toLongLong();
            a.applicationId = q.value(1).toLongLong();
            a.mentorId = q.value(2).toLongLong();
            a.mentorName = q.value(3).toString();
            a.state = stateOf(q.value(4).toString());
            a.createdAt = Timestamp::parse(q.value(5).toString());
            a.startedAt = Timestamp::parse(q.value(6).toString());
            a.endedAt = Timestamp::parse(q.value(7).toString());
            a.endCause = q.value(8).toString();
            return a;
        });
}

Result<std::optional<MentorAssignment>>
MentorRepository::currentAssignment(qint64 applicationId) const
{
    auto found = selectAssignments(
        QStringLiteral("WHERE ma.application_id = ? AND ma.state <> 'ended'"), {applicationId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<MentorAssignment>();
    return std::optional<MentorAssignment>(found.value().first());
}

Result<std::optional<MentorAssignment>>
MentorRepository::latestAssignment(qint64 applicationId) const
{
    auto found = selectAssignments(
        QStringLiteral("WHERE ma.application_id = ? ORDER BY ma.id DESC LIMIT 1"), {applicationId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<MentorAssignment>();
    return std::optional<MentorAssignment>(found.value().first());
}

Result<QList<MentorAssignment>> MentorRepository::currentInCohort(qint64 cohortId) const
{
    return selectAssignments(
        QStringLiteral("JOIN applications a ON a.id = ma.application_id "
                       "WHERE a.cohort_id = ? AND ma.state <> 'ended' ORDER BY ma.application_id"),
        {cohortId});
}
