#include "reports/reportchartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPalette>
#include <QTest>
#include <QValueAxis>

#include <memory>

// The chart a report's spec asks for, from a table made here: no report is named, so the reports
// still to come (cohort fill's lines day by day, refunds' money) draw the same way.
class TestReportChartBuilder : public QObject
{
    Q_OBJECT

    static Report linesByCohort()
    {
        ReportTable fill{QStringLiteral("days"),
                         QStringLiteral("Day by day"),
                         {{QStringLiteral("day"), QStringLiteral("Day"), ReportValue::Date},
                          {QStringLiteral("cohort"), QStringLiteral("Cohort"), ReportValue::Text},
                          {QStringLiteral("seats"), QStringLiteral("Seats"), ReportValue::Count}},
                         {}};
        fill.rows << QVariantList{QDate(2027, 1, 1), QStringLiteral("March"), 3}
                  << QVariantList{QDate(2027, 1, 1), QStringLiteral("April"), 1}
                  << QVariantList{QDate(2027, 1, 2), QStringLiteral("March"), 5}
                  << QVariantList{QDate(2027, 1, 2), QStringLiteral("April"), QVariant()}
                  << QVariantList{QDate(2027, 1, 3), QStringLiteral("April"), 4};
        Report report;
        report.tables << fill;
        report.chart.kind = ReportChart::Kind::Lines;
        report.chart.categoryColumn = 0;
        report.chart.valueColumns = {2};
        report.chart.seriesColumn = 1;
        report.chart.valueAxisTitle = QStringLiteral("Seats");
        return report;
    }

