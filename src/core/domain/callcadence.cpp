#include "domain/callcadence.h"

#include "domain/timestamp.h"

#include <QHash>
#include <QSet>

QString MenteeCadence::describe() const
{
    if (weeksDue == 0)
        return CallCadence::tr("no completed week yet");
    if (!behind)
        return CallCadence::tr("%1 of %2 weeks with a call").arg(weeksHeld).arg(weeksDue);
    const QString week =
        CallCadence::tr("behind: no call in the week of %1").arg(Timestamp::formatDate(lastWeek));
    return lastCall.isValid()
               ? CallCadence::tr("%1; last call %2").arg(week, Timestamp::formatDate(lastCall))
               : CallCadence::tr("%1; no call yet").arg(week);
}

QDate CallCadence::windowStart(int windowWeeks) const
{
    return windowWeeks > 0 ? lastCompletedWeek().addDays(-7 * (windowWeeks - 1)) : QDate();
}

SpanDays CallCadence::windowDays(int windowWeeks) const
{
    if (windowWeeks <= 0)
        return SpanDays(m_calendar, {}, {});
    return SpanDays(m_calendar, m_calendar.startOf(windowStart(windowWeeks)),
                    m_calendar.startOf(lastCompletedWeek().addDays(7)));
}

MenteeCadence CallCadence::ofMentee(const MenteeCalls &calls, int windowWeeks) const
{
    return ofMentee(calls, windowWeeks, windowDays(windowWeeks));
}

MenteeCadence CallCadence::ofMentee(const MenteeCalls &calls, int windowWeeks,
                                    const SpanDays &days) const
{
    MenteeCadence cadence;
    cadence.applicationId = calls.applicationId;
    cadence.studentName = calls.studentName;
    cadence.mentorId = calls.mentorId;
    if (calls.lastCallAt.isValid())
        cadence.lastCall = m_calendar.dayOf(calls.lastCallAt);
    QDate from = weekOf(days.dayOf(calls.assignedAt));
    if (calls.cohortStartsOn.isValid())
        from = std::max(from, weekOf(calls.cohortStartsOn));
    if (windowWeeks > 0)
        from = std::max(from, windowStart(windowWeeks));
    const QDate last = lastCompletedWeek();
    if (from > last)
        return cadence;
    cadence.weeksDue = int(from.daysTo(last) / 7) + 1;
    cadence.lastWeek = last;
    QSet<QDate> held;
    for (const QDateTime &at : calls.callsAt) {
        const QDate week = weekOf(days.dayOf(at));
        if (week >= from && week <= last)
            held.insert(week);
    }
    cadence.weeksHeld = int(held.size());
    cadence.behind = !held.contains(last);
    return cadence;
}

QList<MentorCadence> CallCadence::ofMentors(const QList<MenteeCalls> &calls, int windowWeeks) const
{
    QList<MentorCadence> mentors;
    QHash<qint64, qsizetype> indexOf;
    const SpanDays days = windowDays(windowWeeks);
    for (const MenteeCalls &mentee : calls) {
        auto found = indexOf.constFind(mentee.mentorId);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(mentee.mentorId, mentors.size());
            mentors << MentorCadence{mentee.mentorId, 0, 0, {}};
        }
        MentorCadence &mentor = mentors[*found];
        const MenteeCadence cadence = ofMentee(mentee, windowWeeks, days);
        mentor.weeksDue += cadence.weeksDue;
        mentor.weeksHeld += cadence.weeksHeld;
        if (cadence.behind)
            mentor.behindMentees << cadence;
    }
    return mentors;
}
