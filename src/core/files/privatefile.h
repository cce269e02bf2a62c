#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// A file for its owner alone (OutputTarget::PrivateMode): a secret, one person's data, an export.
// Written under a temporary name and put in place whole, or not at all; never over the database
// or any other SQLite file (OutputTarget::check).
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    static Status write(const QString &path, const QByteArray &contents,
                        const QString &databasePath);

    // Fills the file (the rows it wrote, or why not); a failure of the file itself is left in
    // *deviceFailure, the reason, so that stream() can name the file.
    using Writer = std::function<Result<qint64>(QIODevice *file, QString *deviceFailure)>;
    // A large export, streamed by `write` into `path` and put in place whole or not at all: a
    // failed or cancelled one leaves the file that was there (or none). `beforeCommit` runs once
    // the file is complete and on the disk but not yet in place: an export is recorded there, so
    // that one that cannot be recorded is not made.
    static Result<qint64> stream(const QString &path, const QString &databasePath,
                                 const Writer &write, const std::function<Status()> &beforeCommit);

    // Why a write to `device` failed, in a few words: "the disk is full" when the system said
    // so (`systemError`, errno right after the write) or `path`'s disk has no room left; else
    // the device's reason, or the system's where the device has none ("Unknown error").
    static QString whyWriteFailed(const QIODevice &device, int systemError,
                                  const QString &path = {});
};
