#include "applicationspage.h"

#include "applicantpanel.h"
#include "backgroundjob.h"
#include "browse/applicationcounts.h"
#include "browse/applicationtablemodel.h"
#include "db/database.h"
#include "domain/money.h"
#include "domain/paymenttext.h"
#include "domain/statustransitions.h"
#include "filterbar.h"
#include "mergeapplicantsdialog.h"
#include "placementdialog.h"
#include "reasondialog.h"
#include "savedviews.h"
#include "services/catalogservice.h"
#include "services/paymentservice.h"
#include "setup/setupguide.h"
#include "widgets/elidedlabel.h"
#include "widgets/emptylistnote.h"

#include <QAction>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace {
// The statuses an officer watches all day; the tooltip of the counts lists every status.
const ApplicationStatus KeyStatuses[] = {ApplicationStatus::Applied, ApplicationStatus::Offered,
                                         ApplicationStatus::Waitlisted, ApplicationStatus::Enrolled,
                                         ApplicationStatus::Active};

const QString HeaderKey = QStringLiteral("applications/header");
const QString FilterGroup = QStringLiteral("applications/filter");
} // namespace

ApplicationsPage::ApplicationsPage(QString connectionName, QString databasePath,
                                   ApplicantPanel *panel, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)),
      m_databasePath(std::move(databasePath)), m_applicantPanel(panel),
      m_model(new ApplicationTableModel(m_connection, this)), m_filterBar(new FilterBar(this))
{
    // Painting never waits for a page far down a long list: it shows a placeholder.
    m_model->setReadsFarPagesInBackground(true);
    createActions();
    setUpTable();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    m_setUpGuide = new SetUpGuide(m_connection, this);
    m_listOrGuide = new QStackedWidget(this);
    m_listOrGuide->addWidget(m_table);
    m_listOrGuide->addWidget(m_setUpGuide);
    layout->addWidget(m_listOrGuide, 1);
    // Below the list, in a place of its own: the status bar's messages never cover the counts.
    // Elided where the window is narrow (the tooltip has every count): a longer text must not
    // widen the window.
    m_countsLabel = new ElidedLabel({}, this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setMinimumWidth(m_countsLabel->fontMetrics().averageCharWidth() * 24);
    m_countsLabel->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_countsLabel);
    new EmptyListNote(m_table, tr("No application matches the search and the filters. Esc in "
                                  "the search box clears it."));
    connect(m_applicantPanel, &ApplicantPanel::saved, this, &ApplicationsPage::reload);
    connect(m_applicantPanel, &ApplicantPanel::mentorWanted, this, &ApplicationsPage::mentorWanted);
    m_filterBar->setCohortLookup([this](qint64 trackId) {
        const auto cohorts = CatalogService(m_connection, Actor::desk()).cohortsOfTrack(trackId);
        if (!cohorts)
            Q_EMIT failed(tr("The cohorts could not be read."), cohorts.error());
        return cohorts ? cohorts.value() : QList<Cohort>();
    });
    restoreSettings();
    connect(m_filterBar, &FilterBar::filterChanged, this, &ApplicationsPage::applyFilter);
    connect(m_filterBar, &FilterBar::resultsWanted, this, &ApplicationsPage::showFirstResult);
    connect(m_model, &ApplicationTableModel::loadFailed, this, [this](const Error &error) {
        Q_EMIT failed(tr("The applications could not be read."), error);
    });
}

Status ApplicationsPage::refresh()
{
    loadFilterChoices();
    const QHeaderView *header = m_table->horizontalHeader();
    m_sortedColumn = header->sortIndicatorSection();
    m_sortedOrder = header->sortIndicatorOrder();
    const ApplicationQuery query(m_filterBar->filter(),
                                 ApplicationTableModel::sortKeyOf(m_sortedColumn), m_sortedOrder);
    if (const Status status = m_model->setQuery(query); !status) {
        m_countsLabel->clear();
        return status;
    }
    // A few rows of kept totals (status_totals), so counted with every refresh.
    recountStatuses();
    return {};
}

void ApplicationsPage::showChanges()
{
    loadFilterChoices();
    reload();
    recountStatuses();
    updateStatusActions();
}

