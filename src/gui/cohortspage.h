#pragma once

#include "domain/actor.h"
#include "domain/cohort.h"
#include "domain/result.h"
#include "domain/staffrole.h"

#include <QString>
#include <QWidget>

#include <optional>

class EmptyListNote;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Every cohort's seat situation and state, and for the one selected its pending offers (with
// expiry) and its waitlist in first-come-first-served order, each place with the reason it
// stands there. Cohorts are added, edited and opened for applications here; seats change
// through status moves and capacities, states follow the cohorts' dates. The list is filtered by
// track, state (upcoming and running ones at first) and name, and sorted by any column.
class CohortsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsPage(QString connectionName, QWidget *parent = nullptr);

    // Reads the cohorts again, keeping the selected one.
    Status refresh();
    // Cohorts are created and edited as this staff user, when their role allows; otherwise, and
    // without one (clearActor), the page only shows.
    void setActor(const Actor &actor, StaffRole role);
    void clearActor();
    // New Cohort…: the cohort dialog, once there is a career track to hold it.
    void addCohort();

Q_SIGNALS:
    // A cohort was added or saved.
    void cohortsChanged();
    // A row of the offers or the waitlist was chosen: the panel shows that application.
    void applicationWanted(qint64 applicationId);

private:
    // Fills the list with the cohorts the filters let through, in the order chosen, keeping the
    // selected cohort when it is still shown.
    Status showCohorts();
    bool passesFilters(const CohortSeats &cohort) const;
    // The tracks of the cohorts read, keeping the one chosen.
    void fillTrackFilter();
    Status showQueues();
    // Opens the cohort dialog: a new cohort, or the selected one.
    void edit(bool existing);
    // Open for Applications: the selected draft cohort opens now.
    void openForApplications();
    // The selected cohort's id, 0 for none.
    qint64 selectedId() const;
    // Edit for any selected cohort, Open for Applications for a draft, when the actor may.
    void updateButtons();

    QString m_connection;
    QTableWidget *m_cohorts = nullptr;
    EmptyListNote *m_cohortsNote = nullptr;
    QComboBox *m_trackFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QList<CohortSeats> m_summary;
    QLabel *m_title = nullptr;
    QTableWidget *m_offers = nullptr;
    QTableWidget *m_waitlist = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_open = nullptr;
    std::optional<Actor> m_actor;
};
