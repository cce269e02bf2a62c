#pragma once

#include "demo/demomentorpool.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <vector>

// What the applications of a demo refer to, once DemoCatalogWriter has written it.
struct DemoCatalog
{
    std::vector<qint64> trackIds;     // by index into DemoTracks
    std::vector<qint64> officers;     // staff who own applications and take their steps
    QHash<qint64, QString> usernames; // of the officers, by id: an owner's sort key
    DemoMentorPool mentors;
};
