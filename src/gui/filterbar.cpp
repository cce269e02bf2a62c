#include "filterbar.h"

#include "applicantsearchindex.h"
#include "applicationstatus.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name, email or phone (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search applicants"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChange);

    m_searchHint = new QLabel(this);
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_searchHint->setEnabled(false); // greyed: a hint, not a message

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

    m_track = new QComboBox(this);
    m_track->setObjectName(QStringLiteral("trackFilter"));
    m_track->setAccessibleName(tr("Filter by track"));
    m_track->addItem(tr("All tracks"), qint64(0));
    connect(m_track, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);

    updateStatusButton();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_searchHint);
    layout->addWidget(m_statuses);
    layout->addWidget(m_track);
    layout->addStretch(1);
}

void FilterBar::setTracks(const QList<Track> &tracks)
{
    const qint64 current = m_track->currentData().toLongLong();
    const QSignalBlocker quiet(m_track);
    m_track->clear();
    m_track->addItem(tr("All tracks"), qint64(0));
    for (const Track &track : tracks)
        m_track->addItem(tr("%1 – %2").arg(track.code, track.name), track.id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(current)));
}

ApplicationFilter FilterBar::filter() const
{
    ApplicationFilter filter;
    filter.search = m_search->text();
    for (const QAction *action : m_statuses->menu()->actions()) {
        if (action->isChecked()) {
            if (const auto status = Statuses::fromMachineName(action->data().toString()))
                filter.statuses << *status;
        }
    }
    filter.trackId = m_track->currentData().toLongLong();
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
    m_quiet = false;
    updateStatusButton();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitChange()
{
    const QString term = m_search->text().trimmed();
    m_searchHint->setText(
        !term.isEmpty() && !ApplicantSearchIndex::isSearchable(term)
            ? tr("Type at least %1 characters").arg(ApplicantSearchIndex::MinimumTermLength)
            : QString());
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

void FilterBar::updateStatusButton()
{
    const QList<ApplicationStatus> checked = filter().statuses;
    m_statuses->setText(checked.isEmpty()     ? tr("All statuses")
                        : checked.size() == 1 ? Statuses::displayName(checked.first())
                                              : tr("%n statuses", nullptr, checked.size()));
}
