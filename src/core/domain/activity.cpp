#include "domain/activity.h"

#include <QCoreApplication>

namespace {
struct KindInfo
{
    Activity::Kind kind;
    const char *machineName;
    const char *displayName;
};

constexpr KindInfo Kinds[] = {
    {Activity::Kind::Call, "call", QT_TRANSLATE_NOOP("Activity", "Call")},
    {Activity::Kind::Email, "email", QT_TRANSLATE_NOOP("Activity", "Email")},
    {Activity::Kind::Meeting, "meeting", QT_TRANSLATE_NOOP("Activity", "Meeting")},
    {Activity::Kind::Interview, "interview", QT_TRANSLATE_NOOP("Activity", "Interview")},
    {Activity::Kind::Note, "note", QT_TRANSLATE_NOOP("Activity", "Note")},
    {Activity::Kind::JobSearchCheckIn, "job_search_check_in",
     QT_TRANSLATE_NOOP("Activity", "Job-search check-in")},
    {Activity::Kind::MentorCall, "mentor_call", QT_TRANSLATE_NOOP("Activity", "Mentor call")},
};
} // namespace

QString Activity::machineName(Kind kind)
{
    return QString::fromLatin1(Kinds[int(kind)].machineName);
}

std::optional<Activity::Kind> Activity::kindFromMachineName(const QString &name)
{
    for (const KindInfo &info : Kinds) {
        if (name == QLatin1String(info.machineName))
            return info.kind;
    }
    return std::nullopt;
}

QString Activity::displayName(Kind kind)
{
    return QCoreApplication::translate("Activity", Kinds[int(kind)].displayName);
}
