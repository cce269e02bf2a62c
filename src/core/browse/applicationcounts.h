#pragma once

#include "domain/applicationstatus.h"
#include "domain/result.h"

#include <QList>
#include <QPair>
#include <QString>

// True counts of applications, from COUNT(*): never from a model's row count, which counts only
// the rows fetched so far.
class ApplicationCounts
{
public:
    explicit ApplicationCounts(QString connectionName);

    // Applications per status in lifecycle order; statuses without applications are left out.
    Result<QList<QPair<ApplicationStatus, qint64>>> byStatus() const;

private:
    QString m_connection;
};
