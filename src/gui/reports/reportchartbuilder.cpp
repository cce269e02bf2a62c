#include "reports/reportchartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMap>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// More categories than this lie slanted under the bars; longer labels than LongLabel stand on
// end: slanted, Qt Charts hides a long first or last label that would reach past the plot.
constexpr int UprightCategories = 6;
constexpr int LongLabel = 10;

double numberIn(const QVariant &cell, ReportValue value)
{
    // Money is kept in minor units; the chart shows what the table shows.
    return value == ReportValue::Money ? cell.toDouble() / 100.0 : cell.toDouble();
}

void slantIfCrowded(QAbstractAxis *axis, const QStringList &categories)
{
    // Whole labels: "Interv…" names no status.
    axis->setTruncateLabels(false);
    if (categories.size() <= UprightCategories)
        return;
    const bool anyLong = std::any_of(categories.cbegin(), categories.cend(),
                                     [](const QString &label) { return label.size() > LongLabel; });
    axis->setLabelsAngle(anyLong ? -90 : -45);
}
} // namespace

QChart *ReportChartBuilder::build(const Report &report)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const ReportChart &spec = report.chart;
    if (spec.kind == ReportChart::Kind::None || spec.table < 0 ||
        spec.table >= report.tables.size() || spec.valueColumns.isEmpty())
        return chart;
    const ReportTable &table = report.tables.at(spec.table);
    if (spec.kind == ReportChart::Kind::Bars)
        addBars(chart, table, spec);
    else
        addLines(chart, table, spec);
    // Lines are named by cohort or the like: a column at the side has room for whole names,
    // where a row under the chart cuts them short.
    if (spec.kind == ReportChart::Kind::Lines)
        chart->legend()->setAlignment(Qt::AlignRight);
    // One series needs no legend: the value axis's title names it. Past MaxLegendLines lines
    // the legend has room for its markers only, so it goes, and a line names itself under the
    // pointer instead.
    const bool manyLines = spec.kind == ReportChart::Kind::Lines &&
                           chart->series().size() > MaxLegendLines;
    chart->legend()->setVisible(
        !manyLines && (chart->series().size() > 1 ||
                       (spec.kind == ReportChart::Kind::Bars && spec.valueColumns.size() > 1)));
    return chart;
}

void ReportChartBuilder::addBars(QChart *chart, const ReportTable &table, const ReportChart &spec)
{
    auto *series = new QBarSeries;
    for (int column : spec.valueColumns) {
        auto *set = new QBarSet(table.columns.value(column).title);
        for (const QVariantList &row : table.rows)
            set->append(numberIn(row.value(column), table.columns.value(column).value));
        series->append(set);
    }
    // The numbers on the bars when they are one set: the table beside has them all anyway.
    series->setLabelsVisible(spec.valueColumns.size() == 1);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (int row = 0; row < table.rows.size(); ++row)
        categories->append(table.text(row, spec.categoryColumn));
    slantIfCrowded(categories, categories->categories());
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    addValueAxis(chart, table, spec);
}

void ReportChartBuilder::addLines(QChart *chart, const ReportTable &table, const ReportChart &spec)
{
    const bool byDate = table.columns.value(spec.categoryColumn).value == ReportValue::Date;
    QStringList categories; // in the table's order, when the categories are not dates
    const auto xOf = [&](int row) -> double {
        if (byDate)
            return double(table.rows.at(row)
                              .value(spec.categoryColumn)
                              .toDate()
                              .startOfDay()
                              .toMSecsSinceEpoch());
        const QString category = table.text(row, spec.categoryColumn);
        if (!categories.contains(category))
            categories << category;
        return double(categories.indexOf(category));
    };
    // One line per value of the series column, or one per value column.
    QMap<QString, QLineSeries *> lines;
    QList<QLineSeries *> ordered;
    const auto lineNamed = [&](const QString &name) {
        QLineSeries *&line = lines[name];
        if (!line) {
            line = new QLineSeries;
            line->setName(name);
            QObject::connect(line, &QLineSeries::hovered, line,
                             [name](const QPointF &, bool entered) {
                                 if (entered)
                                     QToolTip::showText(QCursor::pos(), name);
                                 else
                                     QToolTip::hideText();
                             });
            line->setPointsVisible(table.rows.size() <= 40);
            ordered << line;
        }
        return line;
    };
    double first = 0;
    double last = 0;
    for (int row = 0; row < table.rows.size(); ++row) {
        const double x = xOf(row);
        first = row == 0 ? x : qMin(first, x);
        last = row == 0 ? x : qMax(last, x);
        if (spec.seriesColumn >= 0) {
            const int column = spec.valueColumns.constFirst();
            const QVariant cell = table.rows.at(row).value(column);
            if (!cell.isNull())
                lineNamed(table.text(row, spec.seriesColumn))
                    ->append(x, numberIn(cell, table.columns.value(column).value));
            continue;
        }
        for (int column : spec.valueColumns) {
            const QVariant cell = table.rows.at(row).value(column);
            if (!cell.isNull())
                lineNamed(table.columns.value(column).title)
                    ->append(x, numberIn(cell, table.columns.value(column).value));
        }
    }
    for (QLineSeries *line : std::as_const(ordered))
        chart->addSeries(line);
    QAbstractAxis *xAxis = nullptr;
    if (byDate) {
        auto *dates = new QDateTimeAxis;
        dates->setFormat(QStringLiteral("yyyy-MM-dd"));
        dates->setTickCount(4); // whole dates fit beside a legend of lines
        // Every line's days: an axis attached to several series keeps the first one's range.
        if (!table.rows.isEmpty())
            dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                            QDateTime::fromMSecsSinceEpoch(qint64(last)));
        xAxis = dates;
    } else {
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        slantIfCrowded(names, categories);
        xAxis = names;
    }
    xAxis->setTitleText(table.columns.value(spec.categoryColumn).title);
    chart->addAxis(xAxis, Qt::AlignBottom);
    for (QLineSeries *line : std::as_const(ordered))
        line->attachAxis(xAxis);
    addValueAxis(chart, table, spec);
}

void ReportChartBuilder::addValueAxis(QChart *chart, const ReportTable &table,
                                      const ReportChart &spec)
{
    double top = 0;
    bool whole = true;
    for (int column : spec.valueColumns) {
        const ReportValue value = table.columns.value(column).value;
        whole = whole && value == ReportValue::Count;
        for (const QVariantList &row : table.rows)
            top = qMax(top, numberIn(row.value(column), value));
    }
    auto *axis = new QValueAxis;
    // Room above the highest bar for its label; an empty report still has an axis.
    axis->setRange(0, top > 0 ? top * 1.1 : 1);
    axis->applyNiceNumbers();
    // Small counts get a tick per whole number: nice numbers would put ticks at halves, which
    // "%.0f" prints as 0, 1, 1, 2.
    if (whole && axis->max() <= 10) {
        const int ticks = qMax(1, int(std::ceil(top > 0 ? top * 1.1 : 1)));
        axis->setRange(0, ticks);
        axis->setTickCount(ticks + 1);
    }
    axis->setLabelFormat(whole || top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(spec.valueAxisTitle);
    chart->addAxis(axis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(axis);
}

bool ReportChartBuilder::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ReportChartBuilder::applyTheme(QChart *chart, const QPalette &palette)
{
    const QChart::ChartTheme theme =
        isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    // The page's own background, not the theme's gradient: the chart sits in the page.
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    // The numbers over the bars in the text's colour: the light theme writes them white.
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(palette.color(QPalette::Text));
        }
    }
}
