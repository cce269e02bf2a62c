#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/staffrole.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

// The panel's Payments tab: what the application's cohort costs, what was received and paid
// back, the deposit waiver, the ledger entry by entry, and the buttons that record a payment
// (officers) or waive the deposit (administrators).
class PaymentsTab : public QWidget
{
    Q_OBJECT

public:
    PaymentsTab(QString connectionName, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor, StaffRole role);
    // Reads the application's ledger again; nothing shown without one.
    void showApplication(const std::optional<Application> &application);

Q_SIGNALS:
    // A payment or waiver was recorded: the application's payment state may have changed.
    void changed(qint64 applicationId);

private:
    void recordPayment();
    void waiveDeposit();
    void showError(const QString &text);

    QString m_connection;
    std::optional<Actor> m_actor;
    bool m_mayRecord = false;
    bool m_mayWaive = false;
    std::optional<Application> m_application;
    QLabel *m_summary;
    QTreeWidget *m_ledger;
    QPushButton *m_record;
    QPushButton *m_waive;
};
