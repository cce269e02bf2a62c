#pragma once

#include <QSemaphore>
#include <QThreadPool>

// Keeps work queued on the global thread pool (where QtConcurrent::run starts it) from starting
// until release(): a test can then press Cancel before the work has begun, whatever the speed
// of the machine.
class HeldThreadPool
{
public:
    HeldThreadPool() : m_previousMax(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        pool->setMaxThreadCount(1);
        pool->start([this] {
            m_started.release();
            m_held.acquire();
        });
        m_started.acquire(); // the one thread is busy now
    }
    ~HeldThreadPool()
    {
        release();
        QThreadPool::globalInstance()->setMaxThreadCount(m_previousMax);
    }
    HeldThreadPool(const HeldThreadPool &) = delete;
    HeldThreadPool &operator=(const HeldThreadPool &) = delete;

    void release()
    {
        if (!m_released) {
            m_released = true;
            m_held.release();
        }
    }

private:
    int m_previousMax;
    QSemaphore m_started;
    QSemaphore m_held;
    bool m_released = false;
};
