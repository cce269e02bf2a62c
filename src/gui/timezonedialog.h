#pragma once

#include "domain/actor.h"

#include <QDialog>

class QComboBox;
class QLabel;

// Settings → Time Zone…: the bootcamp's one time zone, kept in the database for every desk on
// it, which decides where its days end (a cohort's dates). Administrators only; the change is
// audited. A refusal is shown in the dialog, which stays open.
class TimeZoneDialog : public QDialog
{
    Q_OBJECT

public:
    TimeZoneDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    void accept() override;

private:
    // Today's date in the zone chosen, so that the choice can be checked at a glance.
    void showToday();

    QString m_connection;
    Actor m_actor;
    QComboBox *m_zone = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_problems = nullptr;
};
