#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A small file for its owner alone (OutputTarget::PrivateMode): a secret, or one person's data.
// Written under a temporary name and put in place whole, or not at all; never over the database
// or any other SQLite file (OutputTarget::check).
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    static Status write(const QString &path, const QByteArray &contents,
                        const QString &databasePath);
};
