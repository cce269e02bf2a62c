#pragma once

#include <QStringList>

// The database files opened last, newest first, kept in the settings for File → Open Recent.
class RecentDatabases
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString &path);
};
