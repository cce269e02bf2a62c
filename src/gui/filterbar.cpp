#include "filterbar.h"

#include "browse/applicationsearchindex.h"
#include "domain/applicationstatus.h"
#include "widgets/choicecombo.h"
#include "widgets/elidedlabel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name, email, phone or number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search applicants"));
    m_search->setClearButtonEnabled(true);
    // Narrower than its placeholder if it must be: it widens with the window.
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChange);
    m_search->installEventFilter(this);

    // Elided, never wider than the room beside the search box: a hint that widened the bar would
    // widen the window as the person types.
    m_searchHint = new ElidedLabel({}, this);
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_searchHint->setEnabled(false); // greyed: a hint, not a message (see updateSearchHint)

    m_statuses = new QToolButton(this);
    m_statuses->setObjectName(QStringLiteral("statusFilter"));
    m_statuses->setAccessibleName(tr("Filter by status"));
    m_statuses->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_statuses);
    for (ApplicationStatus status : Statuses::all()) {
        QAction *action = menu->addAction(Statuses::displayName(status));
        action->setCheckable(true);
        action->setData(Statuses::machineName(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            emitChange();
        });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("All statuses"));
    connect(all, &QAction::triggered, this, [this, menu] {
        for (QAction *action : menu->actions()) {
            const QSignalBlocker once(action); // one change, not one per status
            action->setChecked(false);
        }
        updateStatusButton();
        emitChange();
    });
    m_statuses->setMenu(menu);
    // Several statuses are chosen in one go: a click ticks a status and leaves the menu open.
    menu->installEventFilter(this);

    const auto combo = [this](const QString &name, const QString &accessible, const QString &any) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->addItem(any, qint64(0));
        // Long track and cohort names would push the search box out of sight. Twelve characters
        // where there is room, eight where there is not.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->setMinimumWidth(box->minimumSizeHint().width());
        box->setMinimumContentsLength(12);
        return box;
    };
    m_track = combo(QStringLiteral("trackFilter"), tr("Filter by track"), tr("All tracks"));
    m_cohort = combo(QStringLiteral("cohortFilter"), tr("Filter by cohort"), tr("All cohorts"));
    m_owner = combo(QStringLiteral("ownerFilter"), tr("Filter by owner"), tr("All owners"));
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        fillCohorts();
        emitChange();
    });
    for (QComboBox *box : {m_cohort, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);

    m_appliedBetween = new QCheckBox(tr("Applied"), this);
    m_appliedBetween->setObjectName(QStringLiteral("appliedBetween"));
    const QDate today = QDate::currentDate();
    m_appliedFrom = new QDateEdit(today.addMonths(-1), this);
    m_appliedTo = new QDateEdit(today, this);
    m_appliedFrom->setObjectName(QStringLiteral("appliedFrom"));
    m_appliedTo->setObjectName(QStringLiteral("appliedTo"));
    m_appliedFrom->setAccessibleName(tr("Applied from"));
    m_appliedTo->setAccessibleName(tr("Applied until"));
    for (QDateEdit *edit : {m_appliedFrom, m_appliedTo}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    }
    connect(m_appliedBetween, &QCheckBox::toggled, this, [this](bool on) {
        m_appliedFrom->setEnabled(on);
        m_appliedTo->setEnabled(on);
        emitChange();
    });

    // As wide as its widest text, so that choosing statuses moves nothing beside it.
    int statusesWidth = 0;
    QStringList statusTexts{tr("All statuses")};
    for (ApplicationStatus status : Statuses::all())
        statusTexts << Statuses::displayName(status);
    for (int count = 2; count <= int(Statuses::all().size()); ++count)
        statusTexts << tr("%n statuses", nullptr, count);
    for (const QString &text : std::as_const(statusTexts)) {
        m_statuses->setText(text);
        statusesWidth = qMax(statusesWidth, m_statuses->sizeHint().width());
    }
    m_statuses->setFixedWidth(statusesWidth);
    updateStatusButton();

    // Two rows: the search and its hint, then the filters. In one row they asked for more than
    // a 1280-pixel screen has beside the applicant panel.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 3);
    searchRow->addWidget(m_searchHint, 2);
    layout->addLayout(searchRow);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statuses);
    filterRow->addWidget(m_track);
    filterRow->addWidget(m_cohort);
    filterRow->addWidget(m_owner);
    filterRow->addWidget(m_appliedBetween);
    filterRow->addWidget(m_appliedFrom);
    filterRow->addWidget(new QLabel(QStringLiteral("–"), this));
    filterRow->addWidget(m_appliedTo);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
}

