#include "signin/retrycountdown.h"

#include <algorithm>

RetryCountdown::RetryCountdown(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RetryCountdown::tick);
}

void RetryCountdown::start(qint64 seconds)
{
    m_deadline.setRemainingTime(std::max<qint64>(0, seconds) * 1000);
    if (seconds > 0)
        m_tick.start();
    tick();
}

qint64 RetryCountdown::remainingSeconds() const
{
    // Rounded up: "1 second" until it may be tried, never "0 seconds" while it may not.
    return (m_deadline.remainingTime() + 999) / 1000;
}

void RetryCountdown::tick()
{
    if (m_deadline.hasExpired()) {
        m_tick.stop();
        Q_EMIT finished();
        return;
    }
    Q_EMIT ticked(remainingSeconds());
}
