#pragma once

#include "applicationimport.h"

#include <QWidget>

class QLabel;

// The counts of an import (a dry run's or the real one's), side by side: rows read, new
// applications and applicants, updated applicants, rows already in the database, duplicates
// skipped and bad rows. Each value label is named after its Report member.
class ImportCountsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget *parent = nullptr);

    void setReport(const ApplicationImport::Report &report);
    void clear();

private:
    QLabel *addCount(const QString &name, const QString &label, int row, int column);

    QLabel *m_rows;
    QLabel *m_applicationsAdded;
    QLabel *m_applicantsAdded;
    QLabel *m_applicantsUpdated;
    QLabel *m_alreadyThere;
    QLabel *m_duplicatesSkipped;
    QLabel *m_badRows;
};
