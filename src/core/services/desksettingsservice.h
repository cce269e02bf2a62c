#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/deskcalendar.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QTimeZone>

// The bootcamp's settings kept in the file, which every desk on it shares: for now its one
// time zone, which decides where a day ends for cohort dates (and, later, refund days and offer
// expiry). Anyone reads them; only an administrator changes them, and each change is audited.
class DeskSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(DeskSettingsService)

public:
    DeskSettingsService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // The bootcamp's time zone; UTC for a file that lost its setting.
    Result<QTimeZone> timeZone() const;
    // The bootcamp's days by this service's clock.
    Result<DeskCalendar> calendar() const;
    // The bootcamp's date now, for a service that only needs that.
    static Result<QDate> today(const QString &connectionName, const Clock &clock);
    // Makes `ianaId` ("Asia/Tokyo") the bootcamp's time zone.
    Status setTimeZone(const QString &ianaId);

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
