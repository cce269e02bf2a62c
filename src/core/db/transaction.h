#pragma once

#include "domain/result.h"

#include <QString>

// A transaction that rolls back unless committed. Writers use BEGIN IMMEDIATE: a deferred
// BEGIN that reads and then writes fails with SQLITE_BUSY_SNAPSHOT when another connection
// wrote in between, whatever the busy timeout (see CRAFT.md).
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
