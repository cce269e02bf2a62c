#include "reports/reportspage.h"

#include "backgroundjob.h"
#include "csv/reportexport.h"
#include "db/database.h"
#include "reports/reportchartbuilder.h"
#include "reports/reportexporter.h"
#include "reports/reportfilterrow.h"
#include "reports/reportrunner.h"
#include "reports/reporttablemodel.h"
#include "services/applicationservice.h"
#include "services/catalogservice.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString ExportFolderKey = QStringLiteral("reports/exportFolder");
constexpr int KindRole = Qt::UserRole;
} // namespace

ReportsPage::ReportsPage(QString connectionName, QString databasePath, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)),
      m_databasePath(std::move(databasePath))
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setAccessibleName(tr("Reports"));
    for (ReportKind kind : ReportKindInfo::all()) {
        auto *item = new QListWidgetItem(ReportKindInfo::title(kind), m_list);
        item->setToolTip(ReportKindInfo::description(kind));
        item->setData(KindRole, int(kind));
    }
    m_list->setCurrentRow(0);
    int widest = 0;
    for (ReportKind kind : ReportKindInfo::all())
        widest = qMax(widest, m_list->fontMetrics().horizontalAdvance(ReportKindInfo::title(kind)));
    m_list->setFixedWidth(widest + m_list->fontMetrics().averageCharWidth() * 6);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::chooseFromList);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // computing: how long is not known
    m_busy->setFormat(tr("Computing…"));
    m_busy->setTextVisible(true);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_busy->setVisible(false);
    createExportActions();
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("reportExport"));
    exportButton->setText(tr("Export"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions(m_exportActions);
    exportButton->setMenu(exportMenu);

    m_filters = new ReportFilterRow(this);
    m_filters->setObjectName(QStringLiteral("reportFilters"));
    m_filters->setCohortLookup([this](qint64 trackId) {
        const auto cohorts = CatalogService(m_connection, Actor::desk()).cohortsOfTrack(trackId);
        if (!cohorts)
            Q_EMIT failed(tr("The cohorts could not be read."), cohorts.error());
        return cohorts ? cohorts.value() : QList<Cohort>();
    });
    connect(m_filters, &ReportFilterRow::changed, this, [this] { m_settle.start(); });
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ReportsPage::run);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setAccessibleName(tr("Chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 12);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(QStringLiteral("reportTables"));
    m_tables->setDocumentMode(true);
    // Side by side: the chart keeps the page's height for its labels, the table for its rows.
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_chart);
    m_split->addWidget(m_tables);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins({});
    content->addWidget(m_split, 1);
    content->addWidget(m_notes);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_message);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_busy);
    heading->addWidget(exportButton);
    auto *report = new QVBoxLayout;
    report->addLayout(heading);
    report->addWidget(m_description);
    report->addWidget(m_filters);
    report->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(report, 1);

    showReport(m_kind);
}

void ReportsPage::createExportActions()
{
    m_exportCsv = new QAction(tr("Export Table as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportReportCsv"));
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        exportTo(tr("Export Table as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
                 &ReportsPage::exportTable);
    });
    m_exportPng = new QAction(tr("Export Chart as &PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportReportPng"));
    connect(m_exportPng, &QAction::triggered, this, [this] {
        exportTo(tr("Export Chart as PNG"), QStringLiteral("png"), tr("PNG images (*.png)"),
                 &ReportsPage::exportChartPng);
    });
    m_exportSvg = new QAction(tr("Export Chart as &SVG…"), this);
    m_exportSvg->setObjectName(QStringLiteral("exportReportSvg"));
    connect(m_exportSvg, &QAction::triggered, this, [this] {
        exportTo(tr("Export Chart as SVG"), QStringLiteral("svg"), tr("SVG images (*.svg)"),
                 &ReportsPage::exportChartSvg);
    });
    m_exportPdf = new QAction(tr("Export Report as P&DF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportReportPdf"));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        exportTo(tr("Export Report as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"),
                 &ReportsPage::exportPdf);
    });
    m_exportActions = {m_exportCsv, m_exportPng, m_exportSvg, m_exportPdf};
    updateExportActions();
}

