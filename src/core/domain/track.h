#pragma once

#include <QString>

struct Track
{
    qint64 id = 0;
    QString code; // short and unique, e.g. SWE
    QString name;
    bool active = true;
};