    static double at(const QDate &day) { return double(day.startOfDay().toMSecsSinceEpoch()); }

private Q_SLOTS:
    void linesAreOnePerValueOfTheSeriesColumnOverDates()
    {
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(linesByCohort()));
        QCOMPARE(chart->series().size(), 2);
        auto *march = qobject_cast<QLineSeries *>(chart->series().at(0));
        auto *april = qobject_cast<QLineSeries *>(chart->series().at(1));
        QVERIFY(march && april);
        QCOMPARE(march->name(), QStringLiteral("March"));
        QCOMPARE(april->name(), QStringLiteral("April"));
        QCOMPARE(march->points(),
                 (QList<QPointF>{{at(QDate(2027, 1, 1)), 3}, {at(QDate(2027, 1, 2)), 5}}));
        // A null cell is no point, not a zero.
        QCOMPARE(april->points(),
                 (QList<QPointF>{{at(QDate(2027, 1, 1)), 1}, {at(QDate(2027, 1, 3)), 4}}));
        QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
        auto *days = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(days);
        // Every line's days, not only the first line's.
        QCOMPARE(days->min(), QDate(2027, 1, 1).startOfDay());
        QCOMPARE(days->max(), QDate(2027, 1, 3).startOfDay());
        auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(values);
        QCOMPARE(values->titleText(), QStringLiteral("Seats"));
        QVERIFY(values->max() >= 5);
        QVERIFY(chart->legend()->isVisible());
    }

    void linesOverTextAreOnePerValueColumn()
    {
        Report report = linesByCohort();
        report.tables[0].columns[0].value = ReportValue::Text;
        for (QVariantList &row : report.tables[0].rows)
            row[0] = row[0].toDate().toString(Qt::ISODate);
        report.chart.seriesColumn = -1;
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(report));
        QCOMPARE(chart->series().size(), 1);
        auto *seats = qobject_cast<QLineSeries *>(chart->series().constFirst());
        QCOMPARE(seats->name(), QStringLiteral("Seats"));
        // x is the category's place among the distinct days, in the table's order.
        QCOMPARE(seats->points(), (QList<QPointF>{{0, 3}, {0, 1}, {1, 5}, {2, 4}}));
        auto *days = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(days);
        QCOMPARE(days->categories(), (QStringList{"2027-01-01", "2027-01-02", "2027-01-03"}));
    }

    void barsAreOneSetPerValueColumnMoneyInUnits()
    {
        ReportTable refunds{
            QStringLiteral("refunds"),
            QStringLiteral("Refunds"),
            {{QStringLiteral("cohort"), QStringLiteral("Cohort"), ReportValue::Text},
             {QStringLiteral("count"), QStringLiteral("Refunds"), ReportValue::Count},
             {QStringLiteral("paid"), QStringLiteral("Paid back"), ReportValue::Money}},
            {}};
        refunds.rows << QVariantList{QStringLiteral("March"), 2, 150000}
                     << QVariantList{QStringLiteral("April"), 0, QVariant()};
        Report report;
        report.tables << refunds;
        report.chart.kind = ReportChart::Kind::Bars;
        report.chart.valueColumns = {1, 2};
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(report));
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Refunds"));
        QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Paid back"));
        QCOMPARE(bars->barSets().at(1)->at(0), 1500.0); // as the table shows it: 1500.00
        QCOMPARE(bars->barSets().at(1)->at(1), 0.0);
        auto *cohorts = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
        QCOMPARE(cohorts->categories(), (QStringList{"March", "April"}));
        QVERIFY(chart->legend()->isVisible());
    }

    // A count of one or two has ticks at whole numbers only.
    void smallCountsTickAtWholeNumbers()
    {
        ReportTable refunds{QStringLiteral("refunds"),
                            QStringLiteral("Refunds"),
                            {{QStringLiteral("cohort"), QStringLiteral("Cohort"), ReportValue::Text},
                             {QStringLiteral("count"), QStringLiteral("Refunds"), ReportValue::Count}},
                            {}};
        refunds.rows << QVariantList{QStringLiteral("March"), 1} << QVariantList{QStringLiteral("April"), 0};
        Report report;
        report.tables << refunds;
        report.chart.kind = ReportChart::Kind::Bars;
        report.chart.valueColumns = {1};
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(report));
        auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        QCOMPARE(values->max(), 2.0);
        QCOMPARE(values->tickCount(), 3); // 0, 1, 2
    }

    // Many lines: no legend of nameless markers; each line keeps its name for the tooltip.
    void manyLinesHaveNoLegend()
    {
        Report report = linesByCohort();
        for (int n = 0; n < ReportChartBuilder::MaxLegendLines; ++n)
            report.tables[0].rows << QVariantList{QDate(2027, 1, 1), QStringLiteral("C%1").arg(n), n};
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(report));
        QCOMPARE(chart->series().size(), ReportChartBuilder::MaxLegendLines + 2);
        QVERIFY(!chart->legend()->isVisible());
        QCOMPARE(chart->series().constLast()->name(),
                 QStringLiteral("C%1").arg(ReportChartBuilder::MaxLegendLines - 1));
    }

    void aReportWithoutAChartDrawsNothing()
    {
        Report report = linesByCohort();
        report.chart.kind = ReportChart::Kind::None;
        const std::unique_ptr<QChart> none(ReportChartBuilder::build(report));
        QVERIFY(none->series().isEmpty());
        report.chart.kind = ReportChart::Kind::Bars;
        report.chart.table = 3; // no such table
        const std::unique_ptr<QChart> missing(ReportChartBuilder::build(report));
        QVERIFY(missing->series().isEmpty());
    }

    void theThemeFollowsThePalette()
    {
        const std::unique_ptr<QChart> chart(ReportChartBuilder::build(linesByCohort()));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        ReportChartBuilder::applyTheme(chart.get(), dark);
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(30, 30, 32));
        QPalette light;
        light.setColor(QPalette::Window, QColor(239, 239, 239));
        light.setColor(QPalette::Base, Qt::white);
        ReportChartBuilder::applyTheme(chart.get(), light);
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
    }
};

QTEST_MAIN(TestReportChartBuilder)
#include "tst_reportchartbuilder.moc"
