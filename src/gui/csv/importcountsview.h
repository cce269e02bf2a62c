#pragma once

#include "csv/applicationimport.h"

#include <QWidget>

class QLabel;

// The counts of an import (a dry run's or the real one's) in two columns of a label and its
// value: rows read, new applications and applicants, updated applicants, rows already in the
// database, duplicates skipped and bad rows. Each value label is named after its Report member.
class ImportCountsView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget *parent = nullptr);

    void setReport(const ApplicationImport::Report &report);
    void clear();

private:
    QList<QLabel *> m_values; // in the order of Report::counts()
};
