#include "repositories/offernoticerepository.h"

#include "domain/timestamp.h"

namespace {
// Offered applications with their current offer (the last event to offered, found through
// status_events_application) and its notice, if any. Offered applications are few even in a
// large file, and the partial index applications_offer_expiry holds exactly them.
const QString SelectOffers = QStringLiteral(
    "SELECT a.id, p.first_name || ' ' || p.last_name, coalesce(c.name, ''), "
    "coalesce(a.owner_id, 0), coalesce(o.display_name, ''), e.id, e.at, e.cause, "
    "a.offer_expires_at, n.sent_at, coalesce(s.display_name, '') "
    "FROM applications a "
    "JOIN applicants p ON p.id = a.applicant_id "
    "LEFT JOIN cohorts c ON c.id = a.cohort_id "
    "LEFT JOIN staff_users o ON o.id = a.owner_id "
    "JOIN status_events e ON e.id = (SELECT max(id) FROM status_events "
    "    WHERE application_id = a.id AND to_status = 'offered') "
    "LEFT JOIN offer_notices n ON n.offer_event_id = e.id "
    "LEFT JOIN staff_users s ON s.id = n.by_user_id "
    "WHERE a.status = 'offered' AND a.offer_expires_at IS NOT NULL ");

CurrentOffer offerFrom(const QSqlQuery &q)
{
    CurrentOffer offer;
    offer.applicationId = q.value(0).toLongLong();
    offer.applicantName = q.value(1).toString();
    offer.cohortName = q.value(2).toString();
    offer.ownerId = q.value(3).toLongLong();
    offer.ownerName = q.value(4).toString();
    offer.offerEventId = q.value(5).toLongLong();
    offer.offeredAt = Timestamp::parse(q.value(6).toString());
    offer.cause = q.value(7).toString();
    offer.expiresAt = Timestamp::parse(q.value(8).toString());
    if (!q.value(9).isNull())
        offer.sent = CurrentOffer::Notice{Timestamp::parse(q.value(9).toString()),
                                          q.value(10).toString()};
    return offer;
}
} // namespace

Status OfferNoticeRepository::insert(qint64 applicationId, qint64 offerEventId,
                                     const QDateTime &sentAt, qint64 byUserId)
{
    auto added = m_sql.insert(QStringLiteral("INSERT INTO offer_notices (application_id, "
                                             "offer_event_id, sent_at, by_user_id) "
                                             "VALUES (?, ?, ?, ?)"),
                              {applicationId, offerEventId, Timestamp::format(sentAt),
                               Sql::idOrNull(byUserId)});
    if (!added)
        return added.error();
    return {};
}

Result<std::optional<CurrentOffer>> OfferNoticeRepository::current(qint64 applicationId) const
{
    return m_sql.row<CurrentOffer>(SelectOffers + QStringLiteral("AND a.id = ?"), {applicationId},
                                   offerFrom);
}

Result<QList<CurrentOffer>> OfferNoticeRepository::unsent(qint64 ownerId) const
{
    const QString mine = ownerId > 0 ? QStringLiteral("AND (a.owner_id = ? OR a.owner_id IS NULL) ")
                                     : QString();
    return m_sql.rows<CurrentOffer>(SelectOffers + QStringLiteral("AND n.id IS NULL ") + mine +
                                        QStringLiteral("ORDER BY a.offer_expires_at, a.id"),
                                    ownerId > 0 ? QVariantList{ownerId} : QVariantList{},
                                    offerFrom);
}