void ApplicationsPage::reload()
{
    const Selection before = selection();
    if (const Status status = m_model->refresh(); !status)
        Q_EMIT failed(tr("The applications could not be read."), status.error());
    if (!before.tooMany())
        keepSelectionWithin(before.ids);
}

// The tracks, cohorts and staff the filters offer; small lists, read again on every refresh.
void ApplicationsPage::loadFilterChoices()
{
    // The chosen track's cohorts come with the tracks (FilterBar::setCohortLookup).
    if (const auto tracks = CatalogService(m_connection, Actor::desk()).tracks())
        m_filterBar->setTracks(tracks.value());
    if (const auto staff = ApplicationService(m_connection, Actor::desk()).owners())
        m_filterBar->setOwners(staff.value());
}

void ApplicationsPage::applyFilter(const ApplicationFilter &filter)
{
    if (filter == m_model->query().filter())
        return; // e.g. a search term still too short to search
    if (const Status status = m_model->setFilter(filter); !status) {
        Q_EMIT failed(tr("The applications could not be read."), status.error());
        return;
    }
    m_table->scrollToTop();
    showCounts();
}

void ApplicationsPage::showCurrentApplication(const QModelIndex &current,
                                              const QModelIndex &previous)
{
    const qint64 id = m_model->applicationId(current.row());
    if (id != 0 && !m_applicantPanel->showApplication(id)) {
        // The person chose to stay with their unsaved edits: back to that row.
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_table->viewport()->update();
        return;
    }
    updateStatusActions();
}

bool ApplicationsPage::selectApplication(qint64 applicationId)
{
    const int count = m_model->rowCount();
    const int page = ApplicationTableModel::PageSize;
    QList<int> rows;
    for (int row = 0; row < qMin(count, page); ++row)
        rows << row;
    for (int row = qMax(page, count - page); row < count; ++row)
        rows << row;
    for (int row : std::as_const(rows)) {
        if (m_model->applicationId(row) == applicationId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    // No row stands for it: none looks selected, so no action goes to another application.
    m_table->selectionModel()->clear();
    m_applicantPanel->showApplication(applicationId);
    updateStatusActions();
    return false;
}

void ApplicationsPage::showFirstResult()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    // The first row, current and selected: the next Down goes to the second.
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ApplicationsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

ApplicationQuery ApplicationsPage::query() const
{
    return m_model->query();
}

SavedView ApplicationsPage::view(const QString &name) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    return SavedView{name, m_filterBar->filter(), header->sortIndicatorSection(),
                     header->sortIndicatorOrder()};
}

void ApplicationsPage::showView(const SavedView &view)
{
    m_filterBar->setFilter(view.filter);
    const QSignalBlocker quiet(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(view.sortColumn, view.sortOrder);
}

void ApplicationsPage::sortBy(int column, Qt::SortOrder order)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!ApplicationTableModel::isSortable(column)) {
        // The order stays, and the indicator with it.
        const QSignalBlocker quiet(header);
        header->setSortIndicator(m_sortedColumn, m_sortedOrder);
        return;
    }
    m_sortedColumn = column;
    m_sortedOrder = order;
    m_model->sort(column, order);
    m_table->scrollToTop(); // a new order starts at its first row
}

QStringList ApplicationsPage::columnsOnScreen() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QStringList columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << ApplicationTableModel::exportColumnsOf(
                ApplicationTableModel::Column(logical));
    }
    return columns;
}

void ApplicationsPage::setActor(const Actor &actor, StaffRole role)
{
    m_actor = actor;
    m_role = role;
    m_setUpGuide->setRole(role);
    updateStatusActions();
}

void ApplicationsPage::clearActor()
{
    m_actor.reset();
    m_role.reset();
    m_setUpGuide->setRole(std::nullopt);
    updateStatusActions();
}

bool ApplicationsPage::offers(Action action) const
{
    return !m_role || Permissions::allows(*m_role, action);
}

bool ApplicationsPage::allows(Action action) const
{
    return m_actor && m_role && Permissions::allows(*m_role, action);
}