void FilterBar::setTracks(const QList<Track> &tracks)
{
    CatalogChoices::fillTracks(m_track, tracks);
    fillCohorts();
}

void FilterBar::setCohortLookup(CatalogChoices::CohortLookup lookup)
{
    m_cohortsOf = std::move(lookup);
    fillCohorts();
}

void FilterBar::fillCohorts()
{
    CatalogChoices::fillCohorts(m_cohort, m_cohortsOf, m_track->currentData().toLongLong());
}

void FilterBar::setOwners(const QList<StaffUser> &owners)
{
    CatalogChoices::fillOwners(m_owner, owners);
}

ApplicationFilter FilterBar::filter() const
{
    ApplicationFilter filter;
    // A term too short to search for is not searched for, and the hint says so: the view never
    // looks searched while it is not.
    if (ApplicationSearchIndex::isSearchable(m_search->text()))
        filter.search = m_search->text();
    for (const QAction *action : m_statuses->menu()->actions()) {
        if (action->isChecked()) {
            if (const auto status = Statuses::fromMachineName(action->data().toString()))
                filter.statuses << *status;
        }
    }
    filter.trackId = m_track->currentData().toLongLong();
    filter.cohortId = m_cohort->currentData().toLongLong();
    filter.ownerId = m_owner->currentData().toLongLong();
    if (m_appliedBetween->isChecked()) {
        filter.appliedFrom = m_appliedFrom->date();
        filter.appliedTo = m_appliedTo->date();
    }
    return filter;
}

void FilterBar::setFilter(const ApplicationFilter &filter)
{
    m_quiet = true;
    m_search->setText(filter.search);
    for (QAction *action : m_statuses->menu()->actions()) {
        const auto status = Statuses::fromMachineName(action->data().toString());
        action->setChecked(status && filter.statuses.contains(*status));
    }
    m_track->setCurrentIndex(qMax(0, m_track->findData(filter.trackId)));
    m_cohort->setCurrentIndex(qMax(0, m_cohort->findData(filter.cohortId)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(filter.ownerId)));
    m_appliedBetween->setChecked(filter.appliedFrom.isValid());
    if (filter.appliedFrom.isValid()) {
        m_appliedFrom->setDate(filter.appliedFrom);
        m_appliedTo->setDate(filter.appliedTo.isValid() ? filter.appliedTo : filter.appliedFrom);
    }
    m_quiet = false;
    updateStatusButton();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // In the search box, Esc clears it, and Down or Enter goes to the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
            if (m_search->text().isEmpty())
                break;
            m_search->clear();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT resultsWanted();
            return true;
        default:
            break;
        }
    }
    if (watched == m_statuses->menu() && event->type() == QEvent::MouseButtonRelease) {
        QAction *action = m_statuses->menu()->activeAction();
        if (action && action->isCheckable()) {
            action->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitChange()
{
    updateSearchHint();
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

void FilterBar::updateSearchHint()
{
    const QString term = m_search->text().simplified();
    QString hint;
    bool notSearching = false;
    if (term.isEmpty()) {
        // nothing to say
    } else if (!ApplicationSearchIndex::isSearchable(term)) {
        hint = tr("Type at least %1 characters to search; all applications are shown")
                   .arg(ApplicationSearchIndex::MinimumTermLength);
        notSearching = true;
    } else if (!ApplicationSearchIndex::isSubstring(term)) {
        hint = ApplicationSearchIndex::applicationId(term)
                   ? tr("Application %1, or names and emails starting with “%1”").arg(term)
                   : tr("Names and emails starting with “%1”").arg(term);
    }
    m_searchHint->setText(hint);
    m_searchHint->setToolTip(hint);
    // Greyed while it only explains the search; in the normal colour when nothing is searched.
    m_searchHint->setEnabled(notSearching);
    m_search->setToolTip(notSearching ? hint : QString());
}

void FilterBar::updateStatusButton()
{
    const QList<ApplicationStatus> checked = filter().statuses;
    m_statuses->setText(checked.isEmpty()     ? tr("All statuses")
                        : checked.size() == 1 ? Statuses::displayName(checked.first())
                                              : tr("%n statuses", nullptr, checked.size()));
}
