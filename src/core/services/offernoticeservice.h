#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/offernotice.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Offers reach a person: the desk makes most offers by itself (a qualification with a seat
// free, a seat released to the waitlist), so each offer waits on its owner's work list until
// someone records that it was sent to the applicant. The seat is held from the offer either way;
// the notice is the evidence that the applicant was told in time.
class OfferNoticeService
{
    Q_DECLARE_TR_FUNCTIONS(OfferNoticeService)

public:
    OfferNoticeService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    enum class Scope
    {
        Mine,    // the acting user's applications and those nobody owns
        Everyone
    };
    // The offers not yet sent, the soonest to expire first.
    Result<QList<CurrentOffer>> toSend(Scope scope) const;
    // The application's current offer, when it is offered.
    Result<std::optional<CurrentOffer>> current(qint64 applicationId) const;
    // Records that the application's current offer was sent now, by the actor (who may change
    // statuses), audited. Refused when the application holds no offer or it was already sent.
    Result<CurrentOffer> markSent(qint64 applicationId);

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