void ApplicationsPage::updateStatusActions()
{
    m_moveMenu->clear();
    const Selection selected = selection();
    // Each move legal for at least one of the selection, with how many it applies to; in the
    // transition table's order for the statuses in the selection.
    QList<ApplicationStatus> moves;
    QMap<ApplicationStatus, int> applies;
    for (ApplicationStatus from : Statuses::all()) {
        const int count = int(selected.statuses.count(from));
        if (count == 0)
            continue;
        for (ApplicationStatus to : StatusTransitions::nextStatuses(from)) {
            if (!applies.contains(to))
                moves << to;
            applies[to] += count;
        }
    }
    const int total = int(selected.ids.size());
    const bool canMove = allows(Action::ChangeStatus) && total > 0;
    // "Offered (3 of 5)": a move that reaches only part of the selection says how much.
    const auto counted = [total, &applies](ApplicationStatus to, const QString &text) {
        const int reached = applies.value(to);
        return reached > 0 && reached < total
                   ? tr("%1 (%L2 of %L3)").arg(text).arg(reached).arg(total)
                   : text;
    };
    if (selected.tooMany())
        m_moveMenu->addAction(tr("At most %L1 applications can be moved at once").arg(MaxBulk))
            ->setEnabled(false);
    int shortcut = 0;
    for (ApplicationStatus to : std::as_const(moves)) {
        if (to == ApplicationStatus::Withdrawn)
            continue; // its own action, on Del
        QString text = counted(to, Statuses::displayName(to));
        if (Statuses::requiresReason(to) || to == ApplicationStatus::Placed ||
            to == ApplicationStatus::Deferred)
            text += tr("…");
        QAction *action = m_moveMenu->addAction(text);
        action->setEnabled(canMove);
        if (++shortcut <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        connect(action, &QAction::triggered, this, [this, to] { moveSelectionTo(to); });
    }
    m_moveMenu->setEnabled((canMove || selected.tooMany()) && !m_moveMenu->isEmpty());
    m_moveMenu->menuAction()->setVisible(offers(Action::ChangeStatus));
    m_withdraw->setText(counted(ApplicationStatus::Withdrawn, tr("&Withdraw")) + tr("…"));
    m_withdraw->setEnabled(canMove && applies.contains(ApplicationStatus::Withdrawn));
    m_withdraw->setVisible(offers(Action::ChangeStatus));
    m_findMentor->setEnabled(total == 1 && Statuses::isStudent(selected.statuses.first()));
    m_assignOwner->setEnabled(allows(Action::AssignOwners) && total > 0);
    m_assignOwner->setVisible(offers(Action::AssignOwners));
    m_moveToCohort->setEnabled(allows(Action::MoveCohorts) && total > 0);
    m_moveToCohort->setVisible(offers(Action::MoveCohorts));
    updateMergeAction();
}

QList<QPair<qint64, qint64>> ApplicationsPage::mergeCandidates() const
{
    // The selection's rows, counted by its ranges: a selection of thousands stops at the third.
    QSet<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom() && rows.size() <= 2; ++row)
            rows.insert(row);
        if (rows.size() > 2)
            return {};
    }
    if (rows.size() != 2)
        return {};
    QList<int> ordered = rows.values();
    std::sort(ordered.begin(), ordered.end());
    // The current application's applicant first: the one shown in the panel survives unless
    // the person chooses otherwise.
    if (ordered.last() == m_table->currentIndex().row())
        std::swap(ordered.first(), ordered.last());
    ApplicationService applications(m_connection, m_actor.value_or(Actor{}));
    QList<QPair<qint64, qint64>> found; // application, applicant
    for (const int row : std::as_const(ordered)) {
        const qint64 id = m_model->applicationId(row);
        const auto application =
            id ? applications.application(id) : Result<std::optional<Application>>(std::nullopt);
        if (!application || !application.value())
            return {};
        found << qMakePair(id, application.value()->applicantId);
    }
    if (found.first().second == found.last().second)
        return {};
    return found;
}

void ApplicationsPage::updateMergeAction()
{
    m_mergeApplicants->setVisible(offers(Action::EditApplicants));
    m_mergeApplicants->setEnabled(allows(Action::EditApplicants) && !mergeCandidates().isEmpty());
}

