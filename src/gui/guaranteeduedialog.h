#pragma once

#include <QDialog>

class QLabel;
class ReadOnlyTable;

// Application → Guarantee Decisions Due: the graduates still in job search whose guarantee
// period ended, eligible or not, the earliest end first, with why one is not eligible.
// Activating a row shows its application in the panel.
class GuaranteeDueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuaranteeDueDialog(QString connectionName, QWidget *parent = nullptr);

    // Reads the list again.
    void refresh();

Q_SIGNALS:
    void applicationWanted(qint64 applicationId);

private:
    QString m_connection;
    ReadOnlyTable *m_table;
    QLabel *m_note;
};
