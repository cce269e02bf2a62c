#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "privacy/retentionreview.h"
#include "repositories/erasurerepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <functional>

// Privacy requests, by administrators only (Action::HandlePrivacyRequests).
class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyService)

public:
    PrivacyService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // A subject access request: every value stored about the applicant, as JSON. Each
    // application holds its status history and mentor assignments; the applicant holds their
    // activities. Columns keep their stored names and values (times in UTC, as stored).
    Result<QJsonDocument> exportData(qint64 applicantId) const;

    // The "format" of the document, so that a reader can tell what it holds.
    static constexpr const char *Format = "admissions-desk/subject-access/1";

    struct Erasure
    {
        int people = 0;
        ErasureRepository::Removed removed; // summed over the people
        // Whether the write-ahead log was emptied at once; when another program's reader kept
        // it, the old pages leave it at that program's next checkpoint.
        bool logCleared = false;
    };

    // Erases a person on request (PersonErasure), then makes the values leave the file: the
    // search index merged, the write-ahead log emptied.
    Result<Erasure> erase(qint64 applicantId);

    // The retention policy: days kept after the last application closed.
    Result<int> retentionDays() const;
    Status setRetentionDays(int days);
    // Who is due for erasure under it today.
    Result<QList<RetentionReview::Due>> dueForErasure() const;
    // Erases everyone due today in batches of BatchSize people a transaction, and merges the
    // search index once at the end. `progress(done, total)` is told after each batch; a false
    // answer stops after the batch (the people erased so far stay erased).
    using Progress = std::function<bool(int done, int total)>;
    Result<Erasure> eraseDue(const Progress &progress = {});
    static constexpr int BatchSize = 500;

private:
    Status require() const;
    // One transaction of eraseDue.
    Result<Erasure> eraseBatch(const QList<RetentionReview::Due> &people);
    // After the commit: the search index merged and the log emptied.
    Status scrub(Erasure &erasure) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
