#include "mainwindow.h"

#include "applicationcounts.h"
#include "applicationstatus.h"
#include "applicationtablemodel.h"

#include <QAction>
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
#include <QStatusBar>
#include <QStringList>
#include <QTableView>
#include <QTime>

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
    createMenus();
    setUpTable();
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    connect(m_model, &ApplicationTableModel::loadFailed, this, [this](const Error &error) {
        showError(tr("The applications could not be read."), error);
    });
}

void MainWindow::refresh()
{
    if (const Status status = m_model->refresh(); !status) {
        m_countsLabel->clear();
        showError(tr("The applications could not be read."), status.error());
        return;
    }
    updateCounts();
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
            this, [this] { Q_EMIT tablePainted(); }, Qt::QueuedConnection);
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
    // Not yet: sorting a million rows needs an ORDER BY (and an index) in the model.
    m_table->setSortingEnabled(false);

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
        chars(16),
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

    setCentralWidget(m_table);
    m_table->viewport()->installEventFilter(this);

    // Wide enough for every column and about thirty rows, within the screen.
    const QSize wanted(total + m_table->verticalScrollBar()->sizeHint().width(),
                       30 * rows->defaultSectionSize());
    const QSize available = screen()->availableSize() * 9 / 10;
    resize(wanted.boundedTo(available));
}

void MainWindow::updateCounts()
{
    const auto counts = ApplicationCounts(m_connection).byStatus();
    if (!counts) {
        m_countsLabel->clear();
        showError(tr("The applications could not be counted."), counts.error());
        return;
    }
    const QLocale locale;
    qint64 total = 0;
    QMap<ApplicationStatus, qint64> byStatus;
    QStringList tooltip;
    for (const auto &[status, count] : counts.value()) {
        total += count;
        byStatus.insert(status, count);
        tooltip << tr("%1: %2").arg(Statuses::displayName(status), locale.toString(count));
    }
    QStringList parts{tr("Applications: %1").arg(locale.toString(total))};
    for (ApplicationStatus status : KeyStatuses) {
        parts << tr("%1: %2").arg(Statuses::displayName(status),
                                  locale.toString(byStatus.value(status)));
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
    m_countsLabel->setToolTip(tooltip.join(QLatin1Char('\n')));
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
