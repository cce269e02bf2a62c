#include "guaranteeoptions.h"

#include "console.h"
#include "invocation.h"

#include "domain/validation.h"

namespace {
const QString DaysOption = QStringLiteral("guarantee-days");
const QString CheckInOption = QStringLiteral("check-in");
const QString MinimumOption = QStringLiteral("min-applications");
const QString Weekly = QStringLiteral("weekly");
const QString None = QStringLiteral("none");
} // namespace

QList<QCommandLineOption> GuaranteeOptions::options()
{
    const GuaranteeTerms defaults;
    return {QCommandLineOption(DaysOption,
                               tr("Days the job guarantee covers from the start of a graduate's "
                                  "job search (1 to %1; default %2).")
                                   .arg(GuaranteeTerms::MaxPeriodDays)
                                   .arg(defaults.periodDays),
                               QStringLiteral("DAYS")),
            QCommandLineOption(CheckInOption,
                               tr("'weekly': a graduate checks in every week to stay eligible; "
                                  "'none': no check-in is asked (default weekly)."),
                               QStringLiteral("WHEN")),
            QCommandLineOption(MinimumOption,
                               tr("Job applications a graduate sends every week to stay "
                                  "eligible (0: no minimum; the default)."),
                               QStringLiteral("N"))};
}

bool GuaranteeOptions::given(const Invocation &invocation)
{
    for (const QString &option : {DaysOption, CheckInOption, MinimumOption}) {
        if (invocation.parser().isSet(option))
            return true;
    }
    return false;
}

bool GuaranteeOptions::apply(Invocation &invocation, GuaranteeTerms &terms)
{
    const QCommandLineParser &parser = invocation.parser();
    if (parser.isSet(DaysOption)) {
        const auto days = invocation.wholeNumber(DaysOption, 1);
        if (!days)
            return false;
        terms.periodDays = *days;
    }
    if (parser.isSet(CheckInOption)) {
        const QString when = parser.value(CheckInOption).trimmed();
        if (when != Weekly && when != None) {
            invocation.console().usage(
                tr("--check-in must be weekly or none, not '%1'.").arg(Validation::quoted(when)));
            return false;
        }
        terms.weeklyCheckIn = when == Weekly;
    }
    if (parser.isSet(MinimumOption)) {
        const auto minimum = invocation.wholeNumber(MinimumOption, 0);
        if (!minimum)
            return false;
        terms.minApplicationsPerWeek = *minimum;
    }
    return true;
}
