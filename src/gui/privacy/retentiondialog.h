#pragma once

#include "db/database.h"
#include "domain/actor.h"
#include "services/privacyservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class ReadOnlyTable;

// Settings → Retention Review…: the retention policy (days a person who did not consent is kept
// after their last application closed), who is due under it today, and erasing them all in one
// action, confirmed by typing their number. Administrators only; core asks again.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    // The table shows the longest closed first, this many at most; the count is everyone's.
    static constexpr int ShownAtMost = 1000;

    RetentionDialog(const QString &databasePath, Actor actor, QWidget *parent = nullptr);

    ReadOnlyTable *dueTable() const { return m_table; }
    QPushButton *eraseButton() const { return m_eraseAll; }

Q_SIGNALS:
    // The erase of everyone due has finished (or failed).
    void erased(const Result<PrivacyService::Erasure> &erasure);

private:
    Status load();
    void savePolicy();
    void eraseAllDue();

    QString m_databasePath;
    Actor m_actor;
    Database m_database;
    QSpinBox *m_days;
    QPushButton *m_savePolicy;
    QLabel *m_dueCount;
    ReadOnlyTable *m_table;
    QPushButton *m_eraseAll;
    int m_savedDays = 0;
    int m_due = 0;
};
