#pragma once

#include "domain/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// How a graduate's job search ended in a job, in the style of the CIRR standard.
enum class PlacementOutcome
{
    InFieldFullTime,
    InFieldPartTimeOrContract,
    OutOfField,
};

// The facts `placed` needs: the outcome, the employer, the job title and the first day of work;
// the annual salary when the graduate tells it.
struct Placement
{
    Q_DECLARE_TR_FUNCTIONS(Placement)

public:
    std::optional<PlacementOutcome> outcome;
    QString employer;
    QString jobTitle;
    QDate startsOn;
    std::optional<qint64> salary; // a year, in whole units of the bootcamp's currency

    // Every problem, by field: a required fact (the outcome too) missing, a text too long or with
    // control characters, a negative salary.
    FieldErrors problems() const;

    static QList<PlacementOutcome> outcomes();
    // Stored in applications.placement_outcome and typed on the command line.
    static QString machineName(PlacementOutcome outcome);
    static std::optional<PlacementOutcome> outcomeNamed(const QString &machineName);
    // The machine names, comma-separated, for help texts and messages.
    static QString outcomeNameList();
    static QString displayName(PlacementOutcome outcome);
};
