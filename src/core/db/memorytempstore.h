#pragma once

#include "db/scopedpragma.h"

// For the length of one bulk write, SQLite's temporary files in memory: every statement that
// fires triggers inside the big transaction keeps a statement journal, and this build of SQLite
// writes them to a file in /var/tmp (a demo seed made about ninety writes there per application,
// a quarter of its time in the kernel). They only live until the statement ends.
class MemoryTempStore : public ScopedPragma
{
public:
    static constexpr int Memory = 2; // PRAGMA temp_store = MEMORY

    explicit MemoryTempStore(QString connectionName)
        : ScopedPragma(std::move(connectionName), "temp_store", Memory)
    {
    }
};
