#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <vector>

// The status history read once, in the order it was written, and tallied per application: what
// DatabaseCheck compares the applications and the reports' summaries with. The table is read
// in its own order: a walk application by application (status_events_application) reads it at
// random, several times slower on a large file, and an application's events, written in order,
// still come in order.
class HistoryWalk
{
public:
    // A status as a small number (0: NULL), so that a million applications keep no text.
    using Code = int;

    struct Tally
    {
        qint64 id = 0;
        qint64 cohortId = 0;  // the application's cohort, 0: none
        qint64 trackId = 0;   // the application's track
        Code status = 0;      // the application's status
        qint64 furthestStage = 0; // as the application keeps it
        qint64 events = 0;
        Code lastStatus = 0;  // where its last event ended
        int reachedStage = 0; // the furthest funnel stage its events reached
        qint64 held = 0;      // the cohort whose seat its last event left held, 0: none
        QByteArray graduatedOn;        // as the application keeps it (v25), empty: none
        QByteArray historyGraduatedOn; // the day of its latest move to graduated, empty: none
        bool isApplication = true; // false: events of an application that does not exist
    };

    // An event that does not start where the one before it ended.
    struct Break
    {
        qint64 applicationId = 0;
        qint64 eventId = 0;
        Code from = 0;
        Code previous = 0;
        bool operator<(const Break &other) const
        {
            return applicationId != other.applicationId ? applicationId < other.applicationId
                                                        : eventId < other.eventId;
        }
    };

    // A seat taken (+1) or given back (-1) in a cohort: a row of seat_moves.
    struct SeatMove
    {
        qint64 applicationId = 0;
        qint64 eventId = 0;
        int change = 0;
        qint64 cohortId = 0;
        QByteArray at;
        bool sameKey(const SeatMove &other) const
        {
            return applicationId == other.applicationId && eventId == other.eventId &&
                   change == other.change;
        }
        bool operator<(const SeatMove &other) const;
    };

    enum class SeatMoves
    {
        Skipped,
        Derived
    };

    explicit HistoryWalk(QString connectionName, int keptBreaks);

    // Reads the applications and every status event; with SeatMoves::Derived also the seat
    // moves the history makes, as the view seat_moves_in_history (schema v19) derives them.
    Status walk(SeatMoves seatMoves);

    // Every application by id, then the applications that only events name, by id.
    const std::vector<Tally> &tallies() const { return m_tallies; }
    // The first breaks by application and event, and how many there are in all.
    const std::vector<Break> &breaks() const { return m_breaks; }
    qint64 breakCount() const { return m_breakCount; }
    // Sorted by application, event and change.
    const std::vector<SeatMove> &seatMoves() const { return m_seatMoves; }
    // The text of a status; empty for 0 (NULL).
    QString statusText(Code code) const;

private:
    Code code(QByteArrayView status, bool isNull);
    Tally &tallyOf(qint64 applicationId);
    void addBreak(const Break &found);

    QString m_connection;
    int m_keptBreaks;
    std::vector<Tally> m_tallies;
    std::map<qint64, Tally> m_unknown; // events of applications that do not exist
    QHash<QByteArray, Code> m_codes;
    QList<QByteArray> m_texts{QByteArray()};
    std::vector<int> m_stageOf;   // by code; -1: not a funnel stage
    std::vector<bool> m_holdsSeat; // by code
    Code m_graduated = -1;         // the code of "graduated" once seen
    QHash<QByteArray, int> m_stages;
    std::vector<Break> m_breaks;
    qint64 m_breakCount = 0;
    std::vector<SeatMove> m_seatMoves;
};
