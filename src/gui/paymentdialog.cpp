#include "paymentdialog.h"

#include "widgets/problemstyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

PaymentDialog::PaymentDialog(const PaymentService &service, qint64 applicationId,
                             const QString &currency, QWidget *parent)
    : QDialog(parent), m_service(service), m_applicationId(applicationId),
      m_kind(new QComboBox(this)), m_amount(new QDoubleSpinBox(this)),
      m_paidOn(new QDateEdit(this)), m_method(new QComboBox(this)),
      m_reference(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record Payment of Application %1").arg(applicationId));
    for (Payment::Kind kind : Payment::kinds())
        m_kind->addItem(Payment::displayName(kind), int(kind));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 99999999.99);
    m_amount->setSuffix(QLatin1Char(' ') + currency);
    m_amount->setAccessibleName(tr("Amount"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDate(m_service.today());
    m_paidOn->setMaximumDate(m_service.today());
    for (Payment::Method method : Payment::methods())
        m_method->addItem(Payment::displayName(method), int(method));
    m_method->setCurrentIndex(m_method->findData(int(Payment::Method::BankTransfer)));
    m_reference->setPlaceholderText(tr("The bank's or card processor's reference"));
    m_problem->setObjectName(QStringLiteral("problems"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    ProblemStyle::markMessage(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("Paid &on"), m_paidOn);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Reference"), m_reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_amount->setFocus();
}

PaymentService::Entry PaymentDialog::entry() const
{
    PaymentService::Entry e;
    e.kind = Payment::Kind(m_kind->currentData().toInt());
    e.amountCents = std::llround(m_amount->value() * 100);
    e.paidOn = m_paidOn->date();
    e.method = Payment::Method(m_method->currentData().toInt());
    e.reference = m_reference->text();
    return e;
}

void PaymentDialog::accept()
{
    const auto recorded = m_service.record(m_applicationId, entry());
    if (!recorded) {
        m_problem->setText(recorded.error().text());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}
