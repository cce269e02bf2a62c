#include "db/historywalk.h"

#include "db/rowstream.h"
#include "domain/applicationstatus.h"

#include <algorithm>

bool HistoryWalk::SeatMove::operator<(const SeatMove &other) const
{
    if (applicationId != other.applicationId)
        return applicationId < other.applicationId;
    if (eventId != other.eventId)
        return eventId < other.eventId;
    return change < other.change;
}

HistoryWalk::HistoryWalk(QString connectionName, int keptBreaks)
    : m_connection(std::move(connectionName)), m_keptBreaks(keptBreaks), m_stageOf{-1},
      m_holdsSeat{false}
{
}

QString HistoryWalk::statusText(Code code) const
{
    return QString::fromUtf8(m_texts.at(code));
}

// A handful of statuses: a look along them is quicker than hashing each event's text.
HistoryWalk::Code HistoryWalk::code(QByteArrayView status, bool isNull)
{
    if (isNull)
        return 0;
    for (Code known = 1; known < m_texts.size(); ++known) {
        if (m_texts.at(known) == status)
            return known;
    }
    m_texts << status.toByteArray();
    m_stageOf.push_back(m_stages.value(m_texts.constLast(), -1));
    const auto parsed = Statuses::fromMachineName(QString::fromUtf8(status));
    m_holdsSeat.push_back(parsed && Statuses::holdsSeat(*parsed));
    const Code added = Code(m_texts.size() - 1);
    if (parsed == ApplicationStatus::Graduated)
        m_graduated = added;
    return added;
}

HistoryWalk::Tally &HistoryWalk::tallyOf(qint64 applicationId)
{
    const auto found = std::lower_bound(
        m_tallies.begin(), m_tallies.end(), applicationId,
        [](const Tally &tally, qint64 id) { return tally.id < id; });
    if (found != m_tallies.end() && found->id == applicationId)
        return *found;
    Tally &unknown = m_unknown[applicationId];
    unknown.id = applicationId;
    unknown.isApplication = false;
    return unknown;
}

void HistoryWalk::addBreak(const Break &found)
{
    ++m_breakCount;
    if (int(m_breaks.size()) == m_keptBreaks && !(found < m_breaks.back()))
        return;
    m_breaks.insert(std::upper_bound(m_breaks.begin(), m_breaks.end(), found), found);
    if (int(m_breaks.size()) > m_keptBreaks)
        m_breaks.pop_back();
}

Status HistoryWalk::walk(SeatMoves seatMoves)
{
    RowStream stages(m_connection);
    if (Status started = stages.start(QStringLiteral("SELECT status, stage FROM funnel_stages"), {});
        !started)
        return started;
    while (stages.next())
        m_stages.insert(stages.column(0).toByteArray(), stages.column(1).toInt());
    if (stages.error())
        return *stages.error();

    RowStream applications(m_connection);
    if (Status started = applications.start(
            QStringLiteral("SELECT id, cohort_id, status, furthest_stage, graduated_on, "
                           "track_id FROM applications ORDER BY id"),
            {});
        !started)
        return started;
    while (applications.next()) {
        Tally tally;
        tally.id = applications.column(0).toLongLong();
        tally.cohortId = applications.column(1).toLongLong(); // NULL reads as 0
        tally.status = code(applications.column(2), applications.isNull(2));
        tally.furthestStage = applications.column(3).toLongLong();
        tally.graduatedOn = applications.column(4).toByteArray();
        tally.trackId = applications.column(5).toLongLong();
        m_tallies.push_back(tally);
    }
    if (applications.error())
        return *applications.error();

    enum Column
    {
        ApplicationId,
        EventId,
        From,
        To,
        CohortId,
        At
    };
    RowStream events(m_connection);
    if (Status started = events.start(
            QStringLiteral("SELECT application_id, id, from_status, to_status, cohort_id, at "
                           "FROM status_events ORDER BY id"),
            {});
        !started)
        return started;
    while (events.next()) {
        const qint64 applicationId = events.column(ApplicationId).toLongLong();
        const qint64 eventId = events.column(EventId).toLongLong();
        Tally &tally = tallyOf(applicationId);
        const Code from = code(events.column(From), events.isNull(From));
        const Code to = code(events.column(To), events.isNull(To));
        // The first event starts from nothing (NULL), as lag() would have it.
        if (from != tally.lastStatus)
            addBreak(Break{applicationId, eventId, from, tally.lastStatus});
        ++tally.events;
        tally.lastStatus = to;
        tally.reachedStage = std::max(tally.reachedStage, m_stageOf.at(to));
        if (to == m_graduated) {
            // ISO times: the latest time's day is the greatest day.
            const QByteArray day = events.column(At).toByteArray().left(10);
            if (day > tally.historyGraduatedOn)
                tally.historyGraduatedOn = day;
        }
        if (seatMoves == SeatMoves::Skipped || !tally.isApplication)
            continue;
        // seat_moves_in_history: a seat-holding status holds the event's cohort, or else the
        // application's; a move wherever that differs from the event before.
        qint64 held = 0;
        if (m_holdsSeat.at(to))
            held = events.isNull(CohortId) ? tally.cohortId
                                           : events.column(CohortId).toLongLong();
        if (held != tally.held) {
            const QByteArray at = events.column(At).toByteArray();
            if (held != 0)
                m_seatMoves.push_back(SeatMove{applicationId, eventId, 1, held, at});
            if (tally.held != 0)
                m_seatMoves.push_back(SeatMove{applicationId, eventId, -1, tally.held, at});
        }
        tally.held = held;
    }
    if (events.error())
        return *events.error();

    if (!m_unknown.empty()) {
        for (const auto &[id, tally] : m_unknown)
            m_tallies.push_back(tally);
        m_unknown.clear();
        std::sort(m_tallies.begin(), m_tallies.end(),
                  [](const Tally &a, const Tally &b) { return a.id < b.id; });
    }
    std::sort(m_seatMoves.begin(), m_seatMoves.end());
    return {};
}
