#pragma once

#include "db/sql.h"
#include "domain/offernotice.h"
#include "domain/result.h"

#include <QList>

#include <optional>

// The notices that offers were sent (offer_notices), read beside the offers they belong to: the
// last move of an offered application to offered is its current offer.
class OfferNoticeRepository
{
public:
    explicit OfferNoticeRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Status insert(qint64 applicationId, qint64 offerEventId, const QDateTime &sentAt,
                  qint64 byUserId);
    // The application's current offer, when it is offered.
    Result<std::optional<CurrentOffer>> current(qint64 applicationId) const;
    // The offers not yet sent, the soonest to expire first; of one owner's applications and
    // those nobody owns (ownerId > 0), or of everyone's (0).
    Result<QList<CurrentOffer>> unsent(qint64 ownerId) const;

private:
    Sql m_sql;
};
