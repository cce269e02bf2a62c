#include "savedviews.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("savedViews");
} // namespace

QList<SavedView> SavedViews::list()
{
    QSettings settings;
    const int count = settings.beginReadArray(Group);
    QList<SavedView> views;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(QStringLiteral("name")).toString();
        view.filter = readFilter(settings);
        view.sortColumn = settings.value(QStringLiteral("sortColumn")).toInt();
        view.sortOrder = Qt::SortOrder(settings.value(QStringLiteral("sortOrder")).toInt());
        if (!view.name.isEmpty())
            views << view;
    }
    settings.endArray();
    return views;
}

namespace {
void write(const QList<SavedView> &views)
{
    QSettings settings;
    settings.remove(Group);
    settings.beginWriteArray(Group, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), view.name);
        SavedViews::writeFilter(settings, view.filter);
        settings.setValue(QStringLiteral("sortColumn"), view.sortColumn);
        settings.setValue(QStringLiteral("sortOrder"), int(view.sortOrder));
    }
    settings.endArray();
}
} // namespace

void SavedViews::save(const SavedView &view)
{
    QList<SavedView> views = list();
    views.removeIf([&view](const SavedView &v) { return v.name == view.name; });
    views << view;
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    write(views);
}

void SavedViews::remove(const QString &name)
{
    QList<SavedView> views = list();
    views.removeIf([&name](const SavedView &v) { return v.name == name; });
    write(views);
}

void SavedViews::writeFilter(QSettings &settings, const ApplicationFilter &filter)
{
    QStringList statuses;
    for (ApplicationStatus status : filter.statuses)
        statuses << Statuses::machineName(status);
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("track"), filter.trackId);
    settings.setValue(QStringLiteral("cohort"), filter.cohortId);
    settings.setValue(QStringLiteral("owner"), filter.ownerId);
    settings.setValue(QStringLiteral("appliedFrom"), filter.appliedFrom);
    settings.setValue(QStringLiteral("appliedTo"), filter.appliedTo);
    settings.setValue(QStringLiteral("search"), filter.search);
}

ApplicationFilter SavedViews::readFilter(const QSettings &settings)
{
    ApplicationFilter filter;
    const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
    for (const QString &name : statuses) {
        if (const auto status = Statuses::fromMachineName(name))
            filter.statuses << *status;
    }
    filter.trackId = settings.value(QStringLiteral("track")).toLongLong();
    filter.cohortId = settings.value(QStringLiteral("cohort")).toLongLong();
    filter.ownerId = settings.value(QStringLiteral("owner")).toLongLong();
    filter.appliedFrom = settings.value(QStringLiteral("appliedFrom")).toDate();
    filter.appliedTo = settings.value(QStringLiteral("appliedTo")).toDate();
    filter.search = settings.value(QStringLiteral("search")).toString();
    return filter;
}
