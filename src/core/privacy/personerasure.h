#pragma once

#include "audit/audittrail.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "repositories/erasurerepository.h"

#include <QCoreApplication>

// Erases one person inside the caller's transaction: logs the erase, replaces their names,
// contacts, URLs and notes, blanks their activity texts, deletes the personal values of the
// audit trail that are theirs, indexes their applications under the erased name, and records
// the erase. Their applications stay as they are (statuses, dates, track, cohort, source), so
// that the statistics and the seat ledger stay true.
//
// Nobody is asked here: PrivacyService asks the permission table, a restore has asked for its
// own. What must happen after the commit for the values to leave the file is
// PrivacyService::scrub's.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)

public:
    PersonErasure(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // Erases the records merged into the person as well (ApplicantMerge's tombstones): their
    // values in the audit trail are the person's too.
    Result<ErasureRepository::Removed> erase(qint64 applicantId, const QString &why);

    // Applies a line of another file's erasure log (the file a restore replaces) to this one:
    // erases the person when they are here and not erased yet, holds their id with an erased
    // placeholder when this older file never had them, and leaves the id alone when someone
    // else holds it. Returns whether anything changed.
    Result<bool> applyAgain(const ErasureRepository::Entry &entry);

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
    AuditTrail m_trail;
};
