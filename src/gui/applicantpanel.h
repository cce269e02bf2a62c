#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "domain/guaranteestanding.h"
#include "domain/interview.h"
#include "domain/result.h"
#include "domain/staffrole.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ApplicantPanel;
}
class ElidedLabel;
class FieldMessages;
class OfferNoticeBar;
class MentorTab;
class PaymentsTab;
class WaitlistTab;
class QLineEdit;

// Beside the applications: the applicant of the current application, editable, validated as
// you type (a field in error says why), with the duplicate warning, explicit Save and Revert,
// and the application's status history. Edits are never dropped silently: leaving them asks.
class ApplicantPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantPanel(QString connectionName, QWidget *parent = nullptr);
    ~ApplicantPanel() override;

    // Edits are saved as this staff user. A role that may not edit applicants gets a panel
    // that only shows; without an actor (clearActor) edits cannot be saved.
    void setActor(const Actor &actor, StaffRole role);
    void clearActor();
    // Settles unsaved edits first (see settleEdits); false when the person chose to stay.
    bool showApplication(qint64 applicationId);
    qint64 applicationId() const { return m_applicationId; }
    // The applicant shown, as stored when it was read; nothing when no application is shown.
    const std::optional<Applicant> &shownApplicant() const { return m_original; }
    // Reads the shown application and applicant again, after a change made here (a status
    // move) or elsewhere (another window, the command line): the header, the fields, the
    // History and the activities. Unsaved edits stay; Save then asks about any field that was
    // also changed elsewhere.
    void refresh();
    bool hasUnsavedEdits() const;
    // With unsaved edits, asks: save, discard or stay. True when it is fine to move on.
    bool settleEdits();
    Status save();
    void revert();
    // Saves the score field as the application's score (ApplicationService::setScore).
    Status saveScore();
    // The application's scheduled interview, if any, as last read.
    const std::optional<Interview> &scheduledInterview() const { return m_interview; }

Q_SIGNALS:
    void saved(qint64 applicantId);
    // Find Mentor… in the Mentor tab: the Mentors page should suggest mentors for the student.
    void mentorWanted(qint64 applicationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // An editor of one of the applicant's text fields, by the field's machine name.
    struct TextField
    {
        const char *name;
        QString Applicant::*member;
        QLineEdit *editor;
    };

    // The shown application's applicant, as stored; sets the header's application summary.
    std::optional<Applicant> readShown();
    Applicant edited() const;
    QList<TextField> textFields() const;
    // The fields (machine names) whose values differ between the two.
    QStringList editedFields(const Applicant &from, const Applicant &to) const;
    QString fieldValue(const QString &name, const Applicant &applicant) const;
    QString fieldLabel(const QString &name) const;
    void showFieldValue(const QString &name, const Applicant &from);
    void display(const std::optional<Applicant> &applicant);
    void showHistory();
    void showActivities();
    void addActivity();
    // The header's score, interview line and their buttons, for the shown application.
    void showAssessment();
    void scheduleInterview();
    void cancelInterview();
    // Days left in the money-back window and today's refund, or the requested refund.
    void showRefundClock();
    // The Waitlist tab, shown only for a waitlisted application: its place and those ahead.
    void showWaitlistPlace();
    // The job guarantee of a graduate: the search and its end, eligibility, the placement.
    void showGuarantee();
    void logCheckIn();
    void onEdited();
    void checkDuplicates();
    QLineEdit *fieldEditor(const QString &name) const;
    // Any field's editor by its machine name: the text fields, the consent, the notes.
    QWidget *fieldWidget(const QString &name) const;
    // Bold labels and "Not saved yet: …" beside Save for the fields that differ from the file.
    void markUnsavedEdits();
    // Editors that take edits, or that only show.
    void setEditable(bool editable);
    // Whether the shown applicant takes edits: the role may, and they are not erased.
    bool editable() const;

    std::unique_ptr<Ui::ApplicantPanel> m_ui;
    FieldMessages *m_fieldMessages = nullptr;
    ElidedLabel *m_saveState = nullptr;
    PaymentsTab *m_payments = nullptr;
    OfferNoticeBar *m_offer = nullptr;
    MentorTab *m_mentor = nullptr;
    WaitlistTab *m_waitlist = nullptr;
    bool m_saveStateIsSaved = false; // it says "Saved at …" of the applicant shown
    QString m_connection;
    std::optional<Actor> m_actor;
    // Who scores and schedules: a role that may change statuses (Action::ChangeStatus).
    std::optional<Actor> m_statusActor;
    std::optional<Application> m_application;     // the shown application, as last read
    std::optional<Interview> m_interview;         // its scheduled interview
    std::optional<GuaranteeStanding> m_guarantee; // after graduation
    std::optional<Applicant> m_original;          // as stored, last read
    std::optional<Applicant> m_base;              // as stored when the unsaved edits began
    qint64 m_applicationId = 0;
    bool m_loading = false;
    bool m_mayEdit = true;         // the role allows edits (whether anyone is signed in or not)
    bool m_mayChangeStatus = true; // the role may score and schedule
};
