#pragma once

#include "domain/result.h"

#include <QString>

// A transaction that rolls back unless committed. Writers use BEGIN IMMEDIATE: a deferred
// BEGIN that reads and then writes fails with SQLITE_BUSY_SNAPSHOT when another connection
// wrote in between, whatever the busy timeout.
class Transaction
{
public:
    enum class Mode
    {
        Immediate,
        Deferred
    };

    explicit Transaction(QString connectionName, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QString m_connection;
    Error m_error;
    bool m_active = false;
};

// A savepoint inside an open transaction, for a bulk change that gives each item its own: keep()
// leaves the item's writes in the transaction, undo() takes back only them. Undone unless kept.
class Savepoint
{
public:
    explicit Savepoint(QString connectionName);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    // Whether SAVEPOINT succeeded; when not, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status keep();
    Status undo();

private:
    Status end(bool keep);

    QString m_connection;
    Error m_error;
    bool m_active = false;
};
