#pragma once

#include "db/sql.h"
#include "domain/result.h"
#include "domain/track.h"

#include <QList>
#include <optional>

class TrackRepository
{
public:
    explicit TrackRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const Track &track);
    Status update(const Track &track);
    Result<QList<Track>> list() const;
    Result<std::optional<Track>> find(qint64 id) const;
    Result<std::optional<Track>> findByCode(const QString &code) const;
    // Every track with its number of cohorts and of applications, by code.
    Result<QList<TrackUsage>> usage() const;

private:
    Sql m_sql;
};
