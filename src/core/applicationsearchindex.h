#pragma once

#include "applicant.h"
#include "result.h"
#include "sql.h"

// The substring index over applicants (SQLite FTS5, trigram tokenizer): every SQLite-only
// piece of search lives here. Writers call it in their own transaction.
class ApplicantSearchIndex
{
public:
    // Trigrams need three characters: shorter terms cannot use the index.
    static constexpr int MinimumTermLength = 3;

    explicit ApplicantSearchIndex(QString connectionName) : m_sql(std::move(connectionName)) {}

    Status put(const Applicant &applicant);
    // Fills the index from the applicants table again (after a bulk load).
    Status rebuild();

    // Whether the term is long enough to search for.
    static bool isSearchable(const QString &term);
    // SQL that selects the ids (rowid) of applicants whose name, email or phone contains the
    // term, with one value to bind: matchValue(term).
    static QString idsMatchingSql();
    // The term as an FTS5 phrase: quoted, so that its characters mean only themselves; a
    // phone number typed with spaces or dashes matches the stored digits-only phone.
    static QString matchValue(const QString &term);

private:
    Sql m_sql;
};
