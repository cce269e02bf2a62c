#include "domain/cohort.h"

#include <QCoreApplication>

namespace {
struct StateInfo
{
    const char *machineName;
    const char *displayName;
};

// clang-format off
constexpr StateInfo States[] = {
    {"draft",     QT_TRANSLATE_NOOP("CohortState", "Draft")},
    {"open",      QT_TRANSLATE_NOOP("CohortState", "Open")},
    {"full",      QT_TRANSLATE_NOOP("CohortState", "Full")},
    {"started",   QT_TRANSLATE_NOOP("CohortState", "Started")},
    {"completed", QT_TRANSLATE_NOOP("CohortState", "Completed")},
    {"cancelled", QT_TRANSLATE_NOOP("CohortState", "Cancelled")},
};
// clang-format on
} // namespace

QStringList Cohort::states()
{
    QStringList names;
    for (const StateInfo &info : States)
        names << QString::fromLatin1(info.machineName);
    return names;
}

QString Cohort::stateDisplayName(const QString &state)
{
    for (const StateInfo &info : States) {
        if (state == QLatin1String(info.machineName))
            return QCoreApplication::translate("CohortState", info.displayName);
    }
    return state;
}

bool Cohort::hasStarted() const
{
    return state == QLatin1String("started") || state == QLatin1String("completed");
}

bool Cohort::isOver() const
{
    return state == QLatin1String("completed") || state == QLatin1String("cancelled");
}
