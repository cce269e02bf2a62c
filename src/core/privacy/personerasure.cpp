#include "privacy/personerasure.h"

#include "browse/applicationsearchindex.h"
#include "domain/timestamp.h"
#include "repositories/applicantrepository.h"

PersonErasure::PersonErasure(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock),
      m_trail(m_connection, m_actor, clock)
{
}

Result<ErasureRepository::Removed> PersonErasure::erase(qint64 applicantId, const QString &why)
{
    const auto applicant = ApplicantRepository(m_connection).find(applicantId);
    if (!applicant)
        return applicant.error();
    if (!applicant.value())
        return Error{tr("There is no applicant %1.").arg(applicantId), {}};
    ErasureRepository erasures(m_connection);
    const auto erased = erasures.find(applicantId);
    if (!erased)
        return erased.error();
    if (erased.value())
        return Error{tr("Applicant %1 was erased on %2.")
                         .arg(QString::number(applicantId),
                              Timestamp::formatDate(erased.value()->at.date())),
                     {}};

    const QDateTime now = m_clock.now();
    if (Status logged = erasures.logErasure(applicantId, now, m_actor.userId); !logged)
        return logged.error();
    const auto removed = erasures.removePersonalValues(applicantId, now);
    if (!removed)
        return removed;
    // Indexed again under the erased name: the old entries go.
    if (Status indexed = ApplicationSearchIndex(m_connection).updateApplicant(*applicant.value());
        !indexed)
        return indexed.error();

    AuditEntry entry(QStringLiteral("erase"), QStringLiteral("applicant"), applicantId);
    entry.at = now;
    entry.note = QStringLiteral("%1: names, contacts, URLs and notes erased; %2 activity texts and "
                                "%3 values of the audit trail")
                     .arg(why)
                     .arg(removed->activityTexts)
                     .arg(removed->auditValues);
    if (Status recorded = m_trail.record(entry); !recorded)
        return recorded.error();

    // The records merged into this person (ApplicantMerge) are theirs too: their values in the
    // audit trail are keyed to the merged ids, and go with them.
    ErasureRepository::Removed all = removed.value();
    const auto merged = ApplicantRepository(m_connection).mergedInto(applicantId);
    if (!merged)
        return merged.error();
    for (const qint64 mergedId : merged.value()) {
        const auto mergedErased = erasures.find(mergedId);
        if (!mergedErased)
            return mergedErased.error();
        if (mergedErased.value())
            continue;
        const auto more = erase(
            mergedId, QStringLiteral("%1 (merged into applicant %2)").arg(why).arg(applicantId));
        if (!more)
            return more;
        all += more.value();
    }
    return all;
}

Result<bool> PersonErasure::applyAgain(const ErasureRepository::Entry &entry)
{
    ErasureRepository erasures(m_connection);
    const auto createdAt = erasures.storedCreatedAt(entry.applicantId);
    if (!createdAt)
        return createdAt.error();
    const QString why =
        QStringLiteral("erasure of %1 applied again").arg(Timestamp::format(entry.at));
    if (!createdAt.value()) {
        if (Status held =
                erasures.addErasedPlaceholder(entry.applicantId, entry.applicantCreatedAt);
            !held)
            return held.error();
    } else if (*createdAt.value() != entry.applicantCreatedAt) {
        return false; // another person holds the id here
    } else {
        const auto erased = erasures.find(entry.applicantId);
        if (!erased)
            return erased.error();
        if (erased.value())
            return false;
    }
    if (auto erased = erase(entry.applicantId, why); !erased)
        return erased.error();
    return true;
}
