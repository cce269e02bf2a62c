#pragma once

#include "db/sql.h"
#include "domain/result.h"

#include <optional>

// The bootcamp's settings kept in the file (desk_settings), one value a key.
class DeskSettingsRepository
{
public:
    // The IANA time zone that decides the bootcamp's days (Database writes its first value).
    static QString timeZoneKey() { return QStringLiteral("time_zone"); }
    // "true" or "false": whether a deferral that returns keeps its original qualification time
    // as its place in the queue (unset: true).
    static QString deferralKeepsQualificationTimeKey()
    {
        return QStringLiteral("deferral_keeps_qualification_time");
    }

    // The IANA time zone of one web form's times without an offset, by its source (the form
    // builder's name: "Gravity Forms"); unset: the bootcamp's.
    static QString formTimeZoneKey(const QString &source)
    {
        return QStringLiteral("form_time_zone:") + source;
    }

    explicit DeskSettingsRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    // Nothing when the key was never set.
    Result<std::optional<QString>> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    Sql m_sql;
};
