#pragma once

#include "services/applicantservice.h"

#include <QCoreApplication>
#include <QString>

// How the applicant panel's History tells one moment of a person's story: a headline (what
// changed) and a line of details (when, who, why).
class ApplicantHistory
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantHistory)

public:
    static QString headline(const ApplicantService::HistoryEntry &entry);
    static QString details(const ApplicantService::HistoryEntry &entry);

private:
    static QString headline(const StatusEvent &event);
    static QString headline(const AuditRecord &record);
    static QString fieldName(const QString &machineName);
    static QString value(const AuditRecord::Value &value);
    // A stored time (an interview's start) in the locale's local form; else as value().
    static QString timeValue(const AuditRecord::Value &value);
};
