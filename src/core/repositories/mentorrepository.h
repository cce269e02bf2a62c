#pragma once

#include "db/sql.h"
#include "domain/mentor.h"
#include "domain/result.h"

#include <QList>
#include <optional>

class MentorRepository
{
public:
    explicit MentorRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const Mentor &mentor);
    Status update(const Mentor &mentor);
    Result<std::optional<Mentor>> find(qint64 id) const;
    // The mentor with this address, compared as ApplicantRepository::normalizedEmail does.
    Result<std::optional<Mentor>> findByEmail(const QString &email) const;
    // Every mentor with their active mentee count, by name.
    Result<QList<MentorLoad>> loads() const;
    // Active mentors of the track with their load.
    Result<QList<MentorLoad>> loadsForTrack(qint64 trackId) const;

    Result<qint64> insertAssignment(qint64 applicationId, qint64 mentorId, qint64 byUserId,
                                    const QDateTime &at);
    Status endCurrentAssignment(qint64 applicationId, const QDateTime &at);
    // The mentor currently assigned (active), if any.
    Result<std::optional<qint64>> currentMentor(qint64 applicationId) const;

private:
    Status writeTracks(qint64 mentorId, const QList<qint64> &trackIds);
    Result<QList<MentorLoad>> selectLoads(const QString &where, const QVariantList &values) const;

    Sql m_sql;
};
