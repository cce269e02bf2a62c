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
            "AND ma.state = 'active') "
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

Result<qint64> MentorRepository::insertAssignment(qint64 applicationId, qint64 mentorId,
                                                  qint64 byUserId, const QDateTime &at)
{
    const QString when = Timestamp::format(at);
    return m_sql.insert(
        QStringLiteral("INSERT INTO mentor_assignments (application_id, mentor_id, state, "
                       "created_at, started_at, by_user_id) VALUES (?, ?, 'active', ?, ?, ?)"),
        {applicationId, mentorId, when, when, Sql::idOrNull(byUserId)});
}

Status MentorRepository::endCurrentAssignment(qint64 applicationId, const QDateTime &at)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE mentor_assignments SET state = 'ended', "
                                          "ended_at = ? WHERE application_id = ? "
                                          "AND state <> 'ended'"),
                           {Timestamp::format(at), applicationId});
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
