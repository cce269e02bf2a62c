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
        const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
        for (const QString &name : statuses) {
            if (const auto status = Statuses::fromMachineName(name))
                view.filter.statuses << *status;
        }
        view.filter.trackId = settings.value(QStringLiteral("track")).toLongLong();
        view.filter.cohortId = settings.value(QStringLiteral("cohort")).toLongLong();
        view.filter.ownerId = settings.value(QStringLiteral("owner")).toLongLong();
        view.filter.appliedFrom = settings.value(QStringLiteral("appliedFrom")).toDate();
        view.filter.appliedTo = settings.value(QStringLiteral("appliedTo")).toDate();
        view.filter.search = settings.value(QStringLiteral("search")).toString();
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
        QStringList statuses;
        for (ApplicationStatus status : view.filter.statuses)
            statuses << Statuses::machineName(status);
        settings.setValue(QStringLiteral("statuses"), statuses);
        settings.setValue(QStringLiteral("track"), view.filter.trackId);
        settings.setValue(QStringLiteral("cohort"), view.filter.cohortId);
        settings.setValue(QStringLiteral("owner"), view.filter.ownerId);
        settings.setValue(QStringLiteral("appliedFrom"), view.filter.appliedFrom);
        settings.setValue(QStringLiteral("appliedTo"), view.filter.appliedTo);
        settings.setValue(QStringLiteral("search"), view.filter.search);
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
