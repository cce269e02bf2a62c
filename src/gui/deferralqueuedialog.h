#pragma once

#include "domain/actor.h"

#include <QDialog>

class QLabel;
class QRadioButton;

// Settings → Deferral Queue…: whether a deferral that returns to its later cohort queues there
// at its original qualification time, or from the time it returns. Kept in the database for
// every desk on it; administrators only; the change is audited. A refusal is shown in the
// dialog, which stays open.
class DeferralQueueDialog : public QDialog
{
    Q_OBJECT

public:
    DeferralQueueDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    void accept() override;

private:
    QString m_connection;
    Actor m_actor;
    QRadioButton *m_keep;
    QRadioButton *m_reset;
    QLabel *m_problems;
};
