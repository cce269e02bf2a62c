#include "cohortspage.h"

#include "cohortdialog.h"
#include "domain/permissions.h"
#include "services/catalogservice.h"
#include "services/cohortstateservice.h"
#include "setup/trackcheck.h"
#include "widgets/emptylistnote.h"
#include "widgets/readonlytable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
void setRow(QTableWidget *table, int row, const QStringList &cells, const QVariant &id = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

enum CohortColumn
{
    TrackColumn,
    NameColumn,
    StartsColumn,
    StateColumn,
    SeatsColumn,
    FreeColumn,
    OffersColumn,
    WaitlistColumn,
};

// What a column sorts by where its text would sort wrongly: numbers as numbers, dates in time.
constexpr int SortRole = Qt::UserRole + 1;

// The state filter's first two choices; the others are states by their machine names.
enum StateChoice
{
    UpcomingAndRunning,
    AllStates,
};

class SortedItem : public QTableWidgetItem
{
public:
    SortedItem(const QString &text, const QVariant &sortKey) : QTableWidgetItem(text)
    {
        if (sortKey.isValid())
            setData(SortRole, sortKey);
    }

    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant key = data(SortRole);
        const QVariant otherKey = other.data(SortRole);
        if (key.isValid() && otherKey.isValid())
            return QVariant::compare(key, otherKey) == QPartialOrdering::Less;
        return text().localeAwareCompare(other.text()) < 0;
    }
};

// "68 of 70" (CohortSeats::seatsCounted), and "final: 68 of 70" once completed.
QString seatsText(const CohortSeats &c, const QLocale &locale)
{
    const QString taken =
        CohortsPage::tr("%1 of %2")
            .arg(locale.toString(c.seatsCounted()), locale.toString(c.cohort.capacity));
    return c.cohort.state == QLatin1String("completed") ? CohortsPage::tr("final: %1").arg(taken)
                                                        : taken;
}
} // namespace

