#pragma once

#include "db/sql.h"
#include "domain/mentor.h"
#include "domain/mentorassignment.h"
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
    // Every mentor with their active and proposed mentee counts, by name.
    Result<QList<MentorLoad>> loads() const;
    // Active mentors of the track with their load.
    Result<QList<MentorLoad>> loadsForTrack(qint64 trackId) const;

    // A new current assignment, proposed or active (started at `at`).
    Result<qint64> insertAssignment(qint64 applicationId, qint64 mentorId,
                                    MentorAssignment::State state, qint64 byUserId,
                                    const QDateTime &at);
    // Proposed -> active, by whom and when.
    Status confirmAssignment(qint64 assignmentId, qint64 byUserId, const QDateTime &at);
    Status endCurrentAssignment(qint64 applicationId, const QDateTime &at, const QString &cause);
    // The mentor currently assigned (active), if any.
    Result<std::optional<qint64>> currentMentor(qint64 applicationId) const;
    // The application's current (proposed or active) assignment, if any.
    Result<std::optional<MentorAssignment>> currentAssignment(qint64 applicationId) const;
    // The application's latest assignment, current or ended, if it ever had one.
    Result<std::optional<MentorAssignment>> latestAssignment(qint64 applicationId) const;
    // The current assignments of the cohort's applications.
    Result<QList<MentorAssignment>> currentInCohort(qint64 cohortId) const;

private:
    Status writeTracks(qint64 mentorId, const QList<qint64> &trackIds);
    Result<QList<MentorLoad>> selectLoads(const QString &where, const QVariantList &values) const;
    Result<QList<MentorAssignment>> selectAssignments(const QString &where,
                                                      const QVariantList &values) const;

    Sql m_sql;
};
