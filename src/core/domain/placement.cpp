#include "domain/placement.h"

#include "domain/namedvalues.h"

namespace {
struct OutcomeInfo
{
    PlacementOutcome value;
    const char *machineName;
    const char *displayName;
};

// clang-format off
constexpr OutcomeInfo Outcomes[] = {
    {PlacementOutcome::InFieldFullTime,           "in_field_full_time",          QT_TRANSLATE_NOOP("Placement", "In field, full-time")},
    {PlacementOutcome::InFieldPartTimeOrContract, "in_field_part_time_contract", QT_TRANSLATE_NOOP("Placement", "In field, part-time or contract")},
    {PlacementOutcome::OutOfField,                "out_of_field",                QT_TRANSLATE_NOOP("Placement", "Out of field")},
};
// clang-format on
} // namespace

FieldErrors Placement::problems() const
{
    FieldErrors errors;
    if (!outcome)
        errors << FieldError{QStringLiteral("outcome"),
                             tr("The outcome is required (%1).").arg(outcomeNameList())};
    const auto text = [&errors](const char *field, const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            errors << FieldError{QString::fromLatin1(field), tr("%1 is required.").arg(label)};
        else if (const QString problem = Validation::textProblem(
                     label, value, Validation::MaxLength::ShortText, Validation::TextKind::Line);
                 !problem.isEmpty())
            errors << FieldError{QString::fromLatin1(field), problem};
    };
    text("employer", tr("Employer"), employer);
    text("job_title", tr("Job title"), jobTitle);
    if (!startsOn.isValid())
        errors << FieldError{QStringLiteral("starts_on"),
                             tr("The start date of the job is required (YYYY-MM-DD).")};
    if (salary && *salary < 0)
        errors << FieldError{QStringLiteral("salary"),
                             tr("The salary cannot be negative (%1).").arg(*salary)};
    return errors;
}

QList<PlacementOutcome> Placement::outcomes()
{
    return NamedValues::values(Outcomes);
}

QString Placement::machineName(PlacementOutcome outcome)
{
    return QString::fromLatin1(NamedValues::rowOf(Outcomes, outcome).machineName);
}

std::optional<PlacementOutcome> Placement::outcomeNamed(const QString &machineName)
{
    return NamedValues::named(Outcomes, machineName.trimmed());
}

QString Placement::outcomeNameList()
{
    return NamedValues::machineNameList(Outcomes);
}

QString Placement::displayName(PlacementOutcome outcome)
{
    return QCoreApplication::translate("Placement",
                                       NamedValues::rowOf(Outcomes, outcome).displayName);
}
