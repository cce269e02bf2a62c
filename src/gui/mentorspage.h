#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "domain/staffrole.h"

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Mentors with their tracks, time zone, weekly slots and load (a bar), and the matching of an
// enrolled student: mentors of the student's track with free capacity, nearest time zone
// first, assigned with one action.
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

Q_SIGNALS:
    // A mentor was assigned (the applications and counts may want a refresh).
    void assigned(qint64 applicationId, qint64 mentorId);

private:
    void showSuggestions();
    void assignSelected();

    QString m_connection;
    std::optional<Actor> m_actor;
    QTableWidget *m_mentors = nullptr;
    QLineEdit *m_application = nullptr;
    QTableWidget *m_suggestions = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_message = nullptr;
};
