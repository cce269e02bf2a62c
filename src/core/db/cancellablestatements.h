#pragma once

#include <QString>

#include <atomic>

// While it lives, the statements of a connection stop with an "interrupted" error soon after
// `cancelled` turns true: for a long read on a worker thread whose result its owner may no
// longer want. SQLite asks a progress handler every few thousand steps; other drivers run to
// the end.
class CancellableStatements
{
public:
    CancellableStatements(const QString &connectionName, const std::atomic_bool &cancelled);
    ~CancellableStatements();
    CancellableStatements(const CancellableStatements &) = delete;
    CancellableStatements &operator=(const CancellableStatements &) = delete;

private:
    QString m_connection;
};
