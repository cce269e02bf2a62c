#pragma once

#include <QString>
#include <QStringList>
#include <vector>

// The numbered schema files in resources (":/sql/NNN_name.sql"), in order.
class Migrations
{
public:
    struct Step
    {
        int version;
        QString resourcePath;
    };

    static const std::vector<Step> &steps();
    static int latestVersion();

    // Splits a script into statements. A statement ends with ';' at the end of a line;
    // a trigger body (CREATE TRIGGER ... END;) is one statement.
    static QStringList statements(const QString &script);
};
