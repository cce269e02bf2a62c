#pragma once

#include "domain/actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class ReadOnlyTable;

// Application → Upcoming Interviews: every scheduled interview across the desk that is not over
// yet, the earliest first, in local time; of one interviewer when chosen. Activating a row shows
// its application in the panel.
class UpcomingInterviewsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UpcomingInterviewsDialog(QString connectionName, QWidget *parent = nullptr);

    // Reads the interviews again.
    void refresh();

Q_SIGNALS:
    void applicationWanted(qint64 applicationId);

private:
    QString m_connection;
    QComboBox *m_interviewer;
    ReadOnlyTable *m_table;
    QLabel *m_note;
};
