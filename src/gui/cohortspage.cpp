#include "cohortspage.h"

#include "cohortdialog.h"
#include "domain/permissions.h"
#include "services/catalogservice.h"
#include "setup/trackcheck.h"
#include "widgets/emptylistnote.h"
#include "widgets/readonlytable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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

    new EmptyListNote(m_cohorts, tr("No cohorts yet. A cohort is one class of a career track, "
                                    "with its dates and seats: New Cohort… adds one."));
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_cohorts);
    splitter->addWidget(queues);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_new = new QPushButton(tr("Ne&w Cohort…"), this);
    m_edit = new QPushButton(tr("Ed&it Cohort…"), this);
    m_new->setEnabled(false);
    m_edit->setEnabled(false);
    connect(m_new, &QPushButton::clicked, this, &CohortsPage::addCohort);
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_cohorts, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_actor)
            edit(true);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
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
        m_edit->setEnabled(m_actor.has_value() && m_cohorts->currentRow() >= 0);
        if (const Status shown = showQueues(); !shown)
            m_title->setText(shown.error().text().toHtmlEscaped());
    });
}

void CohortsPage::setActor(const Actor &actor, StaffRole role)
{
    const bool mayEdit = Permissions::allows(role, Action::ManageCatalog);
    m_actor = mayEdit ? std::optional<Actor>(actor) : std::nullopt;
    m_new->setVisible(mayEdit);
    m_edit->setVisible(mayEdit);
    m_new->setEnabled(mayEdit);
    m_edit->setEnabled(mayEdit && m_cohorts->currentRow() >= 0);
}

void CohortsPage::clearActor()
{
    m_actor.reset();
    m_new->setVisible(true);
    m_edit->setVisible(true);
    m_new->setEnabled(false);
    m_edit->setEnabled(false);
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
        const int row = m_cohorts->currentRow();
        if (row < 0)
            return;
        const auto found = CatalogService(m_connection, *m_actor)
                               .cohort(m_cohorts->item(row, 0)->data(Qt::UserRole).toLongLong());
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
    const auto cohorts = CatalogService(m_connection, Actor::desk()).seatSummary();
    if (!cohorts)
        return cohorts.error();
    const QVariant selected = m_cohorts->currentRow() >= 0
                                  ? m_cohorts->item(m_cohorts->currentRow(), 0)->data(Qt::UserRole)
                                  : QVariant();
    const QLocale locale;
    m_cohorts->setRowCount(int(cohorts->size()));
    // Without an earlier choice: the first cohort with people waiting on a seat.
    int selectedRow = -1;
    int firstWithQueue = -1;
    for (int row = 0; row < cohorts->size(); ++row) {
        const CohortSeats &c = cohorts->at(row);
        setRow(
            m_cohorts, row,
            {c.trackCode, c.cohort.name, locale.toString(c.cohort.startsOn, QLocale::ShortFormat),
             c.cohort.state,
             tr("%1 of %2").arg(locale.toString(c.seatsTaken), locale.toString(c.cohort.capacity)),
             c.cohort.takesOffers() ? locale.toString(c.seatsFree()) : tr("—"),
             locale.toString(c.offersPending), locale.toString(c.waitlisted)},
            c.cohort.id);
        if (QVariant(c.cohort.id) == selected)
            selectedRow = row;
        if (firstWithQueue < 0 && c.offersPending + c.waitlisted > 0)
            firstWithQueue = row;
    }
    if (selectedRow < 0)
        selectedRow = qMax(0, firstWithQueue);
    m_cohorts->resizeColumnsToContents();
    if (m_cohorts->rowCount() > 0) {
        m_cohorts->setCurrentCell(selectedRow, 0);
        m_cohorts->scrollToItem(m_cohorts->item(selectedRow, 0),
                                QAbstractItemView::PositionAtCenter);
    }
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
