#pragma once

#include "db/scopedpragma.h"

// For the length of one bulk write (an import of a million rows, a demo seed), a page cache
// that holds the indexes being filled, so that SQLite does not spill their pages to the log and
// read them back for every row; the connection's usual cache afterwards.
class BulkWriteCache : public ScopedPragma
{
public:
    static constexpr int SizeKiB = 64 * 1024;

    // Negative: a size in KiB rather than in pages.
    explicit BulkWriteCache(QString connectionName)
        : ScopedPragma(std::move(connectionName), "cache_size", -SizeKiB)
    {
    }
};
