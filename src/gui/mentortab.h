#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/mentorassignment.h"
#include "domain/staffrole.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

// The panel's Mentor tab: the student's mentor (proposed at enrolment, confirmed, or why there
// is none), the weekly 1:1 calls held of those due and whether the student is behind, the calls
// logged, and the buttons that confirm the proposed mentor, find another (the Mentors page) and
// log a call.
class MentorTab : public QWidget
{
    Q_OBJECT

public:
    explicit MentorTab(QString connectionName, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor, StaffRole role);
    // Reads the application's mentor and calls again; nothing shown without one.
    void showApplication(const std::optional<Application> &application);

Q_SIGNALS:
    // A mentor was confirmed or a call logged.
    void changed(qint64 applicationId);
    // The Mentors page should suggest mentors for the student.
    void mentorWanted(qint64 applicationId);

private:
    void confirmMentor();
    void logCall();
    void showError(const QString &text);

    QString m_connection;
    std::optional<Actor> m_actor;
    bool m_mayAssign = false;
    bool m_mayLog = false;
    std::optional<Application> m_application;
    std::optional<MentorAssignment> m_assignment; // the latest, as last read
    QLabel *m_summary;
    QLabel *m_cadence;
    QTreeWidget *m_calls;
    QPushButton *m_confirm;
    QPushButton *m_find;
    QPushButton *m_log;
};
