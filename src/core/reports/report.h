#pragma once

#include "reports/reportfilter.h"
#include "reports/reportkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a report's cells hold, for the table, the chart and the CSV alike.
enum class ReportValue
{
    Text,    // a stage, a cohort, a source: a QString
    Count,   // a whole number
    Percent, // 0..100 with one decimal; null where there is nothing to divide by
    Days,    // days with one decimal; null where there is nothing to measure
    Money,   // minor units of the row's currency (cents), shown with two decimals
    Date     // a QDate
};

struct ReportColumn
{
    QString key;   // stable snake_case name: the CSV header
    QString title; // shown in the window and by the command line, translated
    ReportValue value = ReportValue::Count;
};

// One table of numbers: the exact figures a chart is drawn from.
struct ReportTable
{
    QString key;   // stable name: the CSV file's suffix when a report has several tables
    QString title; // translated
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // one cell per column, of the column's ReportValue
    // Rows for the chart more than for reading (a series day by day): the command line's
    // tables name it instead of printing it, unless asked for it by name.
    bool series = false;

    int columnOf(const QString &columnKey) const;
    // A cell as the command line and the CSV write it: "12.5", "3", "1200.00", "2027-03-01";
    // empty for a null cell.
    QString text(int row, int column) const;
};

// How the window draws a table: which table, which column names the categories, which columns
// are the values (one bar set or line each), and for lines one series per distinct value of
// seriesColumn.
struct ReportChart
{
    enum class Kind
    {
        None,
        Bars,
        Lines
    };
    Kind kind = Kind::None;
    int table = 0;
    int categoryColumn = 0;
    QList<int> valueColumns;
    int seriesColumn = -1; // lines: one line per value of this column; -1: one per value column
    QString valueAxisTitle;
};

// A computed report: its tables, in the order shown, and its chart.
struct Report
{
    ReportKind kind = ReportKind::Funnel;
    ReportFilter filter;
    QList<ReportTable> tables;
    ReportChart chart;
    QStringList notes; // what a reader must know to read the numbers right, translated
};

// Cells as every report rounds them.
namespace ReportCell {
// part of whole in percent, one decimal; null when whole is 0.
QVariant percent(qint64 part, qint64 whole);
// Days with one decimal.
QVariant days(double value);
} // namespace ReportCell
