#pragma once

#include "domain/applicant.h"
#include "domain/result.h"

#include <QString>
#include <QVariantList>
#include <Qt>

#include <optional>

class Sql;

// The substring index over the applicants' names, emails and phones (SQLite FTS5, trigram
// tokenizer), one row per application (rowid = applications.id), so that a search counts and
// pages applications inside the index, and what a search term means. Every SQLite-only piece
// of search lives here. Writers call it in their own transaction.
//
// A term (spaces simplified; a phone number's spaces, dashes and brackets dropped) of
//   - one character is refused (isSearchable() is false): it would match nearly everything;
//   - two characters is the start of a first name, last name or email ("Li", "Wu", "Ng"),
//     found through the applicants' ordinary indexes, as trigrams need three characters;
//   - three characters or more is a substring of the name, email or phone, found in the index.
// A term of digits only is also an application id: that application comes first.
class ApplicationSearchIndex
{
public:
    // Shorter terms are refused, never ignored: a search must not match more than it says.
    static constexpr int MinimumTermLength = 2;
    // Trigrams need three characters: shorter terms are looked up as the start of a field.
    static constexpr int MinimumSubstringLength = 3;

    explicit ApplicationSearchIndex(QString connectionName)
        : m_connection(std::move(connectionName))
    {
    }

    // Indexes a new application under its applicant's details.
    Status addApplication(qint64 applicationId);
    // Indexes every application of the applicant again, after its details changed.
    Status updateApplicant(const Applicant &applicant);
    // Indexes every application from firstId on, in one statement: after a bulk import, which
    // would be several times slower indexing row by row.
    Status addApplicationsFrom(qint64 firstId);
    // Fills the index from the applications and applicants again (after a bulk load).
    Status rebuild();
    // Merges the index into one segment, which drops every removed and replaced entry: FTS5
    // before SQLite 3.44 has no secure-delete, so the trigrams of an erased person's name and
    // email stay in the older segments until they are merged away. Seconds on a million
    // applications (bench/erase.sh): a batch of erasures merges once.
    Status purgeRemovedEntries();

    // Whether the term is long enough to search for (MinimumTermLength characters), or is an
    // application's number.
    static bool isSearchable(const QString &term);
    // Whether the term is looked up as a substring in the index (MinimumSubstringLength
    // characters); a shorter searchable term is looked up as the start of a field.
    static bool isSubstring(const QString &term);
    // The application id a term of digits only names.
    static std::optional<qint64> applicationId(const QString &term);

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

    // SQL that selects the ids of the applicants whose first name, last name or email starts
    // with the term, in any case, by ranges over the applicants' indexes (no scan); binds
    // prefixValues(term). For terms too short for the index.
    static QString applicantsStartingSql(const QString &term);
    static QVariantList prefixValues(const QString &term);

private:
    Sql sql() const;

    QString m_connection;
};
