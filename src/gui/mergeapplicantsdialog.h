#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"
#include "services/applicantmerge.h"

#include <QDialog>
#include <QList>
#include <QString>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

// Application → Merge Applicants…: two records of one person side by side, field by field,
// with a choice per field of the value the surviving record keeps (the survivor's, or the
// value there is; both notes), and which of the two records survives. Says what moves across,
// and merges through ApplicantMerge when confirmed; a refusal is shown and the dialog stays.
class MergeApplicantsDialog : public QDialog
{
    Q_OBJECT

public:
    // The two applicants' ids; the first survives unless the person chooses otherwise.
    MergeApplicantsDialog(QString connectionName, Actor actor, qint64 firstApplicantId,
                          qint64 secondApplicantId, QWidget *parent = nullptr);

    // Whether both records could be read (they exist, and neither is erased or merged);
    // loadError() says why not.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    // For tests and the window: the record that survives, and the side of each field.
    void setSurvivor(qint64 applicantId);
    qint64 survivorId() const;
    qint64 duplicateId() const;
    // The radio button of the field's value on one record's side (column 0 or 1), or its
    // "both" button (column 2, notes only).
    QRadioButton *choiceButton(const QString &field, int column) const;
    QString summary() const;

    // After an accepted dialog: what the merge did.
    const ApplicantMerge::Plan &merged() const { return m_merged; }

    void accept() override;

private:
    struct Row
    {
        QString field;
        QButtonGroup *group = nullptr;
        QRadioButton *buttons[3] = {nullptr, nullptr, nullptr};
    };

    void build();
    // Every field back to its default for the survivor chosen now, and the summary.
    void showDefaults();
    void showSummary();
    ApplicantMerge::Choices choices() const;

    QString m_connection;
    Actor m_actor;
    Applicant m_records[2];
    bool m_loaded = false;
    QString m_loadError;
    QComboBox *m_survivor = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_headings[2] = {nullptr, nullptr};
    QList<Row> m_rows;
    bool m_settingDefaults = false;
    ApplicantMerge::Plan m_merged;
};
