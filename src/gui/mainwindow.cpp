#include "mainwindow.h"

#include "applicationcounts.h"
#include "applicationstatus.h"
#include "applicationtablemodel.h"
#include "filterbar.h"
#include "trackrepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStringList>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace {
// The statuses an officer watches all day; the tooltip of the counts lists every status.
const ApplicationStatus KeyStatuses[] = {ApplicationStatus::Applied, ApplicationStatus::Offered,
                                         ApplicationStatus::Waitlisted, ApplicationStatus::Enrolled,
                                         ApplicationStatus::Active};
} // namespace

MainWindow::MainWindow(QString connectionName, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_connection(std::move(connectionName)),
      m_model(new ApplicationTableModel(m_connection, this))
{
    // The title shows the file name; Qt adds the application's display name.
    setWindowFilePath(databasePath);
    m_filterBar = new FilterBar(this);
    createMenus();
    setUpTable();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    restoreSettings();
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    connect(m_model, &ApplicationTableModel::loadFailed, this, [this](const Error &error) {
        showError(tr("The applications could not be read."), error);
    });
}

void MainWindow::refresh()
{
    if (const auto tracks = TrackRepository(m_connection).list())
        m_filterBar->setTracks(tracks.value());
    const QHeaderView *header = m_table->horizontalHeader();
    const ApplicationQuery query(m_filterBar->filter(),
                                 ApplicationTableModel::sortKeyOf(header->sortIndicatorSection()),
                                 header->sortIndicatorOrder());
    if (const Status status = m_model->setQuery(query); !status) {
        m_countsLabel->clear();
        showError(tr("The applications could not be read."), status.error());
        return;
    }
    // Counting by status reads the whole status index (about 80 ms on a million rows): the
    // first time, only after the first rows are on screen.
    if (m_tablePainted)
        recountStatuses();
    else
        showCounts();
}

void MainWindow::applyFilter(const ApplicationFilter &filter)
{
    if (filter == m_model->query().filter())
        return; // e.g. a search term still too short to search
    if (const Status status = m_model->setFilter(filter); !status) {
        showError(tr("The applications could not be read."), status.error());
        return;
    }
    showCounts();
}

void MainWindow::showError(const QString &what, const Error &error)
{
    // Window-modal and not blocking: a nested event loop would keep the table painting.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Database error"), what, QMessageBox::Ok, this);
    box->setInformativeText(error.text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_tablePainted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_tablePainted = true;
        m_table->viewport()->removeEventFilter(this);
        // Queued, so that the paint this event starts has finished.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT tablePainted();
                recountStatuses();
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Admissions Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // The model sorts in SQL; the indicator starts at ID, ascending (restoreSettings may
    // change it).
    m_table->horizontalHeader()->setSortIndicator(ApplicationTableModel::IdColumn,
                                                  Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            &ApplicationTableModel::sort);
    // A new order or filter starts at its first row.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::scrollToTop);

    // Fixed row heights and column widths from the font, never from the data: measuring the
    // contents would read rows the view does not show.
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(metrics.height() * 3 / 2 + 2);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    const QFontMetrics headerMetrics = columns->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto chars = [&metrics](int count) { return count * metrics.averageCharWidth(); };

    int statusWidth = 0;
    for (ApplicationStatus status : Statuses::all())
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(Statuses::displayName(status)));
    const QString latestDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);

    const int contentWidths[ApplicationTableModel::ColumnCount] = {
        metrics.horizontalAdvance(QStringLiteral("0000000")), // ids up to ten million
        chars(28),
        chars(44), // generated addresses run to about forty characters
        chars(19), // "+234 604 113 0000"
        chars(6),
        chars(18),
        statusWidth,
        chars(12),
        metrics.horizontalAdvance(latestDate),
        metrics.horizontalAdvance(latestDate),
        metrics.horizontalAdvance(QStringLiteral("100")),
    };
    int total = 0;
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width =
            qMax(contentWidths[column], headerMetrics.horizontalAdvance(title)) + padding;
        columns->resizeSection(column, width);
        total += width;
    }

    m_table->viewport()->installEventFilter(this);

    // Wide enough for every column and about thirty rows, within the screen.
    const QSize wanted(total + m_table->verticalScrollBar()->sizeHint().width(),
                       30 * rows->defaultSectionSize());
    const QSize available = screen()->availableSize() * 9 / 10;
    resize(wanted.boundedTo(available));
}

void MainWindow::recountStatuses()
{
    auto counts = ApplicationCounts(m_connection).byStatus();
    if (!counts) {
        m_countsLabel->clear();
        showError(tr("The applications could not be counted."), counts.error());
        return;
    }
    m_statusCounts = counts.value();
    m_statusCountsKnown = true;
    showCounts();
}

// The rows shown come from the model's COUNT(*) of its filter; the totals by status change only
// with the data, so a keystroke in the search box does not count them again.
void MainWindow::showCounts()
{
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    if (!m_statusCountsKnown) {
        m_countsLabel->setText(tr("Showing %1 applications").arg(locale.toString(shown)));
        return;
    }
    qint64 total = 0;
    QMap<ApplicationStatus, qint64> byStatus;
    QStringList tooltip;
    for (const auto &[status, count] : std::as_const(m_statusCounts)) {
        total += count;
        byStatus.insert(status, count);
        tooltip << tr("%1: %2").arg(Statuses::displayName(status), locale.toString(count));
    }
    QStringList parts{shown == total ? tr("Applications: %1").arg(locale.toString(total))
                                     : tr("Showing %1 of %2 applications")
                                           .arg(locale.toString(shown), locale.toString(total))};
    for (ApplicationStatus status : KeyStatuses) {
        parts << tr("%1: %2").arg(Statuses::displayName(status),
                                  locale.toString(byStatus.value(status)));
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
    m_countsLabel->setToolTip(tooltip.join(QLatin1Char('\n')));
}

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString HeaderKey = QStringLiteral("applications/header");
const QString StatusesKey = QStringLiteral("applications/statuses");
const QString TrackKey = QStringLiteral("applications/track");
} // namespace

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// The search term is not kept: a new day starts with every application in view.
void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    QStringList statuses;
    for (ApplicationStatus status : m_model->query().filter().statuses)
        statuses << Statuses::machineName(status);
    settings.setValue(StatusesKey, statuses);
    settings.setValue(TrackKey, m_model->query().filter().trackId);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    // The header state holds widths, order, hidden columns and the sort indicator.
    {
        // refresh() reads the sort from the header; no sort before it.
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    }
    ApplicationFilter filter;
    const QStringList statuses = settings.value(StatusesKey).toStringList();
    for (const QString &name : statuses) {
        if (const auto status = Statuses::fromMachineName(name))
            filter.statuses << *status;
    }
    filter.trackId = settings.value(TrackKey).toLongLong();
    if (const auto tracks = TrackRepository(m_connection).list())
        m_filterBar->setTracks(tracks.value());
    m_filterBar->setFilter(filter);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Admissions Desk"),
        tr("<h3>Admissions Desk %1</h3>"
           "<p>Applications, seats and mentors for the admissions team of a coding bootcamp.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(ADMISSIONS_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}