Status ReportsPage::refresh()
{
    Status read;
    // The chosen track's cohorts come with the tracks (ReportFilterRow::setCohortLookup).
    if (const auto tracks = CatalogService(m_connection, Actor::desk()).tracks())
        m_filters->setTracks(tracks.value());
    else
        read = tracks.error();
    if (const auto owners = ApplicationService(m_connection, Actor::desk()).owners())
        m_filters->setOwners(owners.value());
    else
        read = owners.error();
    run();
    return read;
}

void ReportsPage::setActor(const Actor &actor)
{
    m_actor = actor;
    run();
}

void ReportsPage::clearActor()
{
    m_actor.reset();
    ++m_wanted; // a run under way is nobody's now
    m_busy->setVisible(false);
    m_report.reset();
    showMessage(tr("Sign in to see the reports."));
}

void ReportsPage::showReport(ReportKind kind)
{
    m_kind = kind;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KindRole).toInt() == int(kind)) {
            const QSignalBlocker quiet(m_list);
            m_list->setCurrentRow(row);
        }
    }
    m_title->setText(ReportKindInfo::title(kind));
    m_description->setText(ReportKindInfo::description(kind));
    {
        const QSignalBlocker quiet(m_filters);
        m_filters->setKind(kind);
    }
    // Another report's chart must not stand under this one's title, even for a moment.
    m_report.reset();
    showMessage(m_actor ? tr("Computing the %1 report…").arg(ReportKindInfo::title(kind))
                        : tr("Sign in to see the reports."));
    run();
}

void ReportsPage::chooseFromList()
{
    if (QListWidgetItem *item = m_list->currentItem())
        showReport(ReportKind(item->data(KindRole).toInt()));
}

void ReportsPage::run()
{
    m_settle.stop();
    ++m_wanted; // whatever runs now answers an older question
    // A hidden page runs its report when it is shown (refresh()).
    if (!m_actor || !isVisible())
        return;
    m_busy->setVisible(true);
    updateExportActions();
    if (m_running)
        return; // finish() starts the newest once the running one is done
    start({m_wanted, m_kind, m_filters->filter(), m_filters->describe()});
}

void ReportsPage::start(const Run &run)
{
    m_running = true;
    auto *job = new BackgroundJob(this);
    job->start(
        [path = m_databasePath, actor = *m_actor,
         run](const BackgroundJob::Progress &) -> Result<Report> {
            Database database(Database::uniqueConnectionName(QStringLiteral("report")));
            if (const Status opened =
                    database.open(path, Database::Check::Later, Database::Mode::ReadOnly);
                !opened)
                return opened.error();
            return ReportRunner(database.connectionName(), actor).run(run.kind, run.filter);
        },
        [this, run](const Result<Report> &result) { finish(run, result); });
}

void ReportsPage::finish(const Run &run, const Result<Report> &result)
{
    m_running = false;
    if (run.generation != m_wanted) {
        // The filters or the report changed meanwhile: this result is nobody's.
        if (m_actor && isVisible())
            start({m_wanted, m_kind, m_filters->filter(), m_filters->describe()});
        else
            m_busy->setVisible(false);
        return;
    }
    m_busy->setVisible(false);
    if (result) {
        m_reportFilterWords = run.filterWords;
        showResult(result.value());
    } else {
        m_report.reset();
        showMessage(tr("The %1 report could not be computed.\n\n%2")
                        .arg(ReportKindInfo::title(run.kind), result.error().text()));
    }
    updateExportActions();
    Q_EMIT reportShown();
}

void ReportsPage::showResult(const Report &report)
{
    const bool anotherKind = !m_report || m_report->kind != report.kind;
    m_report = report;
    setChart(ReportChartBuilder::build(report));
    m_chart->setVisible(hasChart());
    const int shownTable = m_tables->currentIndex();
    while (m_tables->count() > 0) {
        QWidget *old = m_tables->widget(0);
        m_tables->removeTab(0);
        delete old;
    }
    for (const ReportTable &table : report.tables) {
        auto *view = new QTableView(m_tables);
        view->setObjectName(QStringLiteral("reportTable_") + table.key);
        view->setAccessibleName(table.title);
        view->setModel(new ReportTableModel(table, view));
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setShowGrid(false);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 2);
        view->resizeColumnsToContents();
        m_tables->addTab(view, table.title);
    }
    m_tables->setCurrentIndex(qBound(0, shownTable, int(m_tables->count()) - 1));
    if (anotherKind)
        fitTables();
    m_notes->setText(report.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!report.notes.isEmpty());
    m_stack->setCurrentWidget(m_content);
}

