#pragma once

#include "domain/applicationstatus.h"
#include "domain/guaranteeterms.h"

#include <QDate>
#include <QString>

// A graduate's application after the program, with what the job guarantee needs of it: the day
// the search began and the terms of its cohort.
struct JobSearch
{
    qint64 applicationId = 0;
    qint64 applicantId = 0;
    QString applicantName;
    QString cohortName; // empty: no cohort, and the default terms
    ApplicationStatus status = ApplicationStatus::JobSearch;
    QDate startedOn; // invalid: the search has not begun
    GuaranteeTerms terms;
};
