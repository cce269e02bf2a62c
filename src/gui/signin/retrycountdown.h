#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

// The seconds until a sign-in may be tried again after failures (SignIn makes each failure wait
// longer), counted down once a second for a dialog that keeps its button disabled meanwhile.
class RetryCountdown : public QObject
{
    Q_OBJECT

public:
    explicit RetryCountdown(QObject *parent = nullptr);

    // Counts down from `seconds`; 0 or less: nothing to wait for (finished() at once).
    void start(qint64 seconds);
    bool isActive() const { return m_tick.isActive(); }
    qint64 remainingSeconds() const;

Q_SIGNALS:
    void ticked(qint64 remainingSeconds);
    void finished();

private:
    void tick();

    QTimer m_tick;
    QDeadlineTimer m_deadline;
};
