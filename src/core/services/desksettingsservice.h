#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/deskcalendar.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QTimeZone>

// The bootcamp's settings kept in the file, which every desk on it shares: its one time zone,
// which decides where a day ends for cohort dates (and, later, refund days and offer expiry),
// and the queue policy of deferrals. Anyone reads them; only an administrator changes them, and
// each change is audited.
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

    // The time zone of a web form's times written without an offset, by the form's source
    // (the form builder's name, as the import names it): the bootcamp's unless set.
    Result<QTimeZone> formTimeZone(const QString &source) const;
    Status setFormTimeZone(const QString &source, const QString &ianaId);

    // Whether a deferral that returns to its later cohort queues there at its original
    // qualification time (true, the default) or at the time it returned.
    Result<bool> deferralKeepsQualificationTime() const;
    Status setDeferralKeepsQualificationTime(bool keeps);

private:
    // The time zone `ianaId` names, or why it names none.
    static Result<QString> checkedZone(const QString &ianaId);
    // Stores one setting, audited, in a transaction of its own; nothing when it is unchanged.
    Status save(const QString &key, const QString &value);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
