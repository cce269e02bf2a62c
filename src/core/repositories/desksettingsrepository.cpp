#include "repositories/desksettingsrepository.h"

Result<std::optional<QString>> DeskSettingsRepository::value(const QString &key) const
{
    return m_sql.row<QString>(QStringLiteral("SELECT value FROM desk_settings WHERE key = ?"),
                              {key}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Status DeskSettingsRepository::setValue(const QString &key, const QString &value)
{
    auto done = m_sql.exec(QStringLiteral("INSERT INTO desk_settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value});
    if (!done)
        return done.error();
    return {};
}
