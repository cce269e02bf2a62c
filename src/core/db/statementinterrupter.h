#pragma once

#include <QMutex>
#include <QSet>

struct sqlite3;

// Stops the statements running on a set of SQLite connections, from any thread: for long reads
// on worker threads (DatabaseCheck) that a person or a closing window cancels.
// sqlite3_interrupt() is safe on an open connection from any thread; a connection leaves the set
// before it closes. Once cancelled it stays cancelled: a connection added later is interrupted
// at once.
class StatementInterrupter
{
public:
    void add(sqlite3 *handle);
    void remove(sqlite3 *handle);
    void cancel();
    bool cancelled() const;

private:
    mutable QMutex m_mutex;
    QSet<sqlite3 *> m_handles;
    bool m_cancelled = false;
};
