#pragma once

#include "audit/auditrecord.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Reads the audit trail for people: one entity's records, a person's whole story, or every
// record since a moment (for `audit export`).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Filter
    {
        QString entity;      // empty: every entity
        qint64 entityId = 0; // 0: every one of `entity`
        QDateTime since;     // invalid: from the first record
    };

    explicit AuditLog(QString connectionName);

    // Records in id order (time order); `each` returns false to stop.
    Status read(const Filter &filter, const std::function<bool(const AuditRecord &)> &each) const;
    // Everything recorded about an applicant and their applications, oldest first. The
    // status changes themselves are in the status history (StatusService::history).
    Result<QList<AuditRecord>> aboutApplicant(qint64 applicantId) const;
    // The entities the trail has records of (applicant, staff, …), in alphabetical order.
    Result<QStringList> entities() const;

private:
    QString m_connection;
};
