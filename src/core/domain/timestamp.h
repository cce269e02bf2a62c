#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

// The one text form of times and dates stored in the database: UTC, ISO 8601, milliseconds,
// so that text order is time order.
namespace Timestamp {
QString format(const QDateTime &at);
// Text in the stored form is read without QDateTime's general parser (a report reads hundreds
// of thousands of times); any other ISO 8601 text goes through it.
QDateTime parse(const QString &text);
// The same from UTF-8, as RowStream gives it.
QDateTime parse(QByteArrayView text);
QString formatDate(const QDate &date);
QDate parseDate(const QString &text);
QDate parseDate(QByteArrayView text);
} // namespace Timestamp
