#pragma once

#include <QString>

struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role =
        QStringLiteral("admissions_officer"); // administrator, admissions_officer, read_only
    bool active = true;
};
