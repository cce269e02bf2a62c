#pragma once

#include "domain/result.h"
#include "domain/staffrole.h"

#include <QString>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

// What a desk without applications shows in place of the list: the pieces of the set-up, each
// with what it is for, whether it is done, and a button that does it. Any order, nothing to
// finish: the guide gives way to the list when the first application arrives.
class SetUpGuide : public QWidget
{
    Q_OBJECT

public:
    explicit SetUpGuide(QString connectionName, QWidget *parent = nullptr);

    // Reads what is set up already.
    Status refresh();
    // Offers the buttons this role may use; without a role (nobody signed in) none works.
    void setRole(std::optional<StaffRole> role);

protected:
    // Coming back to the page shows what was set up meanwhile, on another page.
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void trackWanted();
    void cohortWanted();
    void mentorWanted();
    void staffWanted();
    void applicantWanted();
    void importWanted();

private:
    struct Step
    {
        QLabel *mark;
        QLabel *state;
    };
    Step addStep(const QString &title, const QString &purpose, QList<QPushButton *> buttons);
    static void show(const Step &step, bool done, const QString &state);

    QString m_connection;
    QGridLayout *m_steps;
    QLabel *m_problem; // why the set-up could not be read
    Step m_tracks{}, m_cohorts{}, m_mentors{}, m_staff{}, m_applicants{};
    QPushButton *m_addTrack, *m_addCohort, *m_addMentor, *m_manageStaff, *m_addApplicant, *m_import;
};
