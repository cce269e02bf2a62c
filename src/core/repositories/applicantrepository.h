#pragma once

#include "db/sql.h"
#include "domain/applicant.h"
#include "domain/result.h"

#include <QList>
#include <optional>

// An applicant's values that the applications list sorts by, as stored, which each of their
// applications keeps a copy of (schema v21: the phone; v24: the name and the email; v27: the
// source and the campaign, which the reports count by), so that a writer of applications can
// put them in its INSERT.
struct ApplicantSortKeys
{
    QString lastName;
    QString firstName;
    QString emailNorm;
    QString phoneNorm;
    QString source;
    QString campaign;
};

class ApplicantRepository
{
public:
    explicit ApplicantRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    // The duplicate keys: email trimmed and in lower case; phone as digits with a leading +.
    static QString normalizedEmail(const QString &email);
    static QString normalizedPhone(const QString &phone);
    // The keys of the applicant as insert() and update() store them.
    static ApplicantSortKeys sortKeysOf(const Applicant &applicant);

    // The INSERT of insert(), for a bulk import that prepares it once: binds the columns
    // first_name to notes in the order of Applicant, then updated_at and created_at.
    static QString insertSql();

    // Both keep the search index current; the caller holds the transaction.
    Result<qint64> insert(const Applicant &applicant);
    Status update(const Applicant &applicant);
    Result<std::optional<Applicant>> find(qint64 id) const;
    // Applicants with the same normalized email or phone, other than excludeId.
    Result<QList<Applicant>> findDuplicates(const QString &email, const QString &phone,
                                            qint64 excludeId = 0) const;

    // Makes the duplicate a tombstone of a merge into the survivor: blanks its names, contacts,
    // URLs, referrer and notes (keeping source, campaign, consent, country and created_at, as an
    // erase does), frees its email for the survivor, and points it, and any record merged into
    // it before, at the survivor. Its applications and activities are the caller's to move.
    Status markMerged(qint64 duplicateId, qint64 survivorId, const QDateTime &at);
    // The ids of the records merged into the survivor.
    Result<QList<qint64>> mergedInto(qint64 survivorId) const;

    // What a merged record's name reads as: "Merged" "applicant 17".
    static QString mergedFirstName();
    static QString mergedLastName(qint64 applicantId);

private:
    Sql m_sql;
};
