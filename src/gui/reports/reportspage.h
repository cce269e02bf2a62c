#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "reports/report.h"
#include "reports/reportkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class ReportFilterRow;

// The head of admissions' reports: the seven on the left, the filters the chosen one accepts
// above, its chart (Qt Charts, as the report's spec asks) over its tables with the exact numbers,
// and its notes. A report runs on a worker with a connection of its own, the page busy and the
// window free meanwhile; edits to the filters run it again once the typing stops, and a result
// that is no longer wanted is never shown. Exports: a table as CSV, the chart as PNG or SVG, the
// whole report as PDF.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 300; // the filters' edits wait this long for the next

    ReportsPage(QString connectionName, QString databasePath, QWidget *parent = nullptr);

    // Reads the filters' choices again and runs the report again, when the page is on screen.
    Status refresh();
    // Reports are computed for this staff user; without one (clearActor) nothing runs.
    void setActor(const Actor &actor);
    void clearActor();
    // Chooses the report and runs it.
    void showReport(ReportKind kind);
    ReportKind currentKind() const { return m_kind; }
    // The report on screen; none while the first run of a report computes, or when it failed.
    const std::optional<Report> &report() const { return m_report; }
    bool isRunning() const { return m_running; }
    // Report → Export…: CSV of the table shown, PNG and SVG of the chart, PDF of the report.
    QList<QAction *> exportActions() const { return m_exportActions; }

    // The files themselves, for the actions (which ask where) and for tests.
    Status exportTable(const QString &path) const;
    Status exportChartPng(const QString &path) const;
    Status exportChartSvg(const QString &path) const;
    Status exportPdf(const QString &path) const;

Q_SIGNALS:
    // The report is on screen, or its error: after each run that was still wanted.
    void reportShown();
    // A file was written: for the status bar's notice with its Open Folder button.
    void exported(const QString &message, const QString &path);
    // A read outside a report's run failed (the cohorts of a track chosen).
    void failed(const QString &what, const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run
    {
        int generation = 0;
        ReportKind kind = ReportKind::Funnel;
        ReportFilter filter;
        QStringList filterWords;
    };

    void createExportActions();
    void chooseFromList();
    // Runs the report as the filters say now: at once if nothing runs, else after the running
    // one, whose result is then dropped.
    void run();
    void start(const Run &run);
    void finish(const Run &run, const Result<Report> &result);
    void showResult(const Report &report);
    void fitTables();
    void showMessage(const QString &message);
    void setChart(QChart *chart);
    bool hasChart() const;
    void updateExportActions();
    // Asks for a file named after the report, then writes it with `write`, saying how it went.
    void exportTo(const QString &title, const QString &suffix, const QString &filter,
                  Status (ReportsPage::*write)(const QString &) const);

    QString m_connection;
    QString m_databasePath;
    std::optional<Actor> m_actor;
    ReportKind m_kind = ReportKind::Funnel;
    std::optional<Report> m_report;
    QStringList m_reportFilterWords; // the shown report's filters, in words
    int m_wanted = 0;                // the generation of the newest run asked for
    bool m_running = false;
    QTimer m_settle;

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QProgressBar *m_busy = nullptr;
    ReportFilterRow *m_filters = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
    QSplitter *m_split = nullptr;
    QChartView *m_chart = nullptr;
    QTabWidget *m_tables = nullptr;
    QLabel *m_notes = nullptr;
    QList<QAction *> m_exportActions;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportPdf = nullptr;
};
