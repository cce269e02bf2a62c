#pragma once

#include <QDateTime>

// Where services read the time from, so tests can hold it still.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSecs(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};
