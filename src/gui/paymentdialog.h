#pragma once

#include "services/paymentservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Records one payment of an application: its kind, amount (in the account's currency), day,
// method and reference. OK records it; a refusal is shown in the dialog, which stays open with
// what was typed.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(const PaymentService &service, qint64 applicationId, const QString &currency,
                  QWidget *parent = nullptr);

    PaymentService::Entry entry() const;
    void accept() override;

private:
    PaymentService m_service;
    qint64 m_applicationId;
    QComboBox *m_kind;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_paidOn;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLabel *m_problem;
};