CohortsPage::CohortsPage(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName))
{
    m_cohorts = new ReadOnlyTable({tr("Track"), tr("Cohort"), tr("Starts"), tr("State"),
                                   tr("Seats"), tr("Free"), tr("Offers pending"), tr("Waitlist")},
                                  QStringLiteral("cohorts"), tr("Cohorts"), this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    m_offers = new ReadOnlyTable({tr("Application"), tr("Name"), tr("Email"), tr("Offer expires")},
                                 QStringLiteral("offers"), tr("Offers pending"), this);
    m_waitlist = new ReadOnlyTable(
        {tr("Place"), tr("Application"), tr("Name"), tr("Email"), tr("Why this place")},
        QStringLiteral("waitlist"), tr("Waitlist"), this);

    m_cohortsNote = new EmptyListNote(m_cohorts, QString());
    m_cohorts->horizontalHeader()->setSortIndicator(TrackColumn, Qt::AscendingOrder);
    m_cohorts->setSortingEnabled(true);
    new EmptyListNote(m_offers, tr("No offer is waiting for an answer in this cohort."));
    new EmptyListNote(m_waitlist, tr("Nobody is waiting for a seat in this cohort."));

    auto *queues = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queues);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_title);
    queueLayout->addWidget(new QLabel(tr("Offers pending"), queues));
    queueLayout->addWidget(m_offers, 1);
    queueLayout->addWidget(new QLabel(tr("Waitlist, first come first served"), queues));
    queueLayout->addWidget(m_waitlist, 2);

    m_trackFilter = new QComboBox(this);
    m_trackFilter->setObjectName(QStringLiteral("cohortTrackFilter"));
    m_trackFilter->addItem(tr("All tracks"), 0);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("cohortStateFilter"));
    m_stateFilter->addItem(tr("Upcoming and running"));
    m_stateFilter->addItem(tr("All states"));
    for (const QString &state : Cohort::states())
        m_stateFilter->addItem(Cohort::stateDisplayName(state), state);
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("cohortNameFilter"));
    m_nameFilter->setPlaceholderText(tr("Part of a cohort's name"));
    m_nameFilter->setClearButtonEnabled(true);
    const auto refilter = [this] {
        if (const Status shown = showCohorts(); !shown)
            m_title->setText(shown.error().text().toHtmlEscaped());
    };
    connect(m_trackFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_nameFilter, &QLineEdit::textChanged, this, refilter);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("Trac&k"), m_trackFilter);
    labelled(tr("Sh&ow"), m_stateFilter);
    labelled(tr("Cohor&t"), m_nameFilter);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_cohorts);

    // Tab goes as the eye does: the filters, the list, then its queues.
    setTabOrder(m_nameFilter, m_cohorts);
    setTabOrder(m_cohorts, m_offers);
    setTabOrder(m_offers, m_waitlist);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(queues);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_new = new QPushButton(tr("Ne&w Cohort…"), this);
    m_edit = new QPushButton(tr("Ed&it Cohort…"), this);
    // No Alt+letter: every letter of it is taken on this page in English or German.
    m_open = new QPushButton(tr("Open for Applications"), this);
    m_open->setObjectName(QStringLiteral("openForApplications"));
    m_open->setToolTip(tr("A draft cohort takes applications and offers its seats from now on."));
    m_new->setEnabled(false);
    m_edit->setEnabled(false);
    m_open->setEnabled(false);
    connect(m_new, &QPushButton::clicked, this, &CohortsPage::addCohort);
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_open, &QPushButton::clicked, this, &CohortsPage::openForApplications);
    connect(m_cohorts, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_actor)
            edit(true);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(splitter);

    // The first column of a queue row holds its application's id.
    for (QTableWidget *queue : {m_offers, m_waitlist}) {
        connect(queue, &QTableWidget::currentCellChanged, this, [this, queue](int row) {
            if (row >= 0 && queue->item(row, 0))
                Q_EMIT applicationWanted(queue->item(row, 0)->data(Qt::UserRole).toLongLong());
        });
    }
    connect(m_cohorts, &QTableWidget::currentCellChanged, this, [this] {
        updateButtons();
        if (const Status shown = showQueues(); !shown)
            m_title->setText(shown.error().text().toHtmlEscaped());
    });
}

void CohortsPage::setActor(const Actor &actor, StaffRole role)
{
    const bool mayEdit = Permissions::allows(role, Action::ManageCatalog);
    m_actor = mayEdit ? std::optional<Actor>(actor) : std::nullopt;
    for (QPushButton *button : {m_new, m_edit, m_open})
        button->setVisible(mayEdit);
    m_new->setEnabled(mayEdit);
    updateButtons();
}

void CohortsPage::clearActor()
{
    m_actor.reset();
    for (QPushButton *button : {m_new, m_edit, m_open})
        button->setVisible(true);
    m_new->setEnabled(false);
    updateButtons();
}

