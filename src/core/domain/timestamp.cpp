#include "domain/timestamp.h"

namespace Timestamp {

QString format(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parse(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Timestamp
