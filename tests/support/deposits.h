#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

// Enrolling asks for the deposit (PaymentService::requireDepositSettled). For tests that walk
// an application to enrolled: gives its cohort a price when it has none (10,000.00 USD, a
// deposit of 1,000.00) and records the deposit through PaymentService, as an officer would.
Status payDeposit(const QString &connectionName, const Actor &actor, qint64 applicationId,
                  const Clock &clock = Clock::system());
