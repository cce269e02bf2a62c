#pragma once

#include "db/sql.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The SQL of a privacy erase (PersonErasure) and its log, the table `erasures`.
class ErasureRepository
{
public:
    // One line of the erasure log.
    struct Entry
    {
        qint64 applicantId = 0;
        QString applicantCreatedAt; // as stored: which person, as ids may be reused after a restore
        QDateTime at;
        qint64 byUserId = 0; // 0: the desk itself (a restore applying the log again)
    };

    // What an erase removed, for the record and for the person who asked.
    struct Removed
    {
        int activityTexts = 0;
        int auditValues = 0;

        Removed &operator+=(const Removed &more)
        {
            activityTexts += more.activityTexts;
            auditValues += more.auditValues;
            return *this;
        }
    };

    explicit ErasureRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<std::optional<Entry>> find(qint64 applicantId) const;
    // The applicant's created_at as stored (the erasure log's way to name them); nothing when
    // there is no such applicant.
    Result<std::optional<QString>> storedCreatedAt(qint64 applicantId) const;
    // The whole log, by applicant id.
    Result<QList<Entry>> log() const;
    // Logs the erase of `applicantId` by `byUserId` (0: the desk), naming the person by their
    // stored created_at. First of an erase: the audit trail's triggers let a personal value go
    // only once its person is in the log.
    Status logErasure(qint64 applicantId, const QDateTime &at, qint64 byUserId);
    // Replaces the person's names, contacts, URLs, referrer and notes with the erased
    // placeholders, and blanks the texts of their activities. Keeps what the statistics need:
    // source, campaign, consent, country, the dates, and every application as it is.
    Result<Removed> removePersonalValues(qint64 applicantId, const QDateTime &at);
    // A row that holds an erased person's id in a file that never had them (an older backup
    // being restored), so that the id is never given to someone else.
    Status addErasedPlaceholder(qint64 applicantId, const QString &createdAt);

    // What an erased applicant's name reads as: "Erased" "applicant 17".
    static QString erasedFirstName();
    static QString erasedLastName(qint64 applicantId);

private:
    Sql m_sql;
};
