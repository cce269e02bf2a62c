#pragma once

#include "reports/report.h"

#include <QCoreApplication>

class QChart;
class QPalette;

// The chart a report's spec (ReportChart) asks for, drawn from the same table the page shows:
// bars, one set per value column, over the category column's texts; or lines, one per value of
// the series column (or per value column), over dates or categories. Knows no report by name.
class ReportChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartBuilder)

public:
    // More lines than this have no legend (its entries would be markers without names).
    static constexpr int MaxLegendLines = 8;

    // A new chart for the caller to own; an empty one when the report draws none.
    static QChart *build(const Report &report);
    // Qt Charts' light or dark theme after the palette's window colour, so that a chart follows
    // the desk's theme (Theme) as the widgets around it do.
    static void applyTheme(QChart *chart, const QPalette &palette);
    static bool isDark(const QPalette &palette);

private:
    static void addBars(QChart *chart, const ReportTable &table, const ReportChart &spec);
    static void addLines(QChart *chart, const ReportTable &table, const ReportChart &spec);
    static void addValueAxis(QChart *chart, const ReportTable &table, const ReportChart &spec);
};