qint64 CohortsPage::selectedId() const
{
    const int row = m_cohorts->currentRow();
    return row >= 0 ? m_cohorts->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void CohortsPage::updateButtons()
{
    const qint64 id = selectedId();
    const auto selected = std::find_if(m_summary.cbegin(), m_summary.cend(),
                                       [id](const CohortSeats &c) { return c.cohort.id == id; });
    m_edit->setEnabled(m_actor && id != 0);
    m_open->setEnabled(m_actor && selected != m_summary.cend() &&
                       selected->cohort.state == QLatin1String("draft"));
}

void CohortsPage::openForApplications()
{
    if (!m_actor || selectedId() == 0)
        return;
    const auto opened =
        CohortStateService(m_connection, *m_actor).openForApplications(selectedId());
    const Status shown = refresh();
    if (!opened)
        m_title->setText(opened.error().text().toHtmlEscaped());
    else if (!shown)
        m_title->setText(shown.error().text().toHtmlEscaped());
    else if (!opened->statuses.isEmpty())
        m_title->setText(m_title->text() +
                         tr(" — seats offered to the waitlist: %L1").arg(opened->statuses.size()));
    Q_EMIT cohortsChanged();
}

void CohortsPage::addCohort()
{
    if (m_actor && TrackCheck::ensureActiveTrack(m_connection, *m_actor, tr("A cohort"), window()))
        edit(false);
}

void CohortsPage::edit(bool existing)
{
    if (!m_actor)
        return;
    std::optional<Cohort> cohort;
    if (existing) {
        if (selectedId() == 0)
            return;
        const auto found = CatalogService(m_connection, *m_actor).cohort(selectedId());
        if (!found || !found.value())
            return;
        cohort = found.value();
    }
    CohortDialog dialog(m_connection, *m_actor, cohort, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = refresh(); !status)
        m_title->setText(status.error().text().toHtmlEscaped());
    if (dialog.offersMade() > 0)
        m_title->setText(m_title->text() +
                         tr(" — seats offered to the waitlist: %L1").arg(dialog.offersMade()));
    Q_EMIT cohortsChanged();
}

Status CohortsPage::refresh()
{
    auto cohorts = CatalogService(m_connection, Actor::desk()).seatSummary();
    if (!cohorts)
        return cohorts.error();
    m_summary = std::move(cohorts.value());
    fillTrackFilter();
    const Status shown = showCohorts();
    m_cohorts->resizeColumnsToContents();
    return shown;
}

void CohortsPage::fillTrackFilter()
{
    const QVariant chosen = m_trackFilter->currentData();
    const QSignalBlocker quiet(m_trackFilter);
    while (m_trackFilter->count() > 1)
        m_trackFilter->removeItem(1);
    // The summary comes by track code: each track once, in that order.
    for (const CohortSeats &c : std::as_const(m_summary)) {
        if (m_trackFilter->findData(c.cohort.trackId) < 0)
            m_trackFilter->addItem(c.trackCode, c.cohort.trackId);
    }
    m_trackFilter->setCurrentIndex(qMax(0, m_trackFilter->findData(chosen)));
}

bool CohortsPage::passesFilters(const CohortSeats &c) const
{
    if (const qint64 track = m_trackFilter->currentData().toLongLong();
        track != 0 && c.cohort.trackId != track)
        return false;
    switch (m_stateFilter->currentIndex()) {
    case UpcomingAndRunning:
        if (c.cohort.isOver())
            return false;
        break;
    case AllStates:
        break;
    default:
        if (c.cohort.state != m_stateFilter->currentData().toString())
            return false;
    }
    const QString name = m_nameFilter->text().trimmed();
    return name.isEmpty() || c.cohort.name.contains(name, Qt::CaseInsensitive);
}

Status CohortsPage::showCohorts()
{
    const int current = m_cohorts->currentRow();
    const QVariant selected =
        current >= 0 ? m_cohorts->item(current, 0)->data(Qt::UserRole) : QVariant();
    const QLocale locale;
    {
        // One current-cell change at the end, not one a row; rows sort once, when all are in.
        const QSignalBlocker quiet(m_cohorts);
        m_cohorts->setSortingEnabled(false);
        QList<const CohortSeats *> shown;
        for (const CohortSeats &c : std::as_const(m_summary)) {
            if (passesFilters(c))
                shown << &c;
        }
        m_cohorts->setRowCount(0);
        m_cohorts->setRowCount(int(shown.size()));
        for (int row = 0; row < shown.size(); ++row) {
            const CohortSeats &c = *shown.at(row);
            const bool offers = c.cohort.takesOffers();
            const QList<std::pair<QString, QVariant>> cells = {
                {c.trackCode, {}},
                {c.cohort.name, {}},
                {locale.toString(c.cohort.startsOn, QLocale::ShortFormat), c.cohort.startsOn},
                {Cohort::stateDisplayName(c.cohort.state),
                 Cohort::states().indexOf(c.cohort.state)},
                {seatsText(c, locale), c.seatsCounted()},
                {offers ? locale.toString(c.seatsFree()) : tr("—"), offers ? c.seatsFree() : -1},
                {locale.toString(c.offersPending), c.offersPending},
                {locale.toString(c.waitlisted), c.waitlisted}};
            for (int column = 0; column < cells.size(); ++column)
                m_cohorts->setItem(row, column,
                                   new SortedItem(cells.at(column).first, cells.at(column).second));
            m_cohorts->item(row, 0)->setData(Qt::UserRole, c.cohort.id);
            if (c.cohort.hasStarted())
                m_cohorts->item(row, SeatsColumn)
                    ->setToolTip(tr("Seats its students filled: graduates and dropouts count, "
                                    "refunded students do not."));
        }
        m_cohorts->setSortingEnabled(true); // sorts by the header's indicator
        // Without an earlier choice still shown: the first cohort with people waiting on a seat.
        int selectedRow = -1;
        int firstWithQueue = -1;
        for (int r = 0; r < m_cohorts->rowCount() && selectedRow < 0; ++r) {
            if (m_cohorts->item(r, 0)->data(Qt::UserRole) == selected)
                selectedRow = r;
            const auto waiting = [this, r](int column) {
                return m_cohorts->item(r, column)->data(SortRole).toInt();
            };
            if (firstWithQueue < 0 && waiting(OffersColumn) + waiting(WaitlistColumn) > 0)
                firstWithQueue = r;
        }
        if (selectedRow < 0)
            selectedRow = qMax(0, firstWithQueue);
        if (m_cohorts->rowCount() > 0)
            m_cohorts->setCurrentCell(selectedRow, 0);
    }
    m_cohortsNote->setText(
        m_summary.isEmpty()
            ? tr("No cohorts yet. A cohort is one class of a career track, with its dates and "
                 "seats: New Cohort… adds one.")
            : tr("No cohort matches these filters."));
    // Columns widen for the rows a filter brings in, and do not jump narrower as one is typed.
    QList<int> widths;
    for (int column = 0; column < m_cohorts->columnCount(); ++column)
        widths << m_cohorts->columnWidth(column);
    m_cohorts->resizeColumnsToContents();
    // The last one stretches to the edge anyway: kept, it would push the others past it.
    for (int column = 0; column + 1 < m_cohorts->columnCount(); ++column)
        m_cohorts->setColumnWidth(column, qMax(widths.at(column), m_cohorts->columnWidth(column)));
    if (m_cohorts->currentRow() >= 0)
        m_cohorts->scrollToItem(m_cohorts->item(m_cohorts->currentRow(), 0),
                                QAbstractItemView::PositionAtCenter);
    updateButtons();
    return showQueues();
}

Status CohortsPage::showQueues()
{
    m_offers->setRowCount(0);
    m_waitlist->setRowCount(0);
    const int row = m_cohorts->currentRow();
    if (row < 0) {
        m_title->clear();
        return {};
    }
    const qint64 cohortId = m_cohorts->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_title->setText(tr("<b>%1</b>").arg(m_cohorts->item(row, 1)->text().toHtmlEscaped()));
    const CatalogService catalog(m_connection, Actor::desk());
    const auto offers = catalog.pendingOffers(cohortId);
    const auto waitlist = catalog.waitlist(cohortId);
    if (!offers)
        return offers.error();
    if (!waitlist)
        return waitlist.error();

    m_offers->setRowCount(int(offers->size()));
    for (int i = 0; i < offers->size(); ++i) {
        const QueueEntry &e = offers->at(i);
        setRow(m_offers, i,
               {QString::number(e.applicationId), e.applicantName, e.email, when(e.offerExpiresAt)},
               e.applicationId);
    }
    m_waitlist->setRowCount(int(waitlist->size()));
    for (int i = 0; i < waitlist->size(); ++i) {
        const QueueEntry &e = waitlist->at(i);
        // The order of SeatLedger: qualified first, then applied first, then the lower id.
        const QString why =
            tr("qualified %1, applied %2").arg(when(e.qualifiedAt), when(e.appliedAt));
        setRow(m_waitlist, i,
               {QString::number(i + 1), QString::number(e.applicationId), e.applicantName, e.email,
                why},
               e.applicationId);
    }
    m_offers->resizeColumnsToContents();
    m_waitlist->resizeColumnsToContents();
    return {};
}
