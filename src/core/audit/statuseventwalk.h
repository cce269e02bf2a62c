#pragma once

#include "db/rowstream.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <optional>
#include <utility>

// The status history read once in id order, and the digest of a run of its events that records
// of action 'status' keep (AuditChain::encodeStatusEvent of each, in order): what the trail
// writes when it covers events, and what the verifier checks beside the chain.
class StatusEventWalk
{
public:
    explicit StatusEventWalk(const QString &connectionName) : m_events(connectionName) {}

    // Reads events first..last (by default, all of them).
    Status start(qint64 first = 1, qint64 last = std::numeric_limits<qint64>::max());
    const std::optional<Error> &error() const { return m_events.error(); }
    // The next event's id, 0 after the last.
    qint64 current() const { return m_current; }
    qint64 seen() const { return m_seen; }

    // Skips events before `id`; returns the range skipped (first, last), or (0, 0).
    std::pair<qint64, qint64> skipTo(qint64 id);
    // The digest of events first..last; nothing when one of them is missing.
    std::optional<QByteArray> digest(qint64 first, qint64 last);

private:
    void advance();

    RowStream m_events;
    qint64 m_current = 0;
    qint64 m_seen = 0;
};
