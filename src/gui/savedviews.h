#pragma once

#include "browse/applicationfilter.h"

#include <QList>
#include <QSettings>
#include <QString>

// Named filters and orders of the applications ("My interviews", "Waitlist SWE March") that a
// person saves and recalls, kept in the settings.
struct SavedView
{
    QString name;
    ApplicationFilter filter;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

class SavedViews
{
public:
    static QList<SavedView> list();
    // Saves the view, replacing one of the same name.
    static void save(const SavedView &view);
    static void remove(const QString &name);

    // A filter in the settings' current group, for the views and for the window's last filter.
    static void writeFilter(QSettings &settings, const ApplicationFilter &filter);
    static ApplicationFilter readFilter(const QSettings &settings);
};
