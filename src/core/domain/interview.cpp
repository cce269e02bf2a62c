#include "domain/interview.h"

#include <QCoreApplication>

namespace {
struct StateInfo
{
    Interview::State state;
    const char *machineName;
    const char *displayName;
};

constexpr StateInfo States[] = {
    {Interview::State::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Interview", "Scheduled")},
    {Interview::State::Held, "held", QT_TRANSLATE_NOOP("Interview", "Held")},
    {Interview::State::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Interview", "Cancelled")},
};
} // namespace

QString Interview::machineName(State state)
{
    return QString::fromLatin1(States[int(state)].machineName);
}

std::optional<Interview::State> Interview::stateFromMachineName(const QString &name)
{
    for (const StateInfo &info : States) {
        if (name == QLatin1String(info.machineName))
            return info.state;
    }
    return std::nullopt;
}

QString Interview::displayName(State state)
{
    return QCoreApplication::translate("Interview", States[int(state)].displayName);
}
