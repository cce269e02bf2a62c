#pragma once

#include "domain/actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class ReadOnlyTable;

// Application → Offers to Send: the work list of offers nobody has told the applicant about
// yet, the soonest to expire first, the acting user's and those of applications nobody owns
// (or everyone's). Mark Sent records the selected one; activating a row shows its application
// in the panel.
class OffersToSendDialog : public QDialog
{
    Q_OBJECT

public:
    OffersToSendDialog(QString connectionName, Actor actor, QWidget *parent = nullptr);

    // Reads the list again.
    void refresh();

Q_SIGNALS:
    void applicationWanted(qint64 applicationId);

private:
    void markSelectedSent();
    qint64 selectedApplication() const;

    QString m_connection;
    Actor m_actor;
    ReadOnlyTable *m_table;
    QCheckBox *m_everyone;
    QPushButton *m_markSent;
    QLabel *m_note;
};
