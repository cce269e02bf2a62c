#pragma once

#include "domain/applicationstatus.h"
#include "domain/cohort.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QPushButton;

// Asks why applications leave for an exit status (not qualified, declined, withdrawn, dropped,
// refunded), or why one defers and to which later cohort: the usual reasons of that status to
// pick, or one's own words. OK stays disabled until there is a reason (and, for a deferral, a
// cohort), so a move never fails for lack of one after the dialog.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(ApplicationStatus to, const QString &question, QWidget *parent = nullptr);

    QString reason() const;
    // Asks for the cohort too, one of `cohorts` (a deferral's later cohorts, not empty).
    void chooseCohort(const QList<Cohort> &cohorts);
    // The cohort chosen; 0 when none was asked for.
    qint64 cohortId() const;
    // The usual reasons for the status, in the user's language.
    static QStringList standardReasons(ApplicationStatus to);
    // The reason, or nothing when the person cancelled.
    static std::optional<QString> ask(ApplicationStatus to, const QString &question,
                                      QWidget *parent);

private:
    void updateOk();

    QComboBox *m_reason;
    QComboBox *m_cohort = nullptr;
    QPushButton *m_ok;
};
