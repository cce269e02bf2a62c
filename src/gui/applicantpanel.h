#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/result.h"
#include "domain/staffrole.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ApplicantPanel;
}
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
    // Reads the shown application and applicant again (after they changed elsewhere), dropping
    // unsaved edits: settle them first.
    void reload();
    bool hasUnsavedEdits() const;
    // With unsaved edits, asks: save, discard or stay. True when it is fine to move on.
    bool settleEdits();
    Status save();
    void revert();

Q_SIGNALS:
    void saved(qint64 applicantId);

private:
    Applicant edited() const;
    void display(const std::optional<Applicant> &applicant);
    void showHistory();
    void showActivities();
    void addActivity();
    void onEdited();
    void checkDuplicates();
    QLineEdit *fieldEditor(const QString &field) const;
    // Editors that take edits, or that only show.
    void setEditable(bool editable);
    // Whether the shown applicant takes edits: the role may, and they are not erased.
    bool editable() const;

    std::unique_ptr<Ui::ApplicantPanel> m_ui;
    QString m_connection;
    std::optional<Actor> m_actor;
    std::optional<Applicant> m_original;
    qint64 m_applicationId = 0;
    bool m_loading = false;
    bool m_mayEdit = true; // the role allows edits (whether anyone is signed in or not)
};
