#pragma once

#include <QString>

struct Track
{
    qint64 id = 0;
    QString code; // short and unique, e.g. SWE
    QString name;
    bool active = true;
};

// A track with what hangs on it: its cohorts and its applications.
struct TrackUsage
{
    Track track;
    int cohorts = 0;
    int applications = 0;
};
