#pragma once

#include "browse/applicationfilter.h"
#include "domain/cohort.h"
#include "domain/staffuser.h"
#include "domain/track.h"
#include "widgets/choicecombo.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

// Above the applications: the search box that filters as you type (two characters at least;
// one shows everything and says so), the statuses (several at
// once), track, cohort, owner and the applied dates. Emits the whole filter whenever a part
// changes.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setTracks(const QList<Track> &tracks);
    // Where the cohort choice finds the chosen track's cohorts, read again on setTracks().
    void setCohortLookup(CatalogChoices::CohortLookup lookup);
    void setOwners(const QList<StaffUser> &owners);
    ApplicationFilter filter() const;
    // Shows a saved filter without emitting filterChanged.
    void setFilter(const ApplicationFilter &filter);
    // Ctrl+F: into the search box, its text selected.
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const ApplicationFilter &filter);
    // Down or Enter in the search box: the person wants the first result.
    void resultsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitChange();
    // Says what a short term searches for, or that one character searches for nothing yet.
    void updateSearchHint();
    void updateStatusButton();
    void fillCohorts();

    QLineEdit *m_search = nullptr;
    QLabel *m_searchHint = nullptr;
    QToolButton *m_statuses = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_cohort = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_appliedBetween = nullptr;
    QDateEdit *m_appliedFrom = nullptr;
    QDateEdit *m_appliedTo = nullptr;
    CatalogChoices::CohortLookup m_cohortsOf;
    bool m_quiet = false;
};
