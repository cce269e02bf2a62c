#pragma once

#include "db/scopedpragma.h"

// For the length of one bulk write whose values the caller has checked as the schema's CHECK
// constraints would (an import validates every cell as ApplicantService does and writes
// constants for the rest): SQLite rebuilds the list of a CHECK (status IN (…)) for every row,
// which costs more than writing the row. Foreign keys, NOT NULL and UNIQUE stay enforced.
class CheckedByCaller : public ScopedPragma
{
public:
    explicit CheckedByCaller(QString connectionName)
        : ScopedPragma(std::move(connectionName), "ignore_check_constraints", 1)
    {
    }
};
