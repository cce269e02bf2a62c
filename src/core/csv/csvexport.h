#pragma once

#include "csv/csvwriter.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QIODevice;

// The rows of one SELECT as CSV under a header: what every export (applications, status
// history, waitlists) has in common. Rows are streamed (RowStream), never held in memory.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Called every few thousand rows; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Source
    {
        QStringList header;
        QString sql; // one column per header name, each read as text
        QVariantList values;
        QString countSql; // the number of rows, for progress; binds the same values
    };

    // Any signed-in staff user may export; cells left unguarded (options.guardFormulas off)
    // need Action::ExportUnguardedCells.
    CsvExport(QString connectionName, Actor actor)
        : m_connection(std::move(connectionName)), m_actor(std::move(actor))
    {
    }

    // Writes the header and every row; returns the number of rows. Cancelled, it returns an
    // error and the caller throws the output away.
    Result<qint64> write(const Source &source, QIODevice *out, CsvWriter::Options options,
                         const Progress &progress = {}) const;
    // write() into the file at `path` through QSaveFile: the file is replaced only by a
    // complete export; a cancelled or failed one leaves the old file (or none) and no
    // half-written one.
    Result<qint64> writeFile(const Source &source, const QString &path, CsvWriter::Options options,
                             const Progress &progress = {}) const;

private:
    // write(); a failure of the device itself (the file at `path`, if any) is left in
    // *deviceFailure, the reason, so that writeFile() can name the file.
    Result<qint64> writeTo(const Source &source, QIODevice *out, CsvWriter::Options options,
                           const Progress &progress, const QString &path,
                           QString *deviceFailure) const;

    // Records the export in the audit trail.
    Status record(const Source &source, qint64 rows, const QString &destination) const;
    // Whether the actor may export with these options.
    Status mayExport(const CsvWriter::Options &options) const;

    QString m_connection;
    Actor m_actor;
};
