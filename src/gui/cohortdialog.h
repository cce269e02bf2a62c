#pragma once

#include "domain/actor.h"
#include "domain/cohort.h"
#include "domain/payment.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Creates or edits a cohort: its track, dates (the day a draft opens for applications by itself
// among them), seats, how long an offer holds a seat, the money-back window and the pro-rata
// refund schedule after it, what a seat costs and its job guarantee. Seats added go to the
// waitlist at once. A refusal is shown in the dialog, which stays open with everything entered.
class CohortDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a cohort, a new one.
    CohortDialog(QString connectionName, Actor actor, std::optional<Cohort> cohort = {},
                 QWidget *parent = nullptr);

    // Offers the new seats made, once accepted.
    int offersMade() const { return m_offersMade; }

    void accept() override;

private:
    Cohort entered() const;
    CohortFees enteredFees() const; // without the cohort's id
    QList<RefundStep> schedule() const;
    void addStep(const RefundStep &step);

    QString m_connection;
    Actor m_actor;
    std::optional<Cohort> m_original;
    int m_offersMade = 0;
    QComboBox *m_track = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_starts = nullptr;
    QDateEdit *m_ends = nullptr;
    QCheckBox *m_opensByItself = nullptr;
    QDateEdit *m_opensOn = nullptr;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_holdDays = nullptr;
    QSpinBox *m_refundWindow = nullptr;
    QComboBox *m_state = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QDoubleSpinBox *m_deposit = nullptr;
    QLineEdit *m_currency = nullptr;
    bool m_hadFees = false;
    QSpinBox *m_guaranteeDays = nullptr;
    QCheckBox *m_weeklyCheckIn = nullptr;
    QSpinBox *m_minApplications = nullptr;
    QTableWidget *m_schedule = nullptr;
    QLabel *m_problems = nullptr;
};
