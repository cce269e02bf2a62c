#pragma once

#include "applicant.h"
#include "result.h"
#include "sql.h"

#include <Qt>

// The substring index over the applicants' names, emails and phones (SQLite FTS5, trigram
// tokenizer), one row per application (rowid = applications.id), so that a search counts and
// pages applications inside the index. Every SQLite-only piece of search lives here. Writers
// call it in their own transaction.
class ApplicationSearchIndex
{
public:
    // Trigrams need three characters: shorter terms cannot use the index.
    static constexpr int MinimumTermLength = 3;

    explicit ApplicationSearchIndex(QString connectionName) : m_sql(std::move(connectionName)) {}

    // Indexes a new application under its applicant's details.
    Status addApplication(qint64 applicationId);
    // Indexes every application of the applicant again, after its details changed.
    Status updateApplicant(const Applicant &applicant);
    // Indexes every application from firstId on, in one statement: after a bulk import, which
    // would be several times slower indexing row by row.
    Status addApplicationsFrom(qint64 firstId);
    // Fills the index from the applications and applicants again (after a bulk load).
    Status rebuild();

    // Whether the term is long enough to search for.
    static bool isSearchable(const QString &term);
    // SQL that selects the ids (rowid) of applications whose applicant's name, email or phone
    // contains the term, with one value to bind: matchValue(term).
    static QString idsMatchingSql();
    // SQL that counts those applications; binds matchValue(term).
    static QString countMatchingSql();
    // SQL that reads a page of those ids in id order, without leaving the index; binds
    // matchValue(term), the page size and the offset.
    static QString pageMatchingSql(Qt::SortOrder order);
    // The term as an FTS5 phrase: quoted, so that its characters mean only themselves; a
    // phone number typed with spaces or dashes matches the stored digits-only phone.
    static QString matchValue(const QString &term);

private:
    Sql m_sql;
};
