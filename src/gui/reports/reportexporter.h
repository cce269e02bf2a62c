#pragma once

#include "domain/result.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QChartView;

// A report leaving the window as files for its owner alone (0600), each made in memory and put
// in place whole or not at all (PrivateFile), never over the database: the chart as the page
// shows it (PNG, SVG), and the whole report as a printable PDF. A table's CSV is core's
// (ReportExport).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    explicit ReportExporter(QString databasePath);

    Status writePng(QChartView *chart, const QString &path) const;
    Status writeSvg(QChartView *chart, const QString &path) const;
    // The title, the filters in words, the chart (light, as on paper), every table and the notes.
    Status writePdf(const Report &report, const QStringList &filters, const QString &path) const;

private:
    QString m_databasePath;
};
