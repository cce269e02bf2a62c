#include "db/statementinterrupter.h"

#include <sqlite3.h>

void StatementInterrupter::add(sqlite3 *handle)
{
    const QMutexLocker lock(&m_mutex);
    m_handles.insert(handle);
    if (m_cancelled)
        sqlite3_interrupt(handle);
}

void StatementInterrupter::remove(sqlite3 *handle)
{
    const QMutexLocker lock(&m_mutex);
    m_handles.remove(handle);
}

void StatementInterrupter::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    for (sqlite3 *handle : std::as_const(m_handles))
        sqlite3_interrupt(handle);
}

bool StatementInterrupter::cancelled() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cancelled;
}
