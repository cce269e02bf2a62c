#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

// Notices when nobody has used the application for a while: no key pressed, no mouse moved or
// clicked, no wheel turned, in any of its windows (an application-wide event filter). The
// window locks then. How long is a setting (in minutes, 0: never).
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMinutes = 15;
    static constexpr int MaximumMinutes = 24 * 60;

    // The minutes without input after which the window locks, as set in Preferences.
    static int savedMinutes();
    static void saveMinutes(int minutes);

    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    // 0: never idle.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Watches from now; stop() until the next start().
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    // Nobody used the application for the timeout. Watching stops.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // When the timer fires: idle, or wait for the rest of the time since the last input.
    void check();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    bool m_watching = false;
};
