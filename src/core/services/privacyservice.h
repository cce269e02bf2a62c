#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonDocument>

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

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
