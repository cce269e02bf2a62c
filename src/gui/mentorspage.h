#pragma once

#include "domain/actor.h"
#include "domain/mentor.h"
#include "domain/result.h"
#include "domain/staffrole.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Mentors with their tracks, time zone, weekly slots and load (a bar), added, edited and
// deactivated here; and the matching of an enrolled student: mentors of the student's track
// with free capacity, nearest time zone first, assigned with one action.
class MentorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MentorsPage(QString connectionName, QWidget *parent = nullptr);

    Status refresh();
    // Assignments are made as this staff user, when their role allows; otherwise, and
    // without one (clearActor), the page only shows.
    void setActor(const Actor &actor, StaffRole role);
    void clearActor();
    // Fills in the student's application and lists the suggestions for it.
    void suggestFor(qint64 applicationId);
    // New Mentor…: the mentor dialog, then the list shows the new mentor selected.
    void addMentor();

Q_SIGNALS:
    // A mentor was assigned (the applications and counts may want a refresh).
    void assigned(qint64 applicationId, qint64 mentorId);
    // A mentor was added, edited, deactivated or activated.
    void mentorsChanged();

private:
    void showSuggestions();
    // Whose application the typed number is: name, track and status, or that there is none.
    void showStudent();
    void assignSelected();
    std::optional<Mentor> selectedMentor() const;
    void showSelectedMentor();
    void editMentor();
    void toggleMentorActive();
    // Reads the list again with this mentor selected, and says what was done.
    void showDone(qint64 mentorId, const QString &message);

    QString m_connection;
    std::optional<Actor> m_actor;
    QList<MentorLoad> m_loads;
    QTableWidget *m_mentors = nullptr;
    QPushButton *m_newMentor = nullptr;
    QPushButton *m_editMentor = nullptr;
    QPushButton *m_toggleMentor = nullptr;
    QLineEdit *m_application = nullptr;
    QLabel *m_student = nullptr;
    QTableWidget *m_suggestions = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_message = nullptr;
};