void ApplicationsPage::mergeSelectedApplicants()
{
    const QList<QPair<qint64, qint64>> candidates = mergeCandidates();
    if (!allows(Action::EditApplicants) || candidates.size() != 2)
        return;
    // Unsaved edits of the person in the panel are settled first: saved, or dropped.
    if (!m_applicantPanel->settleEdits())
        return;
    MergeApplicantsDialog dialog(m_connection, *m_actor, candidates.first().second,
                                 candidates.last().second, this);
    dialog.setObjectName(QStringLiteral("mergeApplicantsDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ApplicantMerge::Plan &merged = dialog.merged();
    // The surviving record's application is the one selected afterwards.
    const qint64 kept = candidates.first().second == merged.survivor.id ? candidates.first().first
                                                                        : candidates.last().first;
    if (Status read = refresh(); !read)
        Q_EMIT failed(tr("The list could not be read."), read.error());
    selectApplication(kept);
    m_applicantPanel->refresh();
    // Counts after a colon read well in every number without plural forms.
    Q_EMIT reported(tr("Merged %1 into %2. Moved: applications %L3, activities %L4.")
                        .arg(ApplicantMerge::displayName(merged.duplicate),
                             ApplicantMerge::displayName(merged.merged))
                        .arg(merged.applications)
                        .arg(merged.activities));
}

ApplicationsPage::Selection ApplicationsPage::selection() const
{
    Selection selected;
    const QItemSelection ranges = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : ranges)
        selected.rows += range.height();
    if (selected.tooMany())
        return selected;
    for (const QItemSelectionRange &range : ranges) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const qint64 id = m_model->applicationId(row);
            const auto status = m_model->statusAt(row);
            if (id != 0 && status && !selected.ids.contains(id)) {
                selected.ids << id;
                selected.statuses << *status;
            }
        }
    }
    return selected;
}

QList<qint64> ApplicationsPage::Selection::movableTo(ApplicationStatus to) const
{
    QList<qint64> movable;
    for (int i = 0; i < ids.size(); ++i) {
        if (StatusTransitions::isAllowed(statuses.at(i), to))
            movable << ids.at(i);
    }
    return movable;
}

void ApplicationsPage::keepSelectionWithin(const QList<qint64> &before)
{
    QItemSelection strangers;
    const QItemSelection ranges = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : ranges) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (!before.contains(m_model->applicationId(row)))
                strangers.select(m_model->index(row, 0),
                                 m_model->index(row, m_model->columnCount() - 1));
        }
    }
    if (!strangers.isEmpty())
        m_table->selectionModel()->select(strangers, QItemSelectionModel::Deselect);
}

