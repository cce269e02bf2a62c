#include "repositories/trackrepository.h"

namespace {
const QString Select = QStringLiteral("SELECT id, code, name, active FROM tracks ");

Track trackFrom(const QSqlQuery &q)
{
    return Track{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toBool()};
}
} // namespace

Result<qint64> TrackRepository::insert(const Track &track)
{
    return m_sql.insert(QStringLiteral("INSERT INTO tracks (code, name, active) VALUES (?, ?, ?)"),
                        {track.code.trimmed(), track.name.trimmed(), track.active});
}

Status TrackRepository::update(const Track &track)
{
    auto done =
        m_sql.exec(QStringLiteral("UPDATE tracks SET code = ?, name = ?, active = ? WHERE id = ?"),
                   {track.code.trimmed(), track.name.trimmed(), track.active, track.id});
    if (!done)
        return done.error();
    return {};
}

Result<QList<Track>> TrackRepository::list() const
{
    return m_sql.rows<Track>(Select + QStringLiteral("ORDER BY name"), {}, trackFrom);
}

Result<std::optional<Track>> TrackRepository::find(qint64 id) const
{
    return m_sql.row<Track>(Select + QStringLiteral("WHERE id = ?"), {id}, trackFrom);
}

Result<std::optional<Track>> TrackRepository::findByCode(const QString &code) const
{
    return m_sql.row<Track>(Select + QStringLiteral("WHERE code = ?"), {code.trimmed()}, trackFrom);
}

Result<QList<TrackUsage>> TrackRepository::usage() const
{
    // Both counts walk an index (cohorts_track, applications_track).
    return m_sql.rows<TrackUsage>(
        QStringLiteral("SELECT id, code, name, active, "
                       "(SELECT count(*) FROM cohorts c WHERE c.track_id = t.id), "
                       "(SELECT count(*) FROM applications a WHERE a.track_id = t.id) "
                       "FROM tracks t ORDER BY code"),
        {}, [](const QSqlQuery &q) {
            return TrackUsage{trackFrom(q), q.value(4).toInt(), q.value(5).toInt()};
        });
}
