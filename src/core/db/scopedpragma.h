#pragma once

#include <QString>
#include <QVariant>

// A SQLite PRAGMA set for the length of one bulk write, and put back as it was afterwards.
// Nothing on other drivers. The pragmas a bulk write uses are its subclasses (BulkWriteCache,
// CheckedByCaller).
class ScopedPragma
{
public:
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

protected:
    // `name` is a constant of ours, never input.
    ScopedPragma(QString connectionName, const char *name, qint64 value);

private:
    QString m_connection;
    const char *m_name;
    QVariant m_previous; // the value before; null when not SQLite
};
