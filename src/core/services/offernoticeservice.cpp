#include "services/offernoticeservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/offernoticerepository.h"
#include "services/authorization.h"

#include <QLocale>

OfferNoticeService::OfferNoticeService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<CurrentOffer>> OfferNoticeService::toSend(Scope scope) const
{
    return OfferNoticeRepository(m_connection)
        .unsent(scope == Scope::Mine ? m_actor.userId : 0);
}

Result<std::optional<CurrentOffer>> OfferNoticeService::current(qint64 applicationId) const
{
    return OfferNoticeRepository(m_connection).current(applicationId);
}

Result<CurrentOffer> OfferNoticeService::markSent(qint64 applicationId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    OfferNoticeRepository notices(m_connection);
    auto found = notices.current(applicationId);
    if (!found)
        return found.error();
    if (!found.value()) {
        auto application = ApplicationRepository(m_connection).find(applicationId);
        if (!application)
            return application.error();
        if (!application.value())
            return Error{tr("There is no application %1.").arg(applicationId), {}};
        return Error{tr("Application %1 holds no offer to send: it is %2.")
                         .arg(applicationId)
                         .arg(Statuses::displayName(application.value()->status)),
                     {}};
    }
    const CurrentOffer offer = *found.value();
    if (offer.sent)
        return Error{tr("The offer to application %1 was already sent, on %2 by %3.")
                         .arg(applicationId)
                         .arg(QLocale().toString(offer.sent->sentAt.toLocalTime(),
                                                 QLocale::ShortFormat),
                              offer.sent->byName),
                     {}};
    const QDateTime now = m_clock.now();
    if (Status stored = notices.insert(applicationId, offer.offerEventId, now, m_actor.userId);
        !stored)
        return stored.error();
    AuditEntry entry(QStringLiteral("offer_sent"), QStringLiteral("application"), applicationId);
    entry.note = QStringLiteral("offer of status event %1, expires %2")
                     .arg(offer.offerEventId)
                     .arg(Timestamp::format(offer.expiresAt));
    entry.at = now;
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    auto sent = notices.current(applicationId);
    if (!sent)
        return sent.error();
    return sent.value().value_or(offer);
}
