#include "audit/statuseventwalk.h"

#include "audit/auditchain.h"

#include <QCryptographicHash>

Status StatusEventWalk::start(qint64 first, qint64 last)
{
    if (Status started = m_events.start(
            QStringLiteral("SELECT %1 FROM status_events WHERE id BETWEEN ? AND ? ORDER BY id")
                .arg(AuditChain::statusEventColumns()),
            {first, last});
        !started)
        return started;
    advance();
    return {};
}

std::pair<qint64, qint64> StatusEventWalk::skipTo(qint64 id)
{
    std::pair<qint64, qint64> skipped{0, 0};
    while (m_current != 0 && m_current < id) {
        if (skipped.first == 0)
            skipped.first = m_current;
        skipped.second = m_current;
        advance();
    }
    return skipped;
}

std::optional<QByteArray> StatusEventWalk::digest(qint64 first, qint64 last)
{
    skipTo(first);
    QCryptographicHash digest(QCryptographicHash::Sha256);
    qint64 expected = first;
    bool complete = true;
    // Past a gap the rest of the run is still read, so that the walk goes on after `last`.
    while (m_current != 0 && m_current <= last) {
        complete = complete && m_current == expected;
        if (complete)
            digest.addData(AuditChain::encodeStatusEvent(m_events));
        ++expected;
        advance();
    }
    if (!complete || expected != last + 1)
        return std::nullopt;
    return digest.result();
}

void StatusEventWalk::advance()
{
    if (m_events.next()) {
        m_current = m_events.column(0).toByteArray().toLongLong();
        ++m_seen;
    } else {
        m_current = 0;
    }
}
