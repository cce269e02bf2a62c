#pragma once

#include "domain/staffrole.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A personal access token as staff see it: never the token itself, which is shown once.
struct AccessTokenInfo
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString ownerUsername;
    QString name;
    std::optional<StaffRole> roleLimit;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the token works
};
