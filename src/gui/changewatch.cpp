#include "changewatch.h"

#include "db/database.h"

ChangeWatch::ChangeWatch(QString connectionName, QObject *parent)
    : QObject(parent), m_connection(std::move(connectionName))
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatch::poll);
}

void ChangeWatch::start()
{
    const auto version = Database::dataVersion(m_connection);
    m_version = version ? version.value() : -1;
    m_timer.start();
}

void ChangeWatch::poll()
{
    const auto version = Database::dataVersion(m_connection);
    // A file that cannot be read now is the views' to report, at their next read.
    if (!version || version.value() == m_version)
        return;
    m_version = version.value();
    Q_EMIT changedElsewhere();
}