void ApplicationsPage::moveSelectionTo(ApplicationStatus to)
{
    if (!allows(Action::ChangeStatus))
        return;
    if (to == ApplicationStatus::Placed) {
        placeSelection();
        return;
    }
    if (to == ApplicationStatus::Deferred) {
        deferSelection();
        return;
    }
    const Selection selected = selection();
    if (selected.tooMany()) {
        QMessageBox::information(this, tr("Too many applications"),
                                 tr("A status can be changed for at most %L1 applications at "
                                    "once. Narrow the list with the filters first.")
                                     .arg(MaxBulk));
        return;
    }
    const QList<qint64> ids = selected.movableTo(to);
    if (ids.isEmpty())
        return;
    const QString others =
        ids.size() < selected.ids.size()
            ? tr("The other %L1 selected applications cannot move there and stay as they are.")
                  .arg(selected.ids.size() - ids.size())
            : QString();
    QString reason;
    if (Statuses::requiresReason(to)) {
        const QString status = Statuses::displayName(to).toLower();
        QString question =
            ids.size() == 1 ? tr("Why is application %1 %2?").arg(ids.first()).arg(status)
                            : tr("Why are these %L1 applications %2?").arg(ids.size()).arg(status);
        if (!others.isEmpty())
            question += QLatin1Char(' ') + others;
        if (to == ApplicationStatus::Refunded && ids.size() == 1) {
            // The amount before it is paid: the refund the request's day comes to.
            const auto quote = PaymentService(m_connection, *m_actor).requestedRefund(ids.first());
            question += QLatin1Char('\n') +
                        (quote ? tr("Refund: %1.").arg(PaymentText::refundRequested(*quote))
                               : quote.error().text());
        }
        const auto given = ReasonDialog::ask(to, question, this);
        if (!given)
            return;
        reason = *given;
    } else if (ids.size() > 1) {
        QMessageBox ask(QMessageBox::Question, tr("Move %L1 Applications").arg(ids.size()),
                        tr("Move %L1 of the selected applications to %2?")
                            .arg(ids.size())
                            .arg(Statuses::displayName(to)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("confirmMove"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.setInformativeText(others);
        if (ask.exec() != QMessageBox::Yes)
            return;
    }
    if (ids.size() > BackgroundBulk) {
        moveInBackground(ids, to, reason);
        return;
    }
    finishMove(to, StatusService(m_connection, *m_actor).changeStatuses(ids, to, reason));
}

// Placed takes the facts of one graduate's job (PlacementDialog), so one application at a time.
void ApplicationsPage::placeSelection()
{
    const Selection selected = selection();
    const QList<qint64> ids = selected.movableTo(ApplicationStatus::Placed);
    if (ids.isEmpty())
        return;
    if (ids.size() > 1 || selected.tooMany()) {
        QMessageBox::information(this, tr("Placed"),
                                 tr("Placed needs the facts of each graduate's job: select one "
                                    "application at a time."));
        return;
    }
    PlacementDialog dialog(m_connection, *m_actor, ids.first(), this);
    dialog.setObjectName(QStringLiteral("placementDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    StatusService::BulkResult placed;
    placed.changed << ids.first();
    placed.events = dialog.events();
    finishMove(ApplicationStatus::Placed, placed);
}

void ApplicationsPage::deferSelection()
{
    const ApplicationStatus to = ApplicationStatus::Deferred;
    const Selection selected = selection();
    const QList<qint64> ids = selected.movableTo(to);
    if (ids.isEmpty())
        return;
    if (ids.size() > 1 || selected.tooMany()) {
        QMessageBox::information(this, Statuses::displayName(to),
                                 tr("A deferral names the later cohort of each application: "
                                    "select one application at a time."));
        return;
    }
    const qint64 id = ids.first();
    StatusService statuses(m_connection, *m_actor);
    const auto cohorts = statuses.deferralCohorts(id);
    if (!cohorts) {
        Q_EMIT failed(tr("The status could not be changed."), cohorts.error());
        return;
    }
    if (cohorts->isEmpty()) {
        QMessageBox::information(this, Statuses::displayName(to),
                                 tr("Application %1 cannot be deferred: no later cohort of its "
                                    "track takes applications. Add one first (Cohorts).")
                                     .arg(id));
        return;
    }
    ReasonDialog dialog(to, tr("Why does application %1 defer, and to which cohort?").arg(id),
                        this);
    dialog.setObjectName(QStringLiteral("deferDialog"));
    dialog.chooseCohort(cohorts.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto events = statuses.defer(id, dialog.cohortId(), dialog.reason());
    if (!events) {
        StatusService::BulkResult refused;
        refused.refused << Refusal{id, events.error().text()};
        finishMove(to, refused);
        return;
    }
    StatusService::BulkResult deferred;
    deferred.changed << id;
    deferred.events = events.value();
    finishMove(to, deferred);
}

void ApplicationsPage::finishMove(ApplicationStatus to,
                                  const Result<StatusService::BulkResult> &result)
{
    if (!result) {
        Q_EMIT failed(tr("The status could not be changed."), result.error());
        return;
    }
    reload();
    recountStatuses();
    updateStatusActions();
    m_applicantPanel->refresh(); // its header and History show the new status
    Q_EMIT moved(to, result.value());
    reportMove(to, result.value());
}

// A large selection moves on a worker thread with a connection of its own, under a progress
// dialog that can cancel: the window keeps painting, and a cancel changes nothing.
void ApplicationsPage::moveInBackground(const QList<qint64> &ids, ApplicationStatus to,
                                        const QString &reason)
{
    auto *job = new BackgroundJob(
        tr("Moving %L1 applications to %2…").arg(ids.size()).arg(Statuses::displayName(to)), this);
    job->dialog()->setObjectName(QStringLiteral("bulkProgress"));
    job->start(
        [path = m_databasePath, actor = *m_actor, ids, to,
         reason](const BackgroundJob::Progress &progress) -> Result<StatusService::BulkResult> {
            Database database(Database::uniqueConnectionName(QStringLiteral("bulk")));
            if (const Status opened =
                    database.open(path, Database::Check::Later, Database::Mode::Existing);
                !opened)
                return opened.error();
            return StatusService(database.connectionName(), actor)
                .changeStatuses(ids, to, reason, progress);
        },
        [this, to](const Result<StatusService::BulkResult> &result) { finishMove(to, result); });
}

void ApplicationsPage::reportMove(ApplicationStatus to, const StatusService::BulkResult &result)
{
    int offers = 0;
    for (const StatusEvent &event : result.events)
        offers += event.byUserId == 0 && event.to == ApplicationStatus::Offered ? 1 : 0;
    // Counts after a colon read well in every number without plural forms.
    QString message =
        tr("Moved to %1: %L2.").arg(Statuses::displayName(to)).arg(result.changed.size());
    if (offers > 0)
        message += QLatin1Char(' ') +
                   tr("Seats offered to the waitlist, first come first served: %L1.").arg(offers);
    Q_EMIT reported(message);
    showRefusals(tr("Not moved to %1, and nothing changed for them: %L2 of %L3 applications.")
                     .arg(Statuses::displayName(to))
                     .arg(result.refused.size())
                     .arg(result.refused.size() + result.changed.size()),
                 result.refused);
}

void ApplicationsPage::showRefusals(const QString &summary, const QList<Refusal> &refused)
{
    if (refused.isEmpty())
        return;
    QStringList lines;
    for (const Refusal &refusal : refused)
        lines << tr("Application %1: %2").arg(refusal.applicationId).arg(refusal.reason);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some applications were not changed"),
                                summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("refusals"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ApplicationsPage::assignOwnerToSelection()
{
    const QList<qint64> ids = selectedApplicationIds();
    if (!allows(Action::AssignOwners) || ids.isEmpty())
        return;
    ApplicationService applications(m_connection, *m_actor);
    const auto staff = applications.owners();
    if (!staff)
        return;
    // Staff by name, the acting user first chosen: officers mostly take applications on.
    QStringList names{tr("(nobody)")};
    QList<qint64> ownerIds{0};
    int mine = 0;
    for (const StaffUser &user : staff.value()) {
        names << (user.displayName.isEmpty() || user.displayName == user.username
                      ? user.username
                      : tr("%1 (%2)").arg(user.displayName, user.username));
        ownerIds << user.id;
        if (user.id == m_actor->userId)
            mine = int(names.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Assign Owner"), tr("Owner of the selected applications (%L1):").arg(ids.size()),
        names, mine, false, &ok);
    if (!ok)
        return;
    const qint64 ownerId = ownerIds.at(names.indexOf(chosen));
    finishChange(applications.assignOwner(ids, ownerId), tr("The owner could not be set."),
                 tr("Owner %1 set: %L2.").arg(chosen),
                 tr("Owner not set, and nothing changed for them: %L1 applications."));
}

void ApplicationsPage::moveSelectionToCohort()
{
    const QList<qint64> ids = selectedApplicationIds();
    if (!allows(Action::MoveCohorts) || ids.isEmpty())
        return;
    ApplicationService applications(m_connection, *m_actor);
    const auto current = applications.application(ids.first());
    if (!current || !current.value())
        return;
    const auto seats = CatalogService(m_connection, *m_actor).seatSummary();
    if (!seats)
        return;
    // The track's cohorts that take offers: upcoming ones first, soonest first, each with its
    // start and free seats; the first upcoming one with a free seat is chosen.
    QList<CohortSeats> offered;
    for (const CohortSeats &c : seats.value()) {
        if (c.cohort.trackId == current.value()->trackId && c.cohort.takesOffers())
            offered << c;
    }
    const QDate today = QDate::currentDate();
    std::stable_sort(offered.begin(), offered.end(),
                     [today](const CohortSeats &a, const CohortSeats &b) {
                         const bool aUpcoming = a.cohort.startsOn >= today;
                         if (aUpcoming != (b.cohort.startsOn >= today))
                             return aUpcoming;
                         return aUpcoming ? a.cohort.startsOn < b.cohort.startsOn
                                          : a.cohort.startsOn > b.cohort.startsOn;
                     });
    QStringList names;
    int proposed = -1;
    const QLocale locale;
    for (const CohortSeats &c : std::as_const(offered)) {
        const bool upcoming = c.cohort.startsOn >= today;
        names << (upcoming ? tr("%1 — starts %2, %3 of %4 seats free")
                           : tr("%1 — started %2, %3 of %4 seats free"))
                     .arg(c.cohort.name, locale.toString(c.cohort.startsOn, QLocale::ShortFormat),
                          locale.toString(c.seatsFree()), locale.toString(c.cohort.capacity));
        if (proposed < 0 && upcoming && c.seatsFree() > 0)
            proposed = int(names.size()) - 1;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Move to Cohort"),
                                 tr("No cohort of this track takes offers now. Add one on the "
                                    "Cohorts page."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Move to Cohort"),
                              tr("Cohort of the selected applications (%L1):").arg(ids.size()),
                              names, qMax(0, proposed), false, &ok);
    if (!ok || chosen.isEmpty())
        return;
    const CohortSeats &target = offered.at(names.indexOf(chosen));
    finishChange(applications.moveToCohort(ids, target.cohort.id),
                 tr("The cohort could not be changed."),
                 tr("Moved to %1: %L2.").arg(target.cohort.name),
                 tr("Not moved to %1, and nothing changed for them: %L2 applications.")
                     .arg(target.cohort.name));
}

// After an owner or a cohort change: the rows again, how many changed for the status bar and
// which were refused; `done` and `refused` take those counts.
void ApplicationsPage::finishChange(const Result<ApplicationService::BulkResult> &result,
                                    const QString &failure, const QString &done,
                                    const QString &refused)
{
    if (!result) {
        Q_EMIT failed(failure, result.error());
        return;
    }
    reload();
    m_applicantPanel->refresh();
    Q_EMIT reported(done.arg(result->changed.size()));
    showRefusals(refused.arg(result->refused.size()), result->refused);
}

bool ApplicationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_tablePainted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_tablePainted = true;
        m_table->viewport()->removeEventFilter(this);
        // Queued, so that the paint this event starts has finished.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT tablePainted();
                // The panel beside the list starts with the first application.
                if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_table->setCurrentIndex(m_model->index(0, 0));
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicationsPage::createActions()
{
    m_moveMenu = new QMenu(tr("&Move to"), this);
    m_withdraw = new QAction(tr("&Withdraw…"), this);
    m_withdraw->setShortcut(QKeySequence::Delete);
    connect(m_withdraw, &QAction::triggered, this,
            [this] { moveSelectionTo(ApplicationStatus::Withdrawn); });
    m_assignOwner = new QAction(tr("Assign &Owner…"), this);
    connect(m_assignOwner, &QAction::triggered, this, &ApplicationsPage::assignOwnerToSelection);
    m_moveToCohort = new QAction(tr("Move to &Cohort…"), this);
    connect(m_moveToCohort, &QAction::triggered, this, &ApplicationsPage::moveSelectionToCohort);
    m_findMentor = new QAction(tr("Find a me&ntor…"), this);
    m_findMentor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mergeApplicants = new QAction(tr("Mer&ge Applicants…"), this);
    m_mergeApplicants->setObjectName(QStringLiteral("mergeApplicantsAction"));
    m_mergeApplicants->setEnabled(false);
    connect(m_mergeApplicants, &QAction::triggered, this,
            &ApplicationsPage::mergeSelectedApplicants);
    connect(m_findMentor, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedApplicationIds(); ids.size() == 1)
            Q_EMIT mentorWanted(ids.first());
    });
}

void ApplicationsPage::setUpTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("applications"));
    m_table->setAccessibleName(tr("Applications"));
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
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ApplicationsPage::sortBy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationsPage::showCurrentApplication);
    // The actions follow the highlighted rows: Ctrl+click, Shift+arrows, a row let go.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationsPage::updateStatusActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateStatusActions);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!offers(Action::ChangeStatus))
            return;
        QMenu menu(this);
        menu.addActions(m_moveMenu->actions());
        menu.addSeparator();
        menu.addAction(m_withdraw);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

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
        // the widest a refund gets: days left, all of it, a five-figure price
        metrics.horizontalAdvance(ApplicationTableModel::tr("%1 days left · %2% · %3")
                                      .arg(14)
                                      .arg(100)
                                      .arg(Money{9999999, QStringLiteral("USD")}.display())),
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

    m_wantedSize = QSize(total + m_table->verticalScrollBar()->sizeHint().width(),
                         30 * rows->defaultSectionSize());
}

void ApplicationsPage::recountStatuses()
{
    auto counts = ApplicationCounts(m_connection).byStatus();
    if (!counts) {
        m_countsLabel->clear();
        Q_EMIT failed(tr("The applications could not be counted."), counts.error());
        return;
    }
    m_statusCounts = counts.value();
    m_statusCountsKnown = true;
    showCounts();
}

// The rows shown come from the model's COUNT(*) of its filter; the totals by status change only
// with the data, so a keystroke in the search box does not count them again.
void ApplicationsPage::showCounts()
{
    showGuideOrList();
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    if (!m_statusCountsKnown) {
        m_countsLabel->setText(tr("Listed: %1 applications").arg(locale.toString(shown)));
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
    // The statuses' totals are the whole desk's; a filtered list says so.
    QStringList statuses;
    for (ApplicationStatus status : KeyStatuses) {
        statuses << tr("%1: %2").arg(Statuses::displayName(status),
                                     locale.toString(byStatus.value(status)));
    }
    const QString separator = QStringLiteral("  ·  ");
    m_countsLabel->setText(
        shown == total ? tr("Applications: %1").arg(locale.toString(total)) + separator +
                             statuses.join(separator)
                       : tr("Listed: %1 of %2 applications")
                                 .arg(locale.toString(shown), locale.toString(total)) +
                             separator + tr("In the whole desk: %1").arg(statuses.join(separator)));
    m_countsLabel->setToolTip(tooltip.join(QLatin1Char('\n')));
}

void ApplicationsPage::showGuideOrList()
{
    qint64 total = 0;
    for (const auto &[status, count] : std::as_const(m_statusCounts))
        total += count;
    // Rows on screen are the truth; the totals may be from before the last change.
    const bool emptyDesk =
        m_model->rowCount() == 0 &&
        (m_filterBar->filter() == ApplicationFilter() || (m_statusCountsKnown && total == 0));
    if (emptyDesk) {
        if (const Status read = m_setUpGuide->refresh(); !read)
            Q_EMIT failed(tr("The desk's set-up could not be read."), read.error());
    }
    m_filterBar->setVisible(!emptyDesk);
    m_countsLabel->setVisible(!emptyDesk);
    m_listOrGuide->setCurrentWidget(emptyDesk ? static_cast<QWidget *>(m_setUpGuide) : m_table);
}

// The search term is not kept: a new day starts from the list, not from yesterday's person.
void ApplicationsPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    ApplicationFilter kept = m_model->query().filter();
    kept.search.clear();
    settings.beginGroup(FilterGroup);
    SavedViews::writeFilter(settings, kept);
    settings.endGroup();
}

void ApplicationsPage::restoreSettings()
{
    QSettings settings;
    // The header state holds widths, order, hidden columns and the sort indicator.
    {
        // refresh() reads the sort from the header; no sort before it.
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    }
    settings.beginGroup(FilterGroup);
    const ApplicationFilter filter = SavedViews::readFilter(settings);
    loadFilterChoices();
    m_filterBar->setFilter(filter);
}
