#include "paymentstab.h"

#include "domain/paymenttext.h"
#include "domain/permissions.h"
#include "paymentdialog.h"
#include "services/paymentservice.h"
#include "widgets/problemstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PaymentsTab::PaymentsTab(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_summary(new QLabel(this)),
      m_ledger(new QTreeWidget(this)), m_record(new QPushButton(tr("Record Payment…"), this)),
      m_waive(new QPushButton(tr("Waive Deposit…"), this))
{
    m_summary->setObjectName(QStringLiteral("paymentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ledger->setObjectName(QStringLiteral("ledger"));
    m_ledger->setRootIsDecorated(false);
    m_ledger->setAccessibleName(tr("Payments"));
    // What fits beside the list; the method, the reference and who recorded it are in each
    // row's tooltip.
    m_ledger->setHeaderLabels({tr("Day"), tr("Kind"), tr("Amount")});
    m_ledger->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_record->setObjectName(QStringLiteral("recordPayment"));
    m_waive->setObjectName(QStringLiteral("waiveDeposit"));
    connect(m_record, &QPushButton::clicked, this, &PaymentsTab::recordPayment);
    connect(m_waive, &QPushButton::clicked, this, &PaymentsTab::waiveDeposit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_waive);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_ledger, 1);
    layout->addLayout(buttons);
    showApplication(std::nullopt);
}

void PaymentsTab::setActor(const std::optional<Actor> &actor, StaffRole role)
{
    m_actor = actor;
    m_mayRecord = actor && Permissions::allows(role, Action::RecordPayments);
    m_mayWaive = actor && Permissions::allows(role, Action::WaiveDeposits);
    showApplication(m_application);
}

void PaymentsTab::showApplication(const std::optional<Application> &application)
{
    m_application = application;
    m_ledger->clear();
    m_record->setVisible(m_application && m_mayRecord);
    m_waive->setVisible(false);
    if (!m_application) {
        m_summary->clear();
        return;
    }
    const PaymentService service(m_connection, m_actor.value_or(Actor::desk()));
    const auto account = service.account(m_application->id);
    if (!account) {
        showError(account.error().text());
        return;
    }
    ProblemStyle::markMessage(m_summary, false);
    const PaymentAccount &a = account.value();
    QStringList lines{PaymentText::account(a)};
    if (const QString waiver = PaymentText::waiver(a); !waiver.isEmpty())
        lines << waiver;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QLocale locale;
    for (const Payment &p : a.payments()) {
        auto *item = new QTreeWidgetItem(
            m_ledger,
            {locale.toString(p.paidOn, QLocale::ShortFormat), Payment::displayName(p.kind),
             (p.isRefund() ? QStringLiteral("−") : QString()) + p.amount.display()});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        const QString by = p.recordedById ? p.recordedByUsername : tr("the desk");
        const QString recorded = locale.toString(p.recordedAt.toLocalTime(), QLocale::ShortFormat);
        QString tip = tr("Method: %1").arg(Payment::displayName(p.method));
        if (!p.reference.isEmpty())
            tip += QLatin1Char('\n') + tr("Reference: %1").arg(p.reference);
        tip += QLatin1Char('\n') + tr("Recorded by %1 on %2").arg(by, recorded);
        for (int column = 0; column < m_ledger->columnCount(); ++column)
            item->setToolTip(column, tip);
    }
    // Before enrolment is when a deposit can stand in the way.
    const bool beforeEnrolment =
        !Statuses::isStudent(m_application->status) && !Statuses::filledSeat(m_application->status);
    m_waive->setVisible(m_mayWaive && beforeEnrolment && !a.depositSettled());
    m_record->setEnabled(!a.currency().isEmpty());
    m_record->setToolTip(a.currency().isEmpty()
                             ? tr("Set the price of the application's cohort first (Cohorts).")
                             : QString());
}

void PaymentsTab::recordPayment()
{
    if (!m_application || !m_actor)
        return;
    const PaymentService service(m_connection, *m_actor);
    const auto account = service.account(m_application->id);
    if (!account) {
        showError(account.error().text());
        return;
    }
    PaymentDialog dialog(service, m_application->id, account->currency(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_application->id;
    showApplication(m_application);
    Q_EMIT changed(id);
}

void PaymentsTab::waiveDeposit()
{
    if (!m_application || !m_actor)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Waive Deposit"),
        tr("Why may application %1 enrol without its deposit?").arg(m_application->id),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    PaymentService service(m_connection, *m_actor);
    if (Status waived = service.waiveDeposit(m_application->id, reason); !waived) {
        QMessageBox::warning(this, tr("Deposit Not Waived"), waived.error().text());
        return;
    }
    const qint64 id = m_application->id;
    showApplication(m_application);
    Q_EMIT changed(id);
}

void PaymentsTab::showError(const QString &text)
{
    m_summary->setText(text);
    ProblemStyle::markMessage(m_summary);
}
