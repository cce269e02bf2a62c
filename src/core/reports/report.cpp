#include "reports/report.h"

#include <QLocale>

int ReportTable::columnOf(const QString &columnKey) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == columnKey)
            return i;
    }
    return -1;
}

QString ReportTable::text(int row, int column) const
{
    const QVariant cell = rows.at(row).value(column);
    if (cell.isNull())
        return {};
    switch (columns.at(column).value) {
    case ReportValue::Text:
        return cell.toString();
    case ReportValue::Count:
        return QString::number(cell.toLongLong());
    case ReportValue::Money:
        return QString::number(cell.toLongLong() / 100.0, 'f', 2);
    case ReportValue::Percent:
    case ReportValue::Days:
        return QString::number(cell.toDouble(), 'f', 1);
    case ReportValue::Date:
        return cell.toDate().toString(Qt::ISODate);
    }
    return cell.toString();
}

QVariant ReportCell::percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QVariant() : QVariant(qRound(1000.0 * double(part) / double(whole)) / 10.0);
}

QVariant ReportCell::days(double value)
{
    return qRound(value * 10.0) / 10.0;
}