// A new report's tables get the width of their columns, up to half the page; the chart the rest.
// Within a report the splitter stays where the person put it.
void ReportsPage::fitTables()
{
    int wanted = 0;
    for (int tab = 0; tab < m_tables->count(); ++tab) {
        const auto *view = qobject_cast<QTableView *>(m_tables->widget(tab));
        wanted = qMax(wanted, view->horizontalHeader()->length() + 2 * view->frameWidth() +
                                  view->verticalScrollBar()->sizeHint().width());
    }
    const int total = m_stack->width() - m_split->handleWidth(); // the splitter may be hidden yet
    if (total <= 0)
        return;
    const int table = qMin(wanted, total / 2);
    m_split->setSizes({total - table, table});
}

void ReportsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updateExportActions();
}

void ReportsPage::setChart(QChart *chart)
{
    ReportChartBuilder::applyTheme(chart, palette());
    QChart *old = m_chart->chart();
    m_chart->setChart(chart); // the view lets go of the old chart without deleting it
    delete old;
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ReportChartBuilder::applyTheme(m_chart->chart(), palette());
    QWidget::changeEvent(event);
}

void ReportsPage::updateExportActions()
{
    const bool shown = m_report.has_value() && m_busy->isHidden();
    const bool charted = shown && hasChart();
    m_exportCsv->setEnabled(shown && !m_report->tables.isEmpty());
    m_exportPng->setEnabled(charted);
    m_exportSvg->setEnabled(charted);
    m_exportPdf->setEnabled(shown);
}

Status ReportsPage::exportTable(const QString &path) const
{
    if (!m_report || m_report->tables.isEmpty())
        return Error{tr("There is no report table to export."), {}};
    const int shown = qBound(0, m_tables->currentIndex(), int(m_report->tables.size()) - 1);
    return ReportExport::writeFile(m_report->tables.at(shown), path, m_databasePath);
}

bool ReportsPage::hasChart() const
{
    return m_report && m_report->chart.kind != ReportChart::Kind::None;
}

Status ReportsPage::exportChartPng(const QString &path) const
{
    if (!hasChart())
        return Error{tr("There is no report chart to export."), {}};
    return ReportExporter(m_databasePath).writePng(m_chart, path);
}

Status ReportsPage::exportChartSvg(const QString &path) const
{
    if (!hasChart())
        return Error{tr("There is no report chart to export."), {}};
    return ReportExporter(m_databasePath).writeSvg(m_chart, path);
}

Status ReportsPage::exportPdf(const QString &path) const
{
    if (!m_report)
        return Error{tr("There is no report to export."), {}};
    return ReportExporter(m_databasePath).writePdf(*m_report, m_reportFilterWords, path);
}

void ReportsPage::exportTo(const QString &title, const QString &suffix, const QString &filter,
                           Status (ReportsPage::*write)(const QString &) const)
{
    if (!m_report)
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(ExportFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString name = ReportKindInfo::machineName(m_report->kind);
    if (suffix == QLatin1String("csv") && m_tables->currentIndex() >= 0)
        name += QLatin1Char('-') + m_report->tables.value(m_tables->currentIndex()).key;
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    if (const Status written = (this->*write)(path); !written) {
        QMessageBox::warning(this, title,
                             tr("%1 was not written.").arg(QDir::toNativeSeparators(path)) +
                                 QStringLiteral("\n\n") + written.error().text());
        return;
    }
    Q_EMIT exported(tr("%1 exported to %2.")
                        .arg(ReportKindInfo::title(m_report->kind), QDir::toNativeSeparators(path)),
                    path);
}
