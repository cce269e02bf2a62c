#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The one text form of times and dates stored in the database: UTC, ISO 8601, milliseconds,
// so that text order is time order.
namespace Timestamp {
QString format(const QDateTime &at);
QDateTime parse(const QString &text);
QString formatDate(const QDate &date);
QDate parseDate(const QString &text);
} // namespace Timestamp
